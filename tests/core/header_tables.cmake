# The static_asserts that check tables written in the framework's own headers:
# RTCERR_CONDITIONS keeps `success` first and `unknown` last
# (rtcerr/core/condition.hpp), grpc_code_rows is in google.rpc.Code number
# order (rtcerr/core/grpc_code.hpp), and each condition's statuses are sound
# (condition_statuses, rtcerr/core/status_mapping.hpp). No user code can break
# these tables, so this test breaks them as a maintainer would: for each case
# it copies one header with a row changed, compiles a unit that includes the
# three headers against the copy, and expects the assertion's text; the
# unchanged headers must compile.
#
#   cmake -DCOMPILER=<c++> -DINCLUDE=<include dir> -DWORK=<scratch dir> -P header_tables.cmake
foreach(var COMPILER INCLUDE WORK)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "header_tables.cmake: ${var} not set")
  endif()
endforeach()

file(REMOVE_RECURSE "${WORK}")
file(WRITE "${WORK}/unit.cpp" "#include \"rtcerr/core/condition.hpp\"\n"
                              "#include \"rtcerr/core/grpc_code.hpp\"\n"
                              "#include \"rtcerr/core/status_mapping.hpp\"\n")

# compile(DIR): compiles unit.cpp with DIR's headers before include/'s; leaves
# compile_rc and compile_out.
function(compile dir)
  execute_process(
    COMMAND ${COMPILER} -std=c++20 -fsyntax-only -Wall -Wextra -Wpedantic -Werror -I${dir}
            -I${INCLUDE} ${WORK}/unit.cpp
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  set(compile_rc ${rc} PARENT_SCOPE)
  set(compile_out "${out}" PARENT_SCOPE)
endfunction()

# rejected(CASE HEADER EXPECT FROM TO [FROM TO]...): rtcerr/core/HEADER with
# each FROM replaced by its TO, in order, must fail to compile with EXPECT.
function(rejected case header expect)
  file(READ "${INCLUDE}/rtcerr/core/${header}" text)
  set(edits ${ARGN})
  while(edits)
    list(POP_FRONT edits from to)
    string(FIND "${text}" "${from}" at)
    if(at EQUAL -1)
      message(FATAL_ERROR "${case}: ${header} has no '${from}': update this test")
    endif()
    string(REPLACE "${from}" "${to}" text "${text}")
  endwhile()
  file(WRITE "${WORK}/${case}/rtcerr/core/${header}" "${text}")
  compile("${WORK}/${case}")
  if(compile_rc EQUAL 0)
    message(FATAL_ERROR "${case}: the edited ${header} compiled")
  endif()
  string(FIND "${compile_out}" "${expect}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${case}: the edited ${header} failed, but not with '${expect}':\n"
                        "${compile_out}")
  endif()
  message(STATUS "${case}: rejected as expected")
endfunction()

compile("${WORK}/control")
if(NOT compile_rc EQUAL 0)
  message(FATAL_ERROR "the unchanged headers do not compile:\n${compile_out}")
endif()

set(order "RTCERR_CONDITIONS must begin with `success` and end with `unknown`")
rejected(success_second condition.hpp "${order}"
  "X(success," "X(@swapped@," "X(invalid_argument," "X(success," "X(@swapped@," "X(invalid_argument,")
rejected(unknown_before_last condition.hpp "${order}"
  "X(unknown," "X(@swapped@," "X(insufficient_storage," "X(unknown,"
  "X(@swapped@," "X(insufficient_storage,")
rejected(grpc_rows_unordered grpc_code.hpp
  "grpc_code_rows must list google.rpc.Code in number order"
  "{grpc_code::ok, RTCERR_DETAIL_LITERAL(\"OK\"), 200}" "@swapped@"
  "{grpc_code::cancelled, RTCERR_DETAIL_LITERAL(\"CANCELLED\"), 499}" "{grpc_code::ok, RTCERR_DETAIL_LITERAL(\"OK\"), 200}"
  "@swapped@" "{grpc_code::cancelled, RTCERR_DETAIL_LITERAL(\"CANCELLED\"), 499}")
# A failure answered with HTTP 200.
rejected(failure_http_200 condition.hpp
  "condition_statuses must list every condition in enum order"
  "X(timeout,               unavailable,         504,"
  "X(timeout,               unavailable,         200,")
file(REMOVE_RECURSE "${WORK}")
