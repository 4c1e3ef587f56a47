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

# Every writer of a code (error, exception, std::error_code, C API, CLI JSON,
# problem+json, gRPC, the bindings' model) says the same about it.
if(TARGET rtcerr_cli_generate)
  rtcerr_add_test(agreement_test agreement_test.cpp domains_once.cpp)
  target_link_libraries(agreement_test PRIVATE rtcerr_cli_generate nlohmann_json::nlohmann_json)
  if(TARGET rtcerr_grpc)
    target_link_libraries(agreement_test PRIVATE rtcerr::grpc)
    target_compile_definitions(agreement_test PRIVATE RTCERR_AGREEMENT_GRPC=1)
  endif()
endif()

# --- The CLI with real log lines. ---------------------------------------------
if(TARGET rtcerr_cli)
  set(data ${CMAKE_CURRENT_SOURCE_DIR}/data)
  set(timeout_line "605030046  recording.stream_data_timeout  \\(known\\)")
  # Codes inside log fragments, each explained.
  rtcerr_add_cli_run(explain_log_fragments 0
    STDOUT "^${timeout_line}.*\n\n${timeout_line}.*\n\n${timeout_line}.*\n\n606000006  gateway.system_busy"
    STDERR_EMPTY ARGS explain "code=605030046," "[605030046]" "err: 605030046;" "{\"code\":606000006}")
  # Names in any case.
  rtcerr_add_cli_run(explain_upper_case_name 0 STDOUT "^${timeout_line}" STDERR_EMPTY
    ARGS explain STREAM_DATA_TIMEOUT)
  rtcerr_add_cli_run(explain_mixed_case_qualified 0 STDOUT "^606000006  gateway.system_busy"
    ARGS explain Gateway.System_Busy)
  # A typo: exit 1, and the nearest names.
  rtcerr_add_cli_run(explain_did_you_mean 1
    STDERR "no code is named 'stream_data_timout'; did you mean stream_data_timeout\\?"
    STDOUT_EMPTY ARGS explain stream_data_timout)
  # Every usable argument is explained; the bad ones are reported at the end.
  rtcerr_add_cli_run(explain_continues_after_bad 2
    STDOUT "^2  engine.not_initialized.*\n\n3  engine.out_of_memory"
    STDERR "'0x5': hexadecimal is not accepted" ARGS explain 2 0x5 3)
  rtcerr_add_cli_run(explain_continues_after_garbage 2
    STDOUT "^1  engine.invalid_argument.*\n\n2  engine.not_initialized"
    STDERR "'bogus@' is neither" ARGS explain 1 bogus@ 2)
  # Unknown beats nothing, unusable beats unknown.
  rtcerr_add_cli_run(explain_unknown_then_known 1 STDOUT "605030002  recording.unknown.*\n\n1  engine"
    STDERR "605030002 is not in the catalogue" ARGS explain 605030002 1)
  rtcerr_add_cli_run(explain_unknown_and_unusable 2 STDERR "no code is named 'nope'.*'x!' is neither"
    ARGS explain nope x! 1)
  # One escaper: valid UTF-8 is shown as it is, invalid bytes escaped.
  rtcerr_add_cli_run(explain_utf8_kept 2 STDERR "'非法参数' is neither" STDERR_NOT "\\\\x"
    ARGS explain 非法参数)

  # --help and help: exit statuses and real examples only.
  rtcerr_add_cli_run(help_lists_exit_statuses 0
    STDOUT "Examples:.*rtcerr explain 605030046.*Exit status:.*  0  success.*  1  .*  2  .*  3  "
    STDOUT_NOT "token_expired'|explain token_expired" ARGS --help)
  rtcerr_add_cli_run(help_subcommand 0 STDOUT "Usage: .*Exit status:" ARGS help)
  rtcerr_add_cli_run(help_of_subcommand 0 STDOUT "standard input" ARGS help scan)
  rtcerr_add_cli_run(help_of_unknown_subcommand 2 STDERR "no subcommand is named 'nope'"
    ARGS help nope)

  # scan: a sample log, annotated exactly as written by hand in the .expected file.
  rtcerr_add_cli_run(scan_file 0 STDOUT_EQUALS ${data}/scan-sample.expected STDERR_EMPTY
    ARGS scan ${data}/scan-sample.log)
  rtcerr_add_cli_run(scan_stdin 0 STDOUT_EQUALS ${data}/scan-sample.expected STDERR_EMPTY
    INPUT ${data}/scan-sample.log ARGS scan)
  rtcerr_add_cli_run(scan_dash_twice 0
    STDOUT "code=1 \\(engine.invalid_argument: Invalid argument\\)plain line, no codes"
    INPUT ${data}/scan-sample.log ARGS scan - ${data}/scan-sample.log)
  rtcerr_add_cli_run(scan_missing_file 2 STDOUT "^plain line" STDERR "cannot read '.*no-such.log'"
    ARGS scan ${data}/no-such.log ${data}/scan-sample.log)
  rtcerr_add_cli_run(scan_directory 2 STDERR "error while reading" ARGS scan ${data})
  # Any bytes: every byte value, unchanged (no code in it to annotate).
  # (cmp, since a CMake string cannot hold the NUL byte.)
  add_test(NAME cli.scan_every_byte
    COMMAND sh -c "\"$1\" scan \"$2\" | cmp - \"$2\"" sh $<TARGET_FILE:rtcerr_cli>
            ${CMAKE_CURRENT_SOURCE_DIR}/hostile/data/every_byte.bin)
  # Long lines: streamed in pieces, with a code on a block boundary found, in
  # bounded memory (a 64 MB line under a 64 MB address-space limit would fail
  # if the line were held whole; the sanitizers reserve more, so not there).
  add_test(NAME cli.scan_long_lines
    COMMAND ${CMAKE_COMMAND} -DCLI=$<TARGET_FILE:rtcerr_cli> -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/scan_long
            -P ${CMAKE_CURRENT_SOURCE_DIR}/scan_long_lines.cmake)
  if(NOT CMAKE_CXX_FLAGS MATCHES "sanitize")
    add_test(NAME cli.scan_bounded_memory
      COMMAND sh -c "ulimit -v 131072 && head -c 67108864 /dev/zero | tr '\\\\0' ' ' | \"$1\" scan | wc -c | grep -qx 67108864"
              sh $<TARGET_FILE:rtcerr_cli>)
  endif()
