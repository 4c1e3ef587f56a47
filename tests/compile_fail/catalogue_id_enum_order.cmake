# The catalogue's id enum is checked in every unit (rtcerr/registry.hpp): the
# registry rules for the catalogue run where librtcerr is built, and the link
# guard does not cover the enum. Compiles a unit against a copy of
# rtcerr/registry.hpp, put first on the include path, in which `domain_id`
# lists two domains the other way round: it must not compile, and must say
# why. The control (the real header) must compile.
foreach(var COMPILER INCLUDE WORK)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "catalogue_id_enum_order.cmake: ${var} not set")
  endif()
endforeach()
file(REMOVE_RECURSE ${WORK})
file(WRITE ${WORK}/unit.cpp "#include \"rtcerr/registry.hpp\"\nint main() { return 0; }\n")
set(flags -std=c++20 -fsyntax-only -Wall -Wextra -Wpedantic -Werror)

execute_process(COMMAND ${COMPILER} ${flags} -I${INCLUDE} ${WORK}/unit.cpp
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the control (the real header) did not compile; the test proves nothing:\n${out}")
endif()

file(READ ${INCLUDE}/rtcerr/registry.hpp header)
set(from "{ engine, session, recording, gateway, unknown }")
string(REPLACE "${from}" "{ engine, recording, session, gateway, unknown }" changed "${header}")
if(changed STREQUAL header)
  message(FATAL_ERROR "could not find `${from}` in rtcerr/registry.hpp; update this test")
endif()
file(WRITE ${WORK}/include/rtcerr/registry.hpp "${changed}")
execute_process(COMMAND ${COMPILER} ${flags} -I${WORK}/include -I${INCLUDE} ${WORK}/unit.cpp
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(rc EQUAL 0)
  message(FATAL_ERROR "a catalogue whose id enum lists session and recording the other way round compiled")
endif()
set(expect "the registry's id enum must name its domains in registry order")
string(FIND "${out}" "${expect}" at)
if(at EQUAL -1)
  message(FATAL_ERROR "it failed to compile, but the diagnostic does not say '${expect}':\n${out}")
endif()
message(STATUS "rejected as expected: ${expect}")
