# Headers and a library that disagree about the catalogue do not link.
#
# Builds main.cpp against LIBRARY (built from the normal catalogue) four
# times: with the normal headers (the control: it must link and run), then
# with a copy of rtcerr/domains/gateway.hpp, put first on the include path,
# in which one code was added, one removed, one renumbered, one renamed (to a
# name of the same length: the guard reads the names' characters, not only
# their lengths), or one broken (given HTTP status 42, against a registry
# rule: the catalogue's rules run where the library is built, not in each
# unit, so the link is what stops it). Each of those must fail to link, and the linker must name the
# catalogue's fingerprint symbol
# (rtcerr::catalogue_skew::librtcerr_built_with_catalogue<N>).
foreach(var COMPILER SOURCE INCLUDE LIBRARY WORK)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check.cmake: ${var} not set")
  endif()
endforeach()
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})

# The build's own flags too (sanitizers must match the library's).
separate_arguments(extra UNIX_COMMAND "${CXX_FLAGS} ${LINKER_FLAGS}")
get_filename_component(library_dir ${LIBRARY} DIRECTORY)
set(flags -std=c++20 -Wall -Wextra -Wpedantic -Werror ${extra} ${SOURCE} ${LIBRARY} -Wl,-rpath,${library_dir} -lfmt -pthread)

execute_process(COMMAND ${COMPILER} -I${INCLUDE} ${flags} -o ${WORK}/control
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the control (the library's own headers) did not build; the test proves "
                      "nothing:\n${out}")
endif()
execute_process(COMMAND ${WORK}/control RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the control program failed: ${rc}")
endif()

file(READ ${INCLUDE}/rtcerr/domains/gateway.hpp gateway)
# Each change is a regular expression on the header and its replacement.
set(added_from "(CODE\\(606000006,[^\n]*\\))")
set(added_to "\\1 \\\\\n  CODE(606000007, skew_added, \"新增\", \"\", \"Added\", \"\", busy, backoff, 503)")
set(removed_from "\n  CODE\\(606000005,[^\n]*")
set(removed_to "")
set(renumbered_from "CODE\\(606000006,")
set(renumbered_to "CODE(606000009,")
set(renamed_from "CODE\\(606000004, request_timeout,")
set(renamed_to "CODE(606000004, request_expired,")
set(broken_from "(CODE\\(606000006,[^\n]*), 503\\)")
set(broken_to "\\1, 42)")
foreach(change added removed renumbered renamed broken)
  string(REGEX REPLACE "${${change}_from}" "${${change}_to}" changed "${gateway}")
  if(changed STREQUAL gateway)
    message(FATAL_ERROR "could not make the '${change}' change: the layout of "
                        "rtcerr/domains/gateway.hpp changed; update tests/catalogue/catalogue_skew/check.cmake")
  endif()
  set(overlay ${WORK}/${change}/include)
  file(WRITE ${overlay}/rtcerr/domains/gateway.hpp "${changed}")
  execute_process(COMMAND ${COMPILER} -I${overlay} -I${INCLUDE} ${flags} -o ${WORK}/${change}/program
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(rc EQUAL 0)
    message(FATAL_ERROR "a program whose catalogue has a code ${change} linked against a library "
                        "built from the normal catalogue")
  endif()
  string(REGEX MATCH "undefined reference to [^\n]*rtcerr::catalogue_skew::librtcerr_built_with_catalogue<[0-9]+ul>::fingerprint"
         matched "${out}")
  if(NOT matched)
    message(FATAL_ERROR "the '${change}' program failed to build, but not for the catalogue's "
                        "fingerprint:\n${out}")
  endif()
  message(STATUS "code ${change}: ${matched}")
endforeach()
