# Results, typed exceptions and std::error_code interop.
rtcerr_add_test(result_test result_test.cpp)
rtcerr_add_test(exception_test exception_test.cpp)
rtcerr_add_test(error_code_test error_code_test.cpp)
rtcerr_add_test(result_alloc_test result_alloc_test.cpp)
rtcerr_add_test(result_own_registry_test result_own_registry_test.cpp)

rtcerr_add_compile_fail(result_failure_from_success.cpp "failed_result_made_from_success_code")
rtcerr_add_compile_fail(result_failure_value_owned.cpp
  "a domain owns INT32_MIN, the value reserved for failures made from the success code")
rtcerr_add_compile_fail(exception_for_not_errc.cpp
  "exception_for<E> takes an errc enumerator of one of the registry's domains")
rtcerr_add_compile_fail(exception_for_unlisted.cpp "exception_for<E> takes a listed code")
rtcerr_add_compile_fail(domain_exception_unknown.cpp
  "a domain exception needs one of the registry's domains, not `unknown`")

# Every construction and conversion path of Outcome (the table in
# docs/results-and-exceptions.md): run-time cases, then the rejected ones.
rtcerr_add_test(result_paths_test result_paths_test.cpp)
foreach(file result_narrowing_try result_narrowing_rtcerr_try result_narrowing_as_failure
             result_narrowing_explicit)
  rtcerr_add_compile_fail(${file}.cpp "this failure's error has domains the result's registry lacks")
endforeach()
rtcerr_add_compile_fail(outcome_failure_from_success.cpp "failed_result_made_from_success_code")
rtcerr_add_compile_fail(result_from_std_result.cpp
  "an error_code does not become an rtcerr error by conversion")
# Rejected by Outcome itself (no conversion exists); the fix is in the docs' table.
rtcerr_add_compile_fail(result_from_outcome.cpp
  "failure_type<rtcerr::basic_error<rtcerr::registry>, std::.*exception_ptr.* to .*rtcerr::result<int>")
