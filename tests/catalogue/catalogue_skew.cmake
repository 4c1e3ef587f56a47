# Headers and a compiled librtcerr that disagree about the catalogue fail to
# link, naming the fingerprint (rtcerr/registry.hpp, "Version skew").
add_test(NAME catalogue_skew_fails_to_link
  COMMAND ${CMAKE_COMMAND}
    -DCOMPILER=${CMAKE_CXX_COMPILER}
    -DSOURCE=${CMAKE_CURRENT_SOURCE_DIR}/catalogue/catalogue_skew/main.cpp
    -DINCLUDE=${PROJECT_SOURCE_DIR}/include
    -DLIBRARY=$<TARGET_FILE:rtcerr>
    -DWORK=${CMAKE_CURRENT_BINARY_DIR}/catalogue_skew
    "-DCXX_FLAGS=${CMAKE_CXX_FLAGS}"
    "-DLINKER_FLAGS=${CMAKE_EXE_LINKER_FLAGS}"
    -P ${CMAKE_CURRENT_SOURCE_DIR}/catalogue/catalogue_skew/check.cmake)
