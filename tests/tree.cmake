# Checks over the whole tree: formatting, include cycles, layers and API-first order.

# Every C and C++ file the project writes is formatted with the repository's
# .clang-format (the generated bindings under bindings/ are the generators'
# output, compared byte for byte by their own drift test). The formatter is
# clang-format 16, the version of the clang++ the project builds with, which
# keeps requires-clauses on lines of their own (Debian's default clang-format,
# 14, folds them into the declaration); scripts/install-deps installs it. A
# tree without it gets a test that fails and says so, rather than no check.
find_program(RTCERR_CLANG_FORMAT_16 NAMES clang-format-16)
find_package(Git QUIET)
if(GIT_FOUND AND EXISTS ${PROJECT_SOURCE_DIR}/.git)
  if(RTCERR_CLANG_FORMAT_16)
    add_test(NAME format.clang_format
      COMMAND ${CMAKE_COMMAND} -DCLANG_FORMAT=${RTCERR_CLANG_FORMAT_16} -DGIT=${GIT_EXECUTABLE}
              -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
              -P ${CMAKE_CURRENT_SOURCE_DIR}/clang_format.cmake)
  else()
    add_test(NAME format.clang_format
      COMMAND ${CMAKE_COMMAND} -E echo
              "clang-format-16 not found: run scripts/install-deps (package clang-format-16)")
    set_tests_properties(format.clang_format PROPERTIES WILL_FAIL TRUE)
  endif()
endif()

# No include cycle among the headers under include/rtcerr (a cycle makes a
# header's meaning depend on which of the two a unit includes first), and
# the checker finds one in a fixture of two headers including each other.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME tree.no_include_cycle
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/include_cycles.py
            ${PROJECT_SOURCE_DIR}/include)
  add_test(NAME tree.include_cycle_found
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/include_cycles.py
            ${CMAKE_CURRENT_SOURCE_DIR}/data/include-cycle)
  set_tests_properties(tree.include_cycle_found PROPERTIES
    WILL_FAIL ON)
  add_test(NAME tree.include_cycle_named
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/include_cycles.py
            ${CMAKE_CURRENT_SOURCE_DIR}/data/include-cycle)
  set_tests_properties(tree.include_cycle_named PROPERTIES PASS_REGULAR_EXPRESSION
    "include cycle: rtcerr/core/a\\.hpp -> rtcerr/core/b\\.hpp -> rtcerr/core/a\\.hpp")

  # The layers of docs/architecture.md, for includes: the framework
  # (include/rtcerr/core/) includes only itself, and the examples include no
  # internal header; the checker finds both in a fixture that breaks them.
  add_test(NAME tree.include_layers
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/include_layers.py
            ${PROJECT_SOURCE_DIR})
  add_test(NAME tree.include_layers_broken
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/include_layers.py
            ${CMAKE_CURRENT_SOURCE_DIR}/data/layers)
  set_tests_properties(tree.include_layers_broken PROPERTIES PASS_REGULAR_EXPRESSION
    "include/rtcerr/core/a\\.hpp: the framework includes rtcerr/registry\\.hpp.*examples/example\\.cpp: an example includes rtcerr/core/internal/config\\.hpp")

  # API first (docs/architecture.md, "The layers"): every public framework
  # header gives its API, then the line "// --- Implementation details
  # follow.", then its detail:: helpers; before the line, a detail namespace
  # holds forward declarations only. The checker finds both mistakes in a
  # fixture and leaves its well-ordered and internal headers alone.
  add_test(NAME tree.api_first
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/api_first.py
            ${PROJECT_SOURCE_DIR}/include)
  add_test(NAME tree.api_first_broken
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/api_first.py
            ${CMAKE_CURRENT_SOURCE_DIR}/data/api-first)
  set_tests_properties(tree.api_first_broken PROPERTIES WILL_FAIL ON)
  add_test(NAME tree.api_first_named
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/api_first.py
            ${CMAKE_CURRENT_SOURCE_DIR}/data/api-first)
  set_tests_properties(tree.api_first_named PROPERTIES
    PASS_REGULAR_EXPRESSION
    "rtcerr/core/detail_first\\.hpp:7: a detail namespace before.*rtcerr/core/no_marker\\.hpp: opens a detail namespace \\(line 8\\) but has no"
    FAIL_REGULAR_EXPRESSION "forward_declared\\.hpp|skipped\\.hpp")
endif()
