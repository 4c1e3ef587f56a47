# Runs one compile-fail test: compiles SOURCE twice with COMPILER.
#  - with -DRTCERR_CONTROL it must compile: the file is valid but for its defect;
#  - without it, it must fail, and the diagnostic must match EXPECT.
# Both halves matter: without the control, a file that fails for an unrelated
# reason (a typo, a missing include) would pass.
foreach(var COMPILER SOURCE INCLUDE EXPECT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check.cmake: ${var} not set")
  endif()
endforeach()
set(flags -std=c++20 -fsyntax-only -Wall -Wextra -Wpedantic -Werror -I${INCLUDE} ${FLAGS})

execute_process(COMMAND ${COMPILER} ${flags} -DRTCERR_CONTROL ${SOURCE}
  RESULT_VARIABLE control_rc OUTPUT_VARIABLE control_out ERROR_VARIABLE control_out)
if(NOT control_rc EQUAL 0)
  message(FATAL_ERROR "control build of ${SOURCE} failed; the test proves nothing:\n${control_out}")
endif()

execute_process(COMMAND ${COMPILER} ${flags} ${SOURCE}
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(rc EQUAL 0)
  message(FATAL_ERROR "${SOURCE} compiled, but it must not")
endif()
string(REGEX MATCH "${EXPECT}" matched "${out}")
if(NOT matched)
  message(FATAL_ERROR "${SOURCE} failed to compile, but the diagnostic does not say '${EXPECT}':\n${out}")
endif()
message(STATUS "rejected as expected: ${matched}")
