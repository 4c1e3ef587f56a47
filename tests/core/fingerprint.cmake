# A fingerprint stated as a literal cannot go stale: the check that compares
# it with the data fails to compile and shows the new value.

