# Hostile input to the rtcerr CLI: each case runs the real binary once (see
# run_cli.cmake) and names the exit status and the message it must give.
# Exit statuses, as documented in src/cli/main.cpp and the README:
#   0 success, 1 a code not found / not in the catalogue (or a drift for
#   check-doc), 2 bad usage, 3 internal failure.

# rtcerr_add_cli_case(NAME EXIT STDERR_REGEX [STDOUT regex] [MAX_STDOUT bytes] ARGS arg...)
function(rtcerr_add_cli_case name exit_status stderr_regex)
  cmake_parse_arguments(PARSE_ARGV 3 case "" "STDOUT;MAX_STDOUT" "ARGS")
  list(LENGTH case_ARGS argc)
  set(defines "")
  set(i 0)
  foreach(arg IN LISTS case_ARGS)
    math(EXPR i "${i} + 1")
    list(APPEND defines "-DARG${i}=${arg}")
  endforeach()
  if(DEFINED case_STDOUT)
    list(APPEND defines "-DEXPECT_STDOUT=${case_STDOUT}")
  endif()
  if(DEFINED case_MAX_STDOUT)
    list(APPEND defines "-DMAX_STDOUT_BYTES=${case_MAX_STDOUT}")
  endif()
  add_test(NAME hostile_cli.${name}
    COMMAND ${CMAKE_COMMAND}
      -DCLI=$<TARGET_FILE:rtcerr_cli>
      -DEXPECT_EXIT=${exit_status}
      "-DEXPECT_STDERR=${stderr_regex}"
      -DARGC=${argc}
      ${defines}
      -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/hostile_cli/${name}
      -DDATA_DIR=${CMAKE_CURRENT_SOURCE_DIR}/cli/hostile/data
      -P ${CMAKE_CURRENT_SOURCE_DIR}/cli/hostile/run_cli.cmake)
  set_tests_properties(hostile_cli.${name} PROPERTIES TIMEOUT 60)
endfunction()

# --- The command line itself. ------------------------------------------------
rtcerr_add_cli_case(no_arguments 2 "[Ss]ubcommand is required")
rtcerr_add_cli_case(unknown_subcommand 2 "unknown subcommand 'frobnicate'" ARGS frobnicate 1)
rtcerr_add_cli_case(unknown_flag 2 "unknown option '--bogus' for explain" ARGS explain 1 --bogus)
rtcerr_add_cli_case(unknown_flag_first 2 "unknown option '--bogus' for list" ARGS list --bogus)
rtcerr_add_cli_case(unknown_flag_alone 2 "unknown option '--bogus' for explain" ARGS explain --bogus)
rtcerr_add_cli_case(unknown_flag_before_subcommand 2 "unknown option '--bogus'" ARGS --bogus list)
rtcerr_add_cli_case(explain_without_code 2 "code is required" ARGS explain)
rtcerr_add_cli_case(list_extra_argument 2 "not expected: extra" ARGS list extra)
rtcerr_add_cli_case(list_unknown_format 2 "xml" ARGS list --format xml)
rtcerr_add_cli_case(list_unknown_domain 2 "'nope' is not a domain" ARGS list --domain nope)
rtcerr_add_cli_case(list_domain_bad_utf8 2 "'\\\\xff\\\\xfe\\\\xc3' is not a domain"
                    ARGS list --domain @BAD_UTF8@)
rtcerr_add_cli_case(list_domain_long 2 "is not a domain" ARGS list --domain @LONG_NAME@)

# --- Codes given to explain. -------------------------------------------------
rtcerr_add_cli_case(empty_code 2 "empty argument" ARGS explain @EMPTY@)
rtcerr_add_cli_case(not_a_number 2 "'hello!' is neither a decimal code nor a name"
                    ARGS explain hello!)
rtcerr_add_cli_case(plus_sign 2 "'\\+5' is not a decimal code" ARGS explain +5)
rtcerr_add_cli_case(lone_minus 2 "'-' is not a decimal code" ARGS explain -)
rtcerr_add_cli_case(double_minus_number 2 "'--5' is not a decimal code" ARGS explain -- --5)
rtcerr_add_cli_case(hexadecimal 2 "hexadecimal is not accepted" ARGS explain 0x23B0E26E)
rtcerr_add_cli_case(upper_hexadecimal 2 "hexadecimal is not accepted" ARGS explain 0X1)
rtcerr_add_cli_case(beyond_int32 2 "'2147483648' is out of range" ARGS explain 2147483648)
rtcerr_add_cli_case(below_int32 2 "'-2147483649' is out of range" ARGS explain -2147483649)
rtcerr_add_cli_case(beyond_int64 2 "'9223372036854775808' is out of range"
                    ARGS explain 9223372036854775808)
rtcerr_add_cli_case(below_int64 2 "'-9223372036854775809' is out of range"
                    ARGS explain -9223372036854775809)
rtcerr_add_cli_case(trailing_garbage 2 "'605030046abc' is not a decimal code"
                    ARGS explain 605030046abc)
