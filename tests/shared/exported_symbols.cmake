# The shared librtcerr exports exactly the expected symbols: those declared
# RTCERR_API (rtcerr/core/internal/export.hpp) and the C API. A symbol that appears
# without being listed (a missing -fvisibility=hidden, an export macro on the
# wrong declaration) or one that disappears (a lost export) fails the test.
#
#   cmake -DLIBRARY=librtcerr.so -DEXPECTED=exported_symbols.txt -P exported_symbols.cmake
#
# Names are demangled (nm -C); the catalogue registry's long template name is
# written `rtcerr::registry` and fmt's inline namespace dropped, so that the
# list reads like the headers and survives a fmt upgrade.
foreach(var LIBRARY EXPECTED)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "exported_symbols.cmake: ${var} not set")
  endif()
endforeach()

execute_process(COMMAND nm -D --defined-only -C "${LIBRARY}"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "nm failed (${rc}): ${err}")
endif()

string(REPLACE ";" "\\;" out "${out}")
string(REPLACE "\n" ";" lines "${out}")
set(exported "")
foreach(line IN LISTS lines)
  # "<address> <type> <name>"
  if(line MATCHES "^[0-9a-fA-F]+ [A-Za-z] (.+)$")
    set(name "${CMAKE_MATCH_1}")
    string(REPLACE "rtcerr::basic_registry<rtcerr::domain_id, rtcerr::engine::domain, rtcerr::session::domain, rtcerr::recording::domain, rtcerr::gateway::domain>"
           "rtcerr::registry" name "${name}")
    string(REGEX REPLACE "fmt::v[0-9]+::" "fmt::" name "${name}")
    string(REPLACE "rtcerr::registry >" "rtcerr::registry>" name "${name}")
    # The catalogue's fingerprint changes with the catalogue (rtcerr/registry.hpp).
    string(REGEX REPLACE "librtcerr_built_with_catalogue<[0-9]+ul>"
           "librtcerr_built_with_catalogue<FINGERPRINT>" name "${name}")
    list(APPEND exported "${name}")
  endif()
endforeach()
list(SORT exported)

file(STRINGS "${EXPECTED}" expected REGEX "^[^#?]")
list(SORT expected)
# Lines "? name": symbols that may or may not be exported, depending on
# whether the compiler emits them at this optimisation level (an inline
# variable of an exported type is emitted at -O0 and folded away at -O2).
file(STRINGS "${EXPECTED}" optional REGEX "^\\? ")
list(TRANSFORM optional REPLACE "^\\? " "")

set(unexpected ${exported})
list(REMOVE_ITEM unexpected ${expected} ${optional})
set(missing ${expected})
list(REMOVE_ITEM missing ${exported})
if(unexpected OR missing)
  list(JOIN unexpected "\n  " unexpected_text)
  list(JOIN missing "\n  " missing_text)
  message(FATAL_ERROR "${LIBRARY} exports other symbols than ${EXPECTED} lists.\n"
    "Exported but not listed (an accidental export?):\n  ${unexpected_text}\n"
    "Listed but not exported:\n  ${missing_text}\n")
endif()
list(LENGTH exported count)
message(STATUS "${count} exported symbols, as listed")
