# `rtcerr generate`: one generator per SDK language, in the CLI library so
# that tests can call them (see generate.hpp).
target_sources(rtcerr_cli_lib PRIVATE
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
)
