# A fingerprint stated as a literal cannot go stale: the check that compares
# it with the data fails to compile and shows the new value.
rtcerr_add_compile_fail(stale_fingerprint.cpp "rtcerr: the registry's data changed, so its fingerprint did")

# The catalogue's registry rules run where librtcerr is built; its id enum,
# which the link guard's fingerprint does not cover, is checked in every unit.
add_test(NAME compile_fail.catalogue_id_enum_order
  COMMAND ${CMAKE_COMMAND}
    -DCOMPILER=${CMAKE_CXX_COMPILER}
    -DINCLUDE=${PROJECT_SOURCE_DIR}/include
    -DWORK=${CMAKE_CURRENT_BINARY_DIR}/catalogue_id_enum_order
    -P ${CMAKE_CURRENT_SOURCE_DIR}/compile_fail/catalogue_id_enum_order.cmake)
