# The catalogue (include/rtcerr/registry.hpp, rtcerr/domains/): its codes
# as published, and every writer of a code agreeing about it.
rtcerr_add_test(golden_test catalogue/golden_test.cpp)

find_package(nlohmann_json 3 REQUIRED)
# Every writer of a code (error, exception, std::error_code, C API, CLI JSON,
# problem+json, gRPC, the bindings' model) says the same about it.
if(TARGET rtcerr_cli_generate)
  rtcerr_add_test(agreement_test catalogue/agreement_test.cpp support/domains_once.cpp)
  target_link_libraries(agreement_test PRIVATE rtcerr_cli_generate nlohmann_json::nlohmann_json)
  if(TARGET rtcerr_grpc)
    target_link_libraries(agreement_test PRIVATE rtcerr::grpc)
    target_compile_definitions(agreement_test PRIVATE RTCERR_AGREEMENT_GRPC=1)
  endif()
endif()
