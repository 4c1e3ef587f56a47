# Results, typed exceptions and std::error_code interop.
rtcerr_add_test(result_test core/result_test.cpp)
rtcerr_add_test(exception_test core/exception_test.cpp)
rtcerr_add_test(error_code_test core/error_code_test.cpp)
rtcerr_add_test(result_alloc_test core/result_alloc_test.cpp)
rtcerr_add_test(result_own_registry_test core/result_own_registry_test.cpp)

# Every construction and conversion path of Outcome (the table in
# docs/results-and-exceptions.md): run-time cases, then the rejected ones.
rtcerr_add_test(result_paths_test core/result_paths_test.cpp)
# Rejected by Outcome itself (no conversion exists); the fix is in the docs' table.
