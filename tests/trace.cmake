# Error return traces and context, and the error path they build on.
rtcerr_add_compile_fail(failure_helper_from_success.cpp "failed_result_made_from_success_code")
