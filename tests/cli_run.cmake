# Runs the rtcerr CLI once and checks its exit status and output.
#   -DCLI=path -DARGS="a;b" -DEXPECT_EXIT=n [-DSTDOUT_REGEX=re] [-DSTDERR_REGEX=re]
#   [-DSTDOUT_EMPTY=ON] [-DSTDERR_EMPTY=ON]
# Each regex must match; an exit status other than EXPECT_EXIT fails, showing
# both streams so that the failure explains itself.
foreach(var CLI EXPECT_EXIT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "cli_run.cmake: ${var} not set")
  endif()
endforeach()
execute_process(COMMAND ${CLI} ${ARGS}
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(shown "command: rtcerr ${ARGS}\nexit: ${rc}\n--- stdout ---\n${out}\n--- stderr ---\n${err}")
if(NOT rc STREQUAL EXPECT_EXIT)
  message(FATAL_ERROR "expected exit status ${EXPECT_EXIT}\n${shown}")
endif()
foreach(stream stdout stderr)
  string(TOUPPER ${stream} upper)
  if(stream STREQUAL stdout)
    set(text "${out}")
  else()
    set(text "${err}")
  endif()
  if(DEFINED ${upper}_REGEX AND NOT text MATCHES "${${upper}_REGEX}")
    message(FATAL_ERROR "${stream} does not match '${${upper}_REGEX}'\n${shown}")
  endif()
  if(${upper}_EMPTY AND NOT text STREQUAL "")
    message(FATAL_ERROR "${stream} should be empty\n${shown}")
  endif()
endforeach()
