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
