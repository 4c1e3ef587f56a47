# Constructs that cost every translation unit that includes rtcerr, kept out
# of the public headers (include/rtcerr/, not src/ or tests/). Each one makes
# g++ check the standard library's iterator concepts once per unit, about 55
# million compiler instructions (some 3% of a small unit that uses rtcerr;
# docs/performance.md, "Compile time"):
#   - std::span, whose every constructor goes through (iterator, count);
#   - std::string_view::substr, written in the standard library as a
#     two-argument string_view;
#   - a two-argument std::string_view written directly.
# Use rtcerr::table_view and rtcerr::detail::view_of / substring
# (rtcerr/core/internal/string_view.hpp) instead. Comments are not checked.
if(NOT DEFINED INCLUDE_DIR)
  message(FATAL_ERROR "core/header_compile_cost.cmake: INCLUDE_DIR not set")
endif()
file(GLOB_RECURSE headers "${INCLUDE_DIR}/rtcerr/*.hpp")
if(NOT headers)
  message(FATAL_ERROR "no headers found in ${INCLUDE_DIR}/rtcerr")
endif()
# A lint, not a proof: a two-argument string_view hidden in `return {p, n};`
# or `std::string_view s(p, n);` is not recognised. string_view.hpp, which
# holds the one sanctioned construction, is not checked.
set(costly "std::span|#include <span>|\\.substr\\(|std::string_view *[({][^(){};]*,|string_view +[A-Za-z_]+ *{[^{};]*,")
set(found "")
foreach(header IN LISTS headers)
  if(header MATCHES "/core/internal/string_view\\.hpp$")
    continue()
  endif()
  file(READ "${header}" text)
  # One list element per line: the file's own semicolons, backslashes and
  # square brackets would split or join CMake list elements, so they are
  # masked first.
  string(REPLACE "\\" "<backslash>" text "${text}")
  string(REPLACE ";" "<semicolon>" text "${text}")
  string(REPLACE "[" "<lbracket>" text "${text}")
  string(REPLACE "]" "<rbracket>" text "${text}")
  string(REPLACE "\n" ";" lines "${text}")
  foreach(line IN LISTS lines)
    string(REGEX REPLACE "//.*$" "" code "${line}")
    if(code MATCHES "${costly}")
      file(RELATIVE_PATH name "${INCLUDE_DIR}" "${header}")
      foreach(mask IN ITEMS "<backslash>|\\" "<lbracket>|[" "<rbracket>|]")
        string(REPLACE "|" ";" pair "${mask}")
        list(GET pair 0 masked)
        list(GET pair 1 original)
        string(REPLACE "${masked}" "${original}" line "${line}")
      endforeach()
      string(REPLACE "<semicolon>" ";" line "${line}")
      string(APPEND found "  ${name}: ${line}\n")
    endif()
  endforeach()
endforeach()
if(found)
  message(FATAL_ERROR "a public header checks the standard iterator concepts in every unit "
                      "(use rtcerr::table_view, detail::view_of or detail::substring):\n${found}")
endif()
list(LENGTH headers count)
message(STATUS "${count} public headers avoid std::span, substr and two-argument string_views")
