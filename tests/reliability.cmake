# Reliability: many threads at once, hostile input, and packaging.

# Threads sharing the error path; scripts/test also runs it under ThreadSanitizer.
find_package(Threads REQUIRED)
rtcerr_add_test(concurrency_test concurrency_test.cpp)
target_link_libraries(concurrency_test PRIVATE Threads::Threads)

# Hostile input to the CLI's parsers and to the CLI binary itself.
if(TARGET rtcerr_cli_lib)
  rtcerr_add_test(code_parser_hostile_test hostile/code_parser_test.cpp)
  target_link_libraries(code_parser_hostile_test PRIVATE rtcerr_cli_lib)
endif()
if(TARGET rtcerr_cli)
  include(hostile/cli_hostile.cmake)
endif()

# Packaging: a project using the installed package, and one using the source
# tree with add_subdirectory. Each configures and builds a small project, so
# they are the slowest tests here; RTCERR_TEST_PACKAGING=OFF skips them.
option(RTCERR_TEST_PACKAGING "Test cmake --install, find_package and add_subdirectory" ON)
if(RTCERR_TEST_PACKAGING)
  foreach(mode find_package subdirectory)
    add_test(NAME packaging.${mode}_consumer
      COMMAND ${CMAKE_COMMAND}
        -DMODE=${mode}
        -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
        -DBUILD_DIR=${PROJECT_BINARY_DIR}
        -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/packaging/${mode}
        -DGENERATOR=${CMAKE_GENERATOR}
        -DCOMPILER=${CMAKE_CXX_COMPILER}
        "-DCXX_FLAGS=${CMAKE_CXX_FLAGS}"
        "-DLINKER_FLAGS=${CMAKE_EXE_LINKER_FLAGS}"
        -DEXPECT_CLI=$<TARGET_EXISTS:rtcerr_cli>
        -DEXPECT_GRPC=$<TARGET_EXISTS:rtcerr_grpc>
        -DSHARED=$<STREQUAL:$<TARGET_PROPERTY:rtcerr,TYPE>,SHARED_LIBRARY>
        -P ${CMAKE_CURRENT_SOURCE_DIR}/install/run.cmake)
    set_tests_properties(packaging.${mode}_consumer PROPERTIES TIMEOUT 600)
  endforeach()
endif()
