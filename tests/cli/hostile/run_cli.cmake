# Runs the rtcerr CLI once on hostile input and checks how it refuses it.
#
#   cmake -DCLI=path/to/rtcerr -DEXPECT_EXIT=2 -DEXPECT_STDERR=regex [-DEXPECT_STDOUT=regex]
#         [-DMAX_STDOUT_BYTES=n]
#         -DARGC=2 -DARG1=explain -DARG2=@LONG_DIGITS@ -DWORK_DIR=dir -DDATA_DIR=dir
#         -P run_cli.cmake
#
# The command must end on its own (no hang: 20 s limit), with exactly
# EXPECT_EXIT (a crash or an uncaught exception never gives a plain exit
# status), print a message matching EXPECT_STDERR on stderr (and stdout
# matching EXPECT_STDOUT, when given), keep stderr short however long the
# input (a message, not an echo), and print nothing that looks like a crash
# report or a stack trace.
#
# Some inputs cannot be written in a CMake file or on a CTest command line, so
# arguments may be one of these placeholders, replaced here:
#   @EMPTY@           the empty string
#   @LONG_DIGITS@     100 000 digits       @LONG_NAME@    100 000 letters
#   @BAD_UTF8@        bytes 0xff 0xfe, then a truncated UTF-8 sequence
#   @MISSING_FILE@    a path that does not exist
#   @DIRECTORY@       a directory
#   @EMPTY_FILE@      an empty file        @BINARY_FILE@  4 kB of every byte value but 0
#   @LONG_CELL_FILE@  a table with a 1 MB cell
#   @HUGE_FILE@       a table of over 16 MiB
#   @DATA@/name       the file tests/hostile/data/name
#   @SP@              a space, anywhere in an argument (CMake trims -D values)
foreach(var CLI EXPECT_EXIT EXPECT_STDERR ARGC WORK_DIR DATA_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "run_cli.cmake: ${var} not set")
  endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
string(ASCII 255 254 195 bad_utf8)

# Files are made only for the placeholders used.
foreach(i RANGE 1 ${ARGC})
  set(arg "${ARG${i}}")
  if(arg STREQUAL "@EMPTY@")
    set(arg "")
  elseif(arg STREQUAL "@LONG_DIGITS@")
    string(REPEAT "9" 100000 arg)
  elseif(arg STREQUAL "@LONG_NAME@")
    string(REPEAT "a" 100000 arg)
  elseif(arg STREQUAL "@BAD_UTF8@")
    set(arg "${bad_utf8}")
  elseif(arg STREQUAL "@MISSING_FILE@")
    set(arg "${WORK_DIR}/no_such_file.md")
  elseif(arg STREQUAL "@DIRECTORY@")
    set(arg "${WORK_DIR}/a_directory")
    file(MAKE_DIRECTORY "${arg}")
  elseif(arg STREQUAL "@EMPTY_FILE@")
    set(arg "${WORK_DIR}/empty.md")
    file(WRITE "${arg}" "")
  elseif(arg STREQUAL "@BINARY_FILE@")
    # Every byte value but 0 (which a CMake string cannot hold), 16 times.
    set(bytes "")
    foreach(byte RANGE 1 255)
      string(ASCII ${byte} c)
      string(APPEND bytes "${c}")
    endforeach()
    string(REPEAT "${bytes}" 16 bytes)
    set(arg "${WORK_DIR}/binary.md")
    file(WRITE "${arg}" "${bytes}")
  elseif(arg STREQUAL "@LONG_CELL_FILE@")
    # A well-formed table whose one row has a 1 MB message.
    string(REPEAT "x" 1000000 cell)
    set(arg "${WORK_DIR}/long_cell.md")
    file(WRITE "${arg}" "| 错误码 | 释义 | 备注 |\n|---|---|---|\n| 1 | ${cell} | |\n")
  elseif(arg STREQUAL "@HUGE_FILE@")
    # Larger than any document the CLI agrees to read whole (16 MiB).
    string(REPEAT "| 1 | 非法参数 | |\n" 1000000 rows)
    set(arg "${WORK_DIR}/huge.md")
    file(WRITE "${arg}" "| 错误码 | 释义 | 备注 |\n|---|---|---|\n${rows}")
  else()
    string(REPLACE "@DATA@" "${DATA_DIR}" arg "${arg}")
    string(REPLACE "@SP@" " " arg "${arg}")
  endif()
  set(arg${i} "${arg}")
endforeach()

# execute_process drops empty list elements, so arguments are passed one by
# one, quoted.
if(ARGC EQUAL 0)
  execute_process(COMMAND "${CLI}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err
                  TIMEOUT 20)
elseif(ARGC EQUAL 1)
  execute_process(COMMAND "${CLI}" "${arg1}" RESULT_VARIABLE rc OUTPUT_VARIABLE out
                  ERROR_VARIABLE err TIMEOUT 20)
elseif(ARGC EQUAL 2)
  execute_process(COMMAND "${CLI}" "${arg1}" "${arg2}" RESULT_VARIABLE rc OUTPUT_VARIABLE out
                  ERROR_VARIABLE err TIMEOUT 20)
elseif(ARGC EQUAL 3)
  execute_process(COMMAND "${CLI}" "${arg1}" "${arg2}" "${arg3}" RESULT_VARIABLE rc
                  OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 20)
elseif(ARGC EQUAL 4)
  execute_process(COMMAND "${CLI}" "${arg1}" "${arg2}" "${arg3}" "${arg4}" RESULT_VARIABLE rc
                  OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 20)
else()
  message(FATAL_ERROR "run_cli.cmake: at most 4 arguments")
endif()

# Long arguments are echoed cut short; keep this report readable either way.
string(SUBSTRING "${err}" 0 2000 err_shown)
string(SUBSTRING "${out}" 0 2000 out_shown)
set(report "exit: ${rc}\nstderr:\n${err_shown}\nstdout:\n${out_shown}")

if(NOT rc STREQUAL EXPECT_EXIT)
  message(FATAL_ERROR "expected exit status ${EXPECT_EXIT}\n${report}")
endif()
if(NOT err MATCHES "${EXPECT_STDERR}")
  message(FATAL_ERROR "stderr does not match '${EXPECT_STDERR}'\n${report}")
endif()
if(DEFINED EXPECT_STDOUT AND NOT out MATCHES "${EXPECT_STDOUT}")
  message(FATAL_ERROR "stdout does not match '${EXPECT_STDOUT}'\n${report}")
endif()
string(LENGTH "${out}" out_length)
if(DEFINED MAX_STDOUT_BYTES AND out_length GREATER MAX_STDOUT_BYTES)
  message(FATAL_ERROR "stdout is ${out_length} bytes long, more than ${MAX_STDOUT_BYTES}\n${report}")
endif()
string(LENGTH "${err}" err_length)
if(err_length GREATER 2000)
  message(FATAL_ERROR "stderr is ${err_length} bytes long: a message should be short\n${report}")
endif()
foreach(crash_sign "terminate called" "Sanitizer" "runtime error" "Segmentation" "Aborted"
                   "what\\(\\):" "#[0-9]+ 0x")
  if("${err}${out}" MATCHES "${crash_sign}")
    message(FATAL_ERROR "the output looks like a crash ('${crash_sign}')\n${report}")
  endif()
endforeach()
file(REMOVE_RECURSE "${WORK_DIR}")
message(STATUS "refused as expected with exit ${rc}")
