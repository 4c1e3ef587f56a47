# Fails, naming each file, when a C or C++ file that git tracks (or that is
# new and not ignored) differs from what the repository's .clang-format makes
# of it. The generated bindings are left out: the generators write them.
foreach(var CLANG_FORMAT GIT SOURCE_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "clang_format.cmake: ${var} not set")
  endif()
endforeach()
execute_process(
  COMMAND ${GIT} ls-files --cached --others --exclude-standard -- "*.c" "*.h" "*.cpp" "*.hpp"
  WORKING_DIRECTORY ${SOURCE_DIR}
  OUTPUT_VARIABLE listed RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "git ls-files failed in ${SOURCE_DIR}")
endif()
string(REPLACE "\n" ";" files "${listed}")
set(checked 0)
set(unformatted "")
foreach(file IN LISTS files)
  if(file STREQUAL "" OR file MATCHES "^bindings/" OR NOT EXISTS ${SOURCE_DIR}/${file})
    continue()
  endif()
  execute_process(COMMAND ${CLANG_FORMAT} --dry-run -Werror ${file}
    WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
  math(EXPR checked "${checked} + 1")
  if(NOT rc EQUAL 0)
    string(APPEND unformatted "  ${file}\n")
  endif()
endforeach()
if(checked EQUAL 0)
  message(FATAL_ERROR "no C or C++ file found under ${SOURCE_DIR}")
endif()
if(unformatted)
  message(FATAL_ERROR
    "not formatted with .clang-format (run `clang-format -i` on them):\n${unformatted}")
endif()
message(STATUS "${checked} files formatted with .clang-format")
