# Services: gRPC codes, HTTP statuses and retry advice for every code.
rtcerr_add_test(status_mapping_test status_mapping_test.cpp)

rtcerr_add_compile_fail(status_http_not_failure.cpp "HTTP status must be a failure")
rtcerr_add_compile_fail(status_grpc_override_ok.cpp "OK is for success only")
rtcerr_add_compile_fail(status_grpc_override_not_a_code.cpp "too_many_requests")
