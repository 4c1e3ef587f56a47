# The command-line tool's everyday use: --version, explain, help and scan
# with real log lines, its JSON agreeing with the library, hostile input.
if(TARGET rtcerr_cli_lib)
  find_package(nlohmann_json 3 REQUIRED)
  rtcerr_add_test(cli_json_agreement_test cli/cli_json_agreement_test.cpp)
  target_link_libraries(cli_json_agreement_test PRIVATE rtcerr_cli_lib)
  rtcerr_add_test(code_parser_hostile_test cli/hostile/code_parser_test.cpp)
  target_link_libraries(code_parser_hostile_test PRIVATE rtcerr_cli_lib)
endif()

if(NOT TARGET rtcerr_cli)
  return()
endif()
include(cli/hostile/cli_hostile.cmake)

# The version is the project's (read by CMake from include/rtcerr/version.hpp).
string(REPLACE "." "\\." version_re "${PROJECT_VERSION}")
rtcerr_add_cli_run(version 0
  STDOUT "^rtcerr ${version_re} \\(catalogue: [0-9]+ codes, fingerprint [0-9a-f]+\\)\n$"
  STDERR_EMPTY ARGS --version)

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
rtcerr_add_cli_run(help_subcommand 0 STDOUT "Usage: .*Subcommands:.*explain.*check-lock.*Exit status:" ARGS help)
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
          ${CMAKE_CURRENT_SOURCE_DIR}/cli/hostile/data/every_byte.bin)
# Long lines: streamed in pieces, with a code on a block boundary found, in
# bounded memory (a 64 MB line under a 64 MB address-space limit would fail
# if the line were held whole; the sanitizers reserve more, so not there).
add_test(NAME cli.scan_long_lines
  COMMAND ${CMAKE_COMMAND} -DCLI=$<TARGET_FILE:rtcerr_cli> -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/scan_long
          -P ${CMAKE_CURRENT_SOURCE_DIR}/cli/scan_long_lines.cmake)
if(NOT CMAKE_CXX_FLAGS MATCHES "sanitize")
  add_test(NAME cli.scan_bounded_memory
    COMMAND sh -c "ulimit -v 131072 && head -c 67108864 /dev/zero | tr '\\\\0' ' ' | \"$1\" scan | wc -c | grep -qx 67108864"
            sh $<TARGET_FILE:rtcerr_cli>)
endif()
