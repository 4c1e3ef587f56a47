# The framework (include/rtcerr/core/): the error value, registries and
# their rules, the error's everyday basics, results' JSON form, and threads
# sharing the error path.
rtcerr_add_test(error_test core/error_test.cpp)
rtcerr_add_test(registry_test core/registry_test.cpp)
# The compact tables the run-time queries read (rtcerr/core/internal/code_table.hpp).
rtcerr_add_test(code_table_test core/code_table_test.cpp)
rtcerr_add_test(fingerprint_test core/fingerprint_test.cpp)
# The JSON string reader the remote-trace and problem+json readers share.
rtcerr_add_test(json_lexer_test core/json_lexer_test.cpp)

rtcerr_add_test(error_basics_test core/error_basics_test.cpp)
find_package(Threads REQUIRED)
target_link_libraries(error_basics_test PRIVATE Threads::Threads)

# {:j} on results: valid JSON for every value, checked by nlohmann.
find_package(nlohmann_json 3 REQUIRED)
rtcerr_add_test(format_json_result_test core/format_json_result_test.cpp)
target_link_libraries(format_json_result_test PRIVATE nlohmann_json::nlohmann_json)

# Threads sharing the error path, and the failure counters' rows
# (runtime/); scripts/test also runs it under ThreadSanitizer.
find_package(Threads REQUIRED)
rtcerr_add_test(concurrency_test core/concurrency_test.cpp runtime/counters_concurrency_test.cpp)
target_link_libraries(concurrency_test PRIVATE Threads::Threads)

# The checks of the framework's own tables (RTCERR_CONDITIONS' order,
# grpc_code_rows, condition_statuses), which only an edit of a header can
# break: the test edits copies.
add_test(NAME compile_fail.header_tables
  COMMAND ${CMAKE_COMMAND} -DCOMPILER=${CMAKE_CXX_COMPILER} -DINCLUDE=${PROJECT_SOURCE_DIR}/include
          -DWORK=${CMAKE_CURRENT_BINARY_DIR}/header_tables
          -P ${CMAKE_CURRENT_SOURCE_DIR}/core/header_tables.cmake)

add_test(NAME core_names_no_catalogue
  COMMAND ${CMAKE_COMMAND} -DCORE_DIR=${PROJECT_SOURCE_DIR}/include/rtcerr/core
          -P ${CMAKE_CURRENT_SOURCE_DIR}/core/core_names_no_catalogue.cmake)

add_test(NAME header_compile_cost
  COMMAND ${CMAKE_COMMAND} -DINCLUDE_DIR=${PROJECT_SOURCE_DIR}/include
          -P ${CMAKE_CURRENT_SOURCE_DIR}/core/header_compile_cost.cmake)
