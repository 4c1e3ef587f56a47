# Services: gRPC codes, HTTP statuses and retry advice for every code.
rtcerr_add_test(status_mapping_test core/status_mapping_test.cpp)

# problem+json: the writer and the reader (the library's), checked against
# nlohmann/json as an independent parser.
find_package(nlohmann_json 3 REQUIRED)
rtcerr_add_test(problem_json_test services/problem_json_test.cpp support/domains_once.cpp)
target_link_libraries(problem_json_test PRIVATE nlohmann_json::nlohmann_json)

# gRPC: against the real grpc++ and generated google.rpc types, and over a
# real in-process server and client on a loopback port.
if(TARGET rtcerr_grpc AND RTCERR_GRPC_CPP_PLUGIN)
  rtcerr_protoc(recorder_test_sources ${CMAKE_CURRENT_SOURCE_DIR}/services/proto
                ${CMAKE_CURRENT_BINARY_DIR}/proto GRPC recorder_test.proto)
  add_library(rtcerr_recorder_test_proto STATIC ${recorder_test_sources})
  target_include_directories(rtcerr_recorder_test_proto SYSTEM PUBLIC
                             ${CMAKE_CURRENT_BINARY_DIR}/proto)
  target_link_libraries(rtcerr_recorder_test_proto PUBLIC rtcerr::grpc)
  rtcerr_add_test(grpc_test services/grpc_test.cpp support/domains_once.cpp)
  target_link_libraries(grpc_test PRIVATE rtcerr::grpc rtcerr_recorder_test_proto)
  # The statuses a real service answers, for the bindings' gRPC decoders
  # (tests/bindings/bindings.cmake passes it to run_check.py).
  add_executable(bindings_grpc_capture bindings/grpc_capture.cpp support/domains_once.cpp)
  target_link_libraries(bindings_grpc_capture PRIVATE rtcerr::grpc rtcerr_recorder_test_proto
                                                      nlohmann_json::nlohmann_json rtcerr_warnings)
  target_include_directories(bindings_grpc_capture PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/support)
endif()

# docs/services.md's table of every code (statuses, retry and the reasons)
# agrees with the generated reference, docs/error-codes.md.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME docs.services_table
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/services/services_doc_table.py
            ${PROJECT_SOURCE_DIR}/docs/services.md ${PROJECT_SOURCE_DIR}/docs/error-codes.md)
endif()
