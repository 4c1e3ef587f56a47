# Objects built with and without exceptions in one program (docs/platforms.md):
# the SDK's object (-fno-exceptions) first on the link line, at -O0, where
# neither object inlines value(). Before rtcerr put its exception-dependent
# code in a per-mode inline namespace (rtcerr/core/internal/config.hpp), the linker
# kept the SDK's copy of result<int>::value() for both, and the
# application's catch was bypassed: the program aborted. Now:
#   - each object keeps its own: the application catches both failures;
#   - a result passed by parameter from one mode to the other does not link,
#     the undefined reference naming exceptions_on / exceptions_off.
foreach(var COMPILER INCLUDE LIBRARY SOURCE_DIR WORK)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check.cmake: ${var} not set")
  endif()
endforeach()
file(MAKE_DIRECTORY ${WORK})
separate_arguments(extra UNIX_COMMAND "${CXX_FLAGS}")
separate_arguments(link_extra UNIX_COMMAND "${LINKER_FLAGS}")
get_filename_component(library_dir ${LIBRARY} DIRECTORY)
set(common -std=c++20 -O0 ${extra} -I${INCLUDE})

function(build variant defines)
  execute_process(COMMAND ${COMPILER} ${common} ${defines} -fno-exceptions -c
                          ${SOURCE_DIR}/sdk.cpp -o ${WORK}/sdk_${variant}.o
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "sdk.cpp (-fno-exceptions) did not compile:\n${out}")
  endif()
  execute_process(COMMAND ${COMPILER} ${common} ${defines} -c ${SOURCE_DIR}/app.cpp
                          -o ${WORK}/app_${variant}.o
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "app.cpp did not compile:\n${out}")
  endif()
  execute_process(COMMAND ${COMPILER} ${extra} ${link_extra} ${WORK}/sdk_${variant}.o
                          ${WORK}/app_${variant}.o ${LIBRARY} -Wl,-rpath,${library_dir} -lfmt
                          -pthread -o ${WORK}/program_${variant}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  set(link_rc ${rc} PARENT_SCOPE)
  set(link_out "${out}" PARENT_SCOPE)
endfunction()

build(mixed "")
if(NOT link_rc EQUAL 0)
  message(FATAL_ERROR "the mixed program did not link:\n${link_out}")
endif()
execute_process(COMMAND ${WORK}/program_mixed RESULT_VARIABLE rc OUTPUT_VARIABLE out
                ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out STREQUAL "caught 1\ncaught 2\n")
  message(FATAL_ERROR "mixed program: exit ${rc}, output '${out}', stderr '${err}'; "
                      "expected both failures caught")
endif()
message(STATUS "mixed objects: each keeps its own value(); both failures caught")

build(cross -DCROSS_BY_PARAMETER)
if(link_rc EQUAL 0)
  message(FATAL_ERROR "a result passed from an exceptions object to a -fno-exceptions one linked")
endif()
if(NOT link_out MATCHES "exceptions_on")
  message(FATAL_ERROR "the cross-mode call failed to link, but not naming the mode:\n${link_out}")
endif()
message(STATUS "a result passed across modes does not link, as intended")
