# The documentation: every C++ block of README.md and docs/*.md compiles
# with this build's compiler and -Werror (scripts/doc-blocks; new pages are
# found when the test runs). The script's own behaviour is checked on samples.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  set(doc_blocks ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/scripts/doc-blocks
      --compiler ${CMAKE_CXX_COMPILER} --include ${PROJECT_SOURCE_DIR}/include)
  add_test(NAME docs.cpp_blocks_compile
    COMMAND ${doc_blocks} ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/docs)
  set_tests_properties(docs.cpp_blocks_compile PROPERTIES TIMEOUT 900)
  set(samples ${CMAKE_CURRENT_SOURCE_DIR}/data/doc-blocks)
  add_test(NAME docs.doc_blocks_accepts_good_blocks COMMAND ${doc_blocks} ${samples}/good.md)
  set_tests_properties(docs.doc_blocks_accepts_good_blocks PROPERTIES
    PASS_REGULAR_EXPRESSION "3 C\\+\\+ blocks in 1 files \\(1 declarations \\(must fail\\), 1 fragment, 1 unit\\): 0 problem")
  foreach(case "fails_but_compiles@marked 'fails' but compiles"
               "does_not_compile@does_not_compile.md:4: this C\\+\\+ block does not compile"
               "unused_variable@unused variable [^ ]*port"
               "bad_marker@unknown doc-test marker 'frgament'")
    string(REPLACE "@" ";" case "${case}")
    list(GET case 0 name)
    list(GET case 1 expected)
    add_test(NAME docs.doc_blocks_refuses_${name} COMMAND ${doc_blocks} ${samples}/${name}.md)
    set_tests_properties(docs.doc_blocks_refuses_${name} PROPERTIES
      PASS_REGULAR_EXPRESSION "${expected}")
  endforeach()
else()
  message(WARNING "python3 not found: the documentation's C++ blocks are not compiled")
endif()
