# Translation units built with another RTCERR_TRACES setting than the library
# do not link. Builds main.cpp with the library's setting (the control: it
# must link and run) and with the other one (it must fail to link, naming the
# guard symbol of that setting).
foreach(var COMPILER SOURCE INCLUDE LIBRARY SETTING WORK)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check.cmake: ${var} not set")
  endif()
endforeach()
file(MAKE_DIRECTORY ${WORK})
if(SETTING)
  set(same 1)
  set(other 0)
  set(other_symbol traces_disabled_in_this_build)
else()
  set(same 0)
  set(other 1)
  set(other_symbol traces_enabled_in_this_build)
endif()

# The build's own flags too (sanitizers must match the library's).
separate_arguments(extra UNIX_COMMAND "${CXX_FLAGS} ${LINKER_FLAGS}")
get_filename_component(library_dir ${LIBRARY} DIRECTORY)
set(flags -std=c++20 ${extra} -I${INCLUDE} ${SOURCE} ${LIBRARY} -Wl,-rpath,${library_dir} -lfmt
          -pthread)
execute_process(COMMAND ${COMPILER} -DRTCERR_TRACES=${same} ${flags} -o ${WORK}/same
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the control (same setting) did not build; the test proves nothing:\n${out}")
endif()
execute_process(COMMAND ${WORK}/same RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the control program failed: ${rc}")
endif()

execute_process(COMMAND ${COMPILER} -DRTCERR_TRACES=${other} ${flags} -o ${WORK}/other
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(rc EQUAL 0)
  message(FATAL_ERROR "a program built with RTCERR_TRACES=${other} linked against a library "
                      "built with RTCERR_TRACES=${same}")
endif()
string(FIND "${out}" "${other_symbol}" at)
if(at EQUAL -1)
  message(FATAL_ERROR "the link failed, but not for the traces setting:\n${out}")
endif()
message(STATUS "rejected as expected: undefined ${other_symbol}")
