# Per-code failure counters, their exposition and the failure hook
# (rtcerr/core/counters.hpp, docs/observability.md).
find_package(Threads REQUIRED)
rtcerr_add_test(counters_test runtime/counters_test.cpp support/domains_once.cpp)
rtcerr_add_test(counters_hook_test runtime/counters_hook_test.cpp)
target_link_libraries(counters_hook_test PRIVATE Threads::Threads)

# The threaded test (runtime/counters_concurrency_test.cpp) is part of
# concurrency_test (core/core.cmake), which scripts/test's ThreadSanitizer
# stage builds and runs.

# The exposition: exact text in both formats, and promtool on a live one.
rtcerr_add_test(counters_metrics_test runtime/counters_metrics_test.cpp support/domains_once.cpp)
add_executable(counters_print_metrics runtime/counters_print_metrics.cpp)
target_link_libraries(counters_print_metrics PRIVATE rtcerr::rtcerr rtcerr_warnings)
find_program(RTCERR_PROMTOOL promtool)
add_test(NAME counters_promtool_check_metrics
  COMMAND ${CMAKE_COMMAND}
    -DPRINTER=$<TARGET_FILE:counters_print_metrics>
    -DPROMTOOL=${RTCERR_PROMTOOL}
    -DWORK=${CMAKE_CURRENT_BINARY_DIR}/counters_promtool
    -P ${CMAKE_CURRENT_SOURCE_DIR}/runtime/counters_promtool.cmake)
set_tests_properties(counters_promtool_check_metrics PROPERTIES SKIP_REGULAR_EXPRESSION "SKIPPED:")

# The counters through the C API, from C (the language is enabled by
# tests/CMakeLists.txt when a C compiler is present).
if(CMAKE_C_COMPILER_LOADED)
  add_executable(c_api_counters_test c_api/c_api_counters_test.c)
  target_link_libraries(c_api_counters_test PRIVATE rtcerr::rtcerr)
  set_target_properties(c_api_counters_test PROPERTIES C_STANDARD 11 C_STANDARD_REQUIRED ON
                                                       C_EXTENSIONS OFF LINKER_LANGUAGE CXX)
  target_compile_options(c_api_counters_test PRIVATE -Wall -Wextra -Werror -pedantic)
  add_test(NAME c_api_counters_test COMMAND c_api_counters_test)
endif()

# examples/gateway_server.cpp's /metrics after scripted requests (the example
# is defined later, by examples/CMakeLists.txt; generator expressions and
# dependencies are resolved once every target exists).
if(RTCERR_BUILD_EXAMPLES)
  find_package(PkgConfig)
  if(PkgConfig_FOUND)
    pkg_check_modules(rtcerr_counters_httplib IMPORTED_TARGET cpp-httplib)
  endif()
  if(rtcerr_counters_httplib_FOUND)
    add_executable(gateway_metrics_test runtime/gateway_metrics_test.cpp)
    target_link_libraries(gateway_metrics_test PRIVATE rtcerr::rtcerr rtcerr_doctest_main
                          PkgConfig::rtcerr_counters_httplib Threads::Threads rtcerr_warnings)
    target_include_directories(gateway_metrics_test PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/support)
    if(NOT RTCERR_PROMTOOL)
      set(rtcerr_promtool_for_test "")
    else()
      set(rtcerr_promtool_for_test "${RTCERR_PROMTOOL}")
    endif()
    target_compile_definitions(gateway_metrics_test PRIVATE
      RTCERR_GATEWAY_SERVER="$<TARGET_FILE:example_gateway_server>"
      RTCERR_PROMTOOL="${rtcerr_promtool_for_test}")
    add_dependencies(gateway_metrics_test example_gateway_server)
    add_test(NAME example.gateway_server_metrics COMMAND gateway_metrics_test
             WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
    set_tests_properties(example.gateway_server_metrics PROPERTIES TIMEOUT 120)
  endif()
endif()

# Units of both settings in one program (the library is the build's).
if(RTCERR_FAILURE_COUNTERS)
  rtcerr_add_test(counters_mix_test runtime/counters_mix_test.cpp runtime/counters_mix_on.cpp)
endif()

# The off switch: the library's sources built again with counters compiled
# out (a static copy used only here), a test of what that build does, and
# nm: no counter storage or row claiming in it. Not in sanitized builds (as
# for traces: tests/core/trace.cmake).
if(RTCERR_FAILURE_COUNTERS AND NOT CMAKE_CXX_FLAGS MATCHES "-fsanitize")
  get_target_property(rtcerr_counter_sources rtcerr SOURCES)
  list(TRANSFORM rtcerr_counter_sources PREPEND ${PROJECT_SOURCE_DIR}/)
  add_library(rtcerr_counters_off STATIC EXCLUDE_FROM_ALL ${rtcerr_counter_sources})
  target_compile_features(rtcerr_counters_off PUBLIC cxx_std_20)
  target_include_directories(rtcerr_counters_off PUBLIC ${PROJECT_SOURCE_DIR}/include)
  target_link_libraries(rtcerr_counters_off PUBLIC Boost::headers fmt::fmt PRIVATE rtcerr_warnings)
  target_compile_definitions(rtcerr_counters_off PUBLIC RTCERR_FAILURE_COUNTERS=0
                                                        RTCERR_TRACES=$<BOOL:${RTCERR_TRACES}>)
  add_executable(counters_off_test runtime/counters_off_test.cpp)
  target_link_libraries(counters_off_test PRIVATE rtcerr_counters_off rtcerr_doctest_main
                                                  rtcerr_warnings)
  add_test(NAME counters_off_test COMMAND counters_off_test)
  add_test(NAME counters_off_has_no_storage
    COMMAND sh -c "! nm -C \"$1\" | grep -E 'counter_storage|counter_claim_row|counter_row_of_thread|counters_on_v1'"
            sh $<TARGET_FILE:rtcerr_counters_off>)
endif()

# The success path with counters against the same code without them, in
# machine code (tests/runtime/trace_asm/counters_check.sh), with each compiler
# of rtcerr_asm_families (tests/CMakeLists.txt), and once with a deliberate
# extra store, which the check must report.
foreach(family IN LISTS rtcerr_asm_families)
  set(asm_compiler ${rtcerr_asm_compiler_${family}})
  add_test(NAME counters_success_path_asm.${family}
    COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/runtime/trace_asm/counters_check.sh ${asm_compiler}
      ${PROJECT_SOURCE_DIR}/include ${CMAKE_CURRENT_BINARY_DIR}/counters_asm/${family})
  add_test(NAME counters_success_path_asm.${family}.catches_extra_work
    COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/runtime/trace_asm/counters_check.sh ${asm_compiler}
      ${PROJECT_SOURCE_DIR}/include ${CMAKE_CURRENT_BINARY_DIR}/counters_asm/${family}-self-test
      self-test)
  set_tests_properties(counters_success_path_asm.${family}.catches_extra_work PROPERTIES
    PASS_REGULAR_EXPRESSION "the success path changes with failure counters")
endforeach()
