# A fingerprint stated as a literal cannot go stale: the check that compares
# it with the data fails to compile and shows the new value.
rtcerr_add_compile_fail(stale_fingerprint.cpp "rtcerr: the registry's data changed, so its fingerprint did")

