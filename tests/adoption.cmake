# Adoption: the version and catalogue fingerprint, the error value's
# basics, the formatters of the enums, the command-line tool's everyday use,
# packaging for non-CMake builds and Debian, and the documentation's code.
rtcerr_add_test(fingerprint_test fingerprint_test.cpp)

if(TARGET rtcerr_cli)
  # The version is the project's (read by CMake from include/rtcerr/version.hpp).
  string(REPLACE "." "\\." version_re "${PROJECT_VERSION}")
  rtcerr_add_cli_run(version 0
    STDOUT "^rtcerr ${version_re} \\(catalogue: [0-9]+ codes, fingerprint [0-9a-f]+\\)\n$"
    STDERR_EMPTY ARGS --version)
endif()

rtcerr_add_test(error_basics_test error_basics_test.cpp)
find_package(Threads REQUIRED)
target_link_libraries(error_basics_test PRIVATE Threads::Threads)
rtcerr_add_compile_fail(error_nodiscard.cpp "nodiscard|ignoring return")
rtcerr_add_compile_fail(format_enum_spec.cpp "invalid_rtcerr_format_spec_see_docs_formatting_md")

# {:j} on results: valid JSON for every value, checked by nlohmann.
find_package(nlohmann_json 3 REQUIRED)
rtcerr_add_test(format_json_result_test format_json_result_test.cpp)
target_link_libraries(format_json_result_test PRIVATE nlohmann_json::nlohmann_json)
rtcerr_add_compile_fail(format_result_json_no_form.cpp
  "result_value_has_no_json_form_see_docs_formatting_md")

if(TARGET rtcerr_cli_lib)
  rtcerr_add_test(cli_json_agreement_test cli_json_agreement_test.cpp)
  target_link_libraries(cli_json_agreement_test PRIVATE rtcerr_cli_lib)
endif()
