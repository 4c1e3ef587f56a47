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
