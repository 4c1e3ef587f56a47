# A defect breaks one rule, and the diagnostic says so once: compiles SOURCE
# (which must fail, see check.cmake for its control) and requires that the
# distinct rtcerr rule messages in the output are exactly one, matching
# EXPECT. Two rules that overlap (say, two ranges for one field) would name
# the same defect twice, in different words.
foreach(var COMPILER SOURCE INCLUDE EXPECT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "one_rule.cmake: ${var} not set")
  endif()
endforeach()
execute_process(COMMAND ${COMPILER} -std=c++20 -fsyntax-only -I${INCLUDE} ${FLAGS} ${SOURCE}
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(rc EQUAL 0)
  message(FATAL_ERROR "${SOURCE} compiled, but it must not")
endif()
# g++ and clang both quote a static_assert's message after "failed" (clang
# in quotes); every rule's message begins with "rtcerr: ". (Semicolons would
# split CMake's list.)
string(REPLACE ";" "," out "${out}")
string(REGEX MATCHALL "rtcerr: [^\"\n]*" messages "${out}")
list(REMOVE_DUPLICATES messages)
list(LENGTH messages count)
if(NOT count EQUAL 1)
  list(JOIN messages "\n  " listed)
  message(FATAL_ERROR "${SOURCE}: expected one rule's message, got ${count}:\n  ${listed}")
endif()
if(NOT messages MATCHES "${EXPECT}")
  message(FATAL_ERROR "${SOURCE}: the one message is not '${EXPECT}': ${messages}")
endif()
message(STATUS "one rule: ${messages}")
