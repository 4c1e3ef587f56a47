# The static_assert of rtcerr/core/condition.hpp that keeps `success` first
# and `unknown` last in RTCERR_CONDITIONS. No user code can break that order
# (the list is the header's own), so this test breaks it as a maintainer
# would: it copies the header with two rows' names swapped, at the start of
# the list and at its end, and compiles each copy, which must fail with the
# assertion's text; the unchanged copy must compile.
#
#   cmake -DCOMPILER=<c++> -DINCLUDE=<include dir> -DWORK=<scratch dir> -P condition_order.cmake
foreach(var COMPILER INCLUDE WORK)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "condition_order.cmake: ${var} not set")
  endif()
endforeach()
set(expect "RTCERR_CONDITIONS must begin with `success` and end with `unknown`")

file(READ "${INCLUDE}/rtcerr/core/condition.hpp" header)
file(REMOVE_RECURSE "${WORK}")
file(WRITE "${WORK}/unit.cpp" "#include \"rtcerr/core/condition.hpp\"\n")

# compile(CASE TEXT): compiles unit.cpp against TEXT as rtcerr/core/condition.hpp
# (the rest of include/ as it is); leaves compile_rc and compile_out.
function(compile case text)
  file(WRITE "${WORK}/${case}/rtcerr/core/condition.hpp" "${text}")
  execute_process(
    COMMAND ${COMPILER} -std=c++20 -fsyntax-only -Wall -Wextra -Wpedantic -Werror -I${WORK}/${case}
            -I${INCLUDE} ${WORK}/unit.cpp
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  set(compile_rc ${rc} PARENT_SCOPE)
  set(compile_out "${out}" PARENT_SCOPE)
endfunction()

compile(control "${header}")
if(NOT compile_rc EQUAL 0)
  message(FATAL_ERROR "the unchanged copy of condition.hpp does not compile:\n${compile_out}")
endif()

# Each case swaps the names of two rows: `first` and `second`.
foreach(case "success;invalid_argument" "insufficient_storage;unknown")
  list(GET case 0 first)
  list(GET case 1 second)
  foreach(name ${first} ${second})
    string(FIND "${header}" "X(${name}," at)
    if(at EQUAL -1)
      message(FATAL_ERROR "condition.hpp has no row X(${name}, ...): update this test")
    endif()
  endforeach()
  string(REPLACE "X(${first}," "X(@swapped@," text "${header}")
  string(REPLACE "X(${second}," "X(${first}," text "${text}")
  string(REPLACE "X(@swapped@," "X(${second}," text "${text}")
  compile(${first}_${second} "${text}")
  if(compile_rc EQUAL 0)
    message(FATAL_ERROR "condition.hpp with ${first} and ${second} swapped compiled")
  endif()
  string(FIND "${compile_out}" "${expect}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "condition.hpp with ${first} and ${second} swapped failed, but not "
                        "with '${expect}':\n${compile_out}")
  endif()
  message(STATUS "${first} and ${second} swapped: rejected as expected")
endforeach()
file(REMOVE_RECURSE "${WORK}")
