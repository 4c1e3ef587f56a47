# The C API (include/rtcerr/rtcerr.h, src/c_api/).
# From C, compiled as strictly as the C API promises; linked by the C++
# linker, since the library is C++ underneath.
if(CMAKE_C_COMPILER_LOADED)
  add_executable(c_api_test c_api/c_api_test.c)
  target_link_libraries(c_api_test PRIVATE rtcerr::rtcerr)
  set_target_properties(c_api_test PROPERTIES C_STANDARD 11 C_STANDARD_REQUIRED ON
                                              C_EXTENSIONS OFF LINKER_LANGUAGE CXX)
  target_compile_options(c_api_test PRIVATE -Wall -Wextra -Werror -pedantic)
  add_test(NAME c_api_test COMMAND c_api_test)
else()
  message(WARNING "no C compiler: the C API's C test is not built")
endif()

# Through a shared library from Python's ctypes. A shared build loads
# librtcerr.so itself; a static one links the library's objects (compiled
# with -fPIC) into a module of their own. A sanitized build is skipped (the
# Python interpreter is not instrumented), saying so.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_FOUND)
  get_target_property(rtcerr_library_type rtcerr TYPE)
  if(rtcerr_library_type STREQUAL "SHARED_LIBRARY")
    set(c_api_shared rtcerr)
  else()
    add_library(rtcerr_c_api_module MODULE $<TARGET_OBJECTS:rtcerr>)
    target_link_libraries(rtcerr_c_api_module PRIVATE rtcerr::rtcerr)
    set(c_api_shared rtcerr_c_api_module)
  endif()
  if(CMAKE_CXX_FLAGS MATCHES "-fsanitize")
    add_test(NAME c_api_ctypes COMMAND ${CMAKE_COMMAND} -E echo
      "c_api_ctypes: skipped in a sanitized build (python3 is not instrumented)")
    set_tests_properties(c_api_ctypes PROPERTIES SKIP_REGULAR_EXPRESSION "skipped")
  else()
    add_test(NAME c_api_ctypes
      COMMAND Python3::Interpreter ${CMAKE_CURRENT_SOURCE_DIR}/c_api/c_api_ctypes.py
              $<TARGET_FILE:${c_api_shared}> ${PROJECT_VERSION})
  endif()
endif()
