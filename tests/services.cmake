# Services: gRPC codes, HTTP statuses and retry advice for every code.
rtcerr_add_test(status_mapping_test status_mapping_test.cpp)

rtcerr_add_compile_fail(status_http_not_failure.cpp "HTTP status must be a failure")
rtcerr_add_compile_fail(status_grpc_override_ok.cpp "OK is for success only")
rtcerr_add_compile_fail(status_grpc_override_not_a_code.cpp "too_many_requests")

# problem+json: the writer and the reader (the library's), checked against
# nlohmann/json as an independent parser.
find_package(nlohmann_json 3 REQUIRED)
rtcerr_add_test(problem_json_test problem_json_test.cpp)
target_link_libraries(problem_json_test PRIVATE nlohmann_json::nlohmann_json)