rtcerr_add_cli_case(decimal_point 2 "'1.5' is not a decimal code" ARGS explain 1.5)
# Blanks around a code pasted from a log are a fragment: the code is explained.
rtcerr_add_cli_case(leading_space 0 ".*" STDOUT "^605030046  recording.stream_data_timeout"
                    ARGS explain @SP@605030046)
rtcerr_add_cli_case(trailing_space 0 ".*" STDOUT "^605030046  recording.stream_data_timeout"
                    ARGS explain 605030046@SP@)
rtcerr_add_cli_case(long_number 2 "argument too long \\(100000 bytes\\)" ARGS explain @LONG_DIGITS@)
rtcerr_add_cli_case(long_name 2 "argument too long \\(100000 bytes\\)" ARGS explain @LONG_NAME@)
rtcerr_add_cli_case(invalid_utf8 2 "'\\\\xff\\\\xfe\\\\xc3' is neither a decimal code nor a name"
                    ARGS explain @BAD_UTF8@)
rtcerr_add_cli_case(unknown_domain_prefix 2 "'nosuch' is not a domain" ARGS explain nosuch.x)
rtcerr_add_cli_case(empty_domain_prefix 2 "'.token_expired'" ARGS explain .token_expired)
rtcerr_add_cli_case(empty_qualified_name 2 "'engine.' is neither" ARGS explain engine.)
# A bad argument among good ones: the good ones are still explained.
rtcerr_add_cli_case(bad_among_good 2 "'x y' is neither" STDOUT "^605030046  recording"
                    ARGS explain 605030046 x@SP@y)
rtcerr_add_cli_case(unknown_name 1 "no code is named 'no_such_code'" ARGS explain no_such_code)
# A negative number is a well-formed 32-bit code that no domain owns.
rtcerr_add_cli_case(negative_code 1 ".*" STDOUT "-1.*unknown" ARGS explain -1)
rtcerr_add_cli_case(int32_min 1 ".*" STDOUT "-2147483648" ARGS explain -2147483648)

# --- Files given to check-doc. -----------------------------------------------
rtcerr_add_cli_case(check_doc_missing_file 2 "cannot read '.*no_such_file.md': no such file"
                    ARGS check-doc @MISSING_FILE@)
rtcerr_add_cli_case(check_doc_directory 2 "cannot read '.*a_directory': not a regular file"
                    ARGS check-doc @DIRECTORY@)
rtcerr_add_cli_case(check_doc_empty_file 2 "has no error table" ARGS check-doc @EMPTY_FILE@)
rtcerr_add_cli_case(check_doc_binary_with_nul 2 "contains a NUL byte"
                    ARGS check-doc @DATA@/every_byte.bin)
rtcerr_add_cli_case(check_doc_binary_without_nul 2 "is not valid UTF-8 \\(byte 0x80 at offset 127\\)"
                    ARGS check-doc @BINARY_FILE@)
rtcerr_add_cli_case(check_doc_huge_file 2 "too large" ARGS check-doc @HUGE_FILE@)
rtcerr_add_cli_case(check_doc_empty_path 2 "cannot read '': no such file" ARGS check-doc @EMPTY@)
rtcerr_add_cli_case(check_doc_long_path 2 "cannot read 'aaaa.*': " ARGS check-doc @LONG_NAME@)
rtcerr_add_cli_case(check_doc_two_files 2 "not expected" ARGS check-doc @EMPTY_FILE@ @EMPTY_FILE@)
rtcerr_add_cli_case(check_doc_no_file 2 "file is required" ARGS check-doc)
# Malformed rows are differences (exit 1), each reported with its line. A row
# without its 备注 cell has an empty hint; empty cells past 备注 are allowed.
rtcerr_add_cli_case(check_doc_too_few_cells 1 ".*"
                    STDOUT "line 5: code 1 has no 释义.*2 engine.not_initialized: 备注 \\(hint\\) differs \\(line 6\\)"
                    ARGS check-doc @DATA@/too_few_cells.md)
rtcerr_add_cli_case(check_doc_too_many_cells 1 ".*"
                    STDOUT "line 5: code 3 has 4 cells.*line 6: code 4 has 6 cells"
                    ARGS check-doc @DATA@/too_many_cells.md)
# A 1 MB cell is reported, shortened.
rtcerr_add_cli_case(check_doc_long_cell 1 ".*" STDOUT "释义 \\(message\\) differs \\(line 3\\)"
                    MAX_STDOUT 20000 ARGS check-doc @LONG_CELL_FILE@)
# Invalid UTF-8 in a path is shown escaped, never printed raw.
rtcerr_add_cli_case(check_doc_bad_utf8_path 2 "cannot read '\\\\xff\\\\xfe.*': no such file"
                    ARGS check-doc @BAD_UTF8@)
# check-lock refuses what is not text the same way check-doc does.
rtcerr_add_cli_case(check_lock_binary_with_nul 2 "check-lock: cannot read .*contains a NUL byte"
                    ARGS check-lock @DATA@/every_byte.bin)
rtcerr_add_cli_case(check_lock_binary_without_nul 2 "check-lock: cannot read .*is not valid UTF-8"
                    ARGS check-lock @BINARY_FILE@)