endif()

# --- Packaging: pkg-config and the Debian package (see tests/install/package.cmake).
if(RTCERR_TEST_PACKAGING)
  foreach(mode pkg_config deb)
    add_test(NAME packaging.${mode}
      COMMAND ${CMAKE_COMMAND} -DMODE=${mode} -DBUILD_DIR=${PROJECT_BINARY_DIR}
        -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/packaging/${mode}
        -DCOMPILER=${CMAKE_CXX_COMPILER}
        "-DCXX_FLAGS=${CMAKE_CXX_FLAGS}" "-DLINKER_FLAGS=${CMAKE_EXE_LINKER_FLAGS}"
        -DEXPECT_CLI=$<TARGET_EXISTS:rtcerr_cli> -DEXPECT_GRPC=$<TARGET_EXISTS:rtcerr_grpc>
        -P ${CMAKE_CURRENT_SOURCE_DIR}/install/package.cmake)
    set_tests_properties(packaging.${mode} PROPERTIES TIMEOUT 600)
  endforeach()
  # cpack and cmake --install read the same build tree: one at a time.
  set_tests_properties(packaging.pkg_config packaging.deb packaging.find_package_consumer
                       PROPERTIES RESOURCE_LOCK rtcerr_install_tree)
endif()

# --- Documentation: every C++ block of README.md and docs/*.md compiles with
# this build's compiler and -Werror (scripts/doc-blocks; new pages are found
# when the test runs). The script's own behaviour is checked on samples.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  set(doc_blocks ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/scripts/doc-blocks
      --compiler ${CMAKE_CXX_COMPILER} --include ${PROJECT_SOURCE_DIR}/include)
  add_test(NAME docs.cpp_blocks_compile
    COMMAND ${doc_blocks} ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/docs)
  set_tests_properties(docs.cpp_blocks_compile PROPERTIES TIMEOUT 900)
  set(samples ${CMAKE_CURRENT_SOURCE_DIR}/data/doc-blocks)
  add_test(NAME docs.doc_blocks_accepts_good_blocks COMMAND ${doc_blocks} ${samples}/good.md)
  set_tests_properties(docs.doc_blocks_accepts_good_blocks PROPERTIES
    PASS_REGULAR_EXPRESSION "3 C\\+\\+ blocks in 1 files \\(1 declarations \\(must fail\\), 1 fragment, 1 unit\\): 0 problem")
  foreach(case "fails_but_compiles@marked 'fails' but compiles"
               "does_not_compile@does_not_compile.md:4: this C\\+\\+ block does not compile"
               "unused_variable@unused variable [^ ]*port"
               "bad_marker@unknown doc-test marker 'frgament'")
    string(REPLACE "@" ";" case "${case}")
    list(GET case 0 name)
    list(GET case 1 expected)
    add_test(NAME docs.doc_blocks_refuses_${name} COMMAND ${doc_blocks} ${samples}/${name}.md)
    set_tests_properties(docs.doc_blocks_refuses_${name} PROPERTIES
      PASS_REGULAR_EXPRESSION "${expected}")
  endforeach()
else()
  message(WARNING "python3 not found: the documentation's C++ blocks are not compiled")
endif()
