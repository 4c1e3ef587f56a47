# `rtcerr generate`: one generator per SDK language, in a library of their own
# so that tests can call them (see generate.hpp) and what needs only the
# parsers (the fuzzers) does not build them.
add_library(rtcerr_cli_generate STATIC
  ${CMAKE_CURRENT_LIST_DIR}/generate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/generate_c.cpp
  ${CMAKE_CURRENT_LIST_DIR}/generate_csharp.cpp
  ${CMAKE_CURRENT_LIST_DIR}/generate_dart.cpp
  ${CMAKE_CURRENT_LIST_DIR}/generate_go.cpp
  ${CMAKE_CURRENT_LIST_DIR}/generate_java.cpp
  ${CMAKE_CURRENT_LIST_DIR}/generate_kotlin.cpp
  ${CMAKE_CURRENT_LIST_DIR}/generate_proto.cpp
  ${CMAKE_CURRENT_LIST_DIR}/generate_python.cpp
  ${CMAKE_CURRENT_LIST_DIR}/generate_swift.cpp
  ${CMAKE_CURRENT_LIST_DIR}/generate_typescript.cpp
  ${CMAKE_CURRENT_LIST_DIR}/registry_export.cpp
)
target_link_libraries(rtcerr_cli_generate PUBLIC rtcerr_cli_lib PRIVATE $<BUILD_INTERFACE:rtcerr_warnings>)
