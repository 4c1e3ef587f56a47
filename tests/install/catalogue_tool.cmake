# The tool of an application's registry, from the installed package
# (tests/install/catalogue_tool_run.cmake).
find_package(Python3 COMPONENTS Interpreter)
if(RTCERR_TEST_PACKAGING AND TARGET rtcerr_catalogue_tool AND Python3_Interpreter_FOUND)
  add_test(NAME packaging.catalogue_tool_consumer
    COMMAND ${CMAKE_COMMAND}
      -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
      -DBUILD_DIR=${PROJECT_BINARY_DIR}
      -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/packaging/catalogue_tool
      -DGENERATOR=${CMAKE_GENERATOR}
      -DCOMPILER=${CMAKE_CXX_COMPILER}
      -DPYTHON=${Python3_EXECUTABLE}
      "-DCXX_FLAGS=${CMAKE_CXX_FLAGS}"
      "-DLINKER_FLAGS=${CMAKE_EXE_LINKER_FLAGS}"
      -DTOOLCHAINS=$<BOOL:${RTCERR_TEST_BINDINGS_TOOLCHAINS}>
      -P ${CMAKE_CURRENT_SOURCE_DIR}/install/catalogue_tool_run.cmake)
  set_tests_properties(packaging.catalogue_tool_consumer PROPERTIES TIMEOUT 900
                       RESOURCE_LOCK rtcerr_install_tree)
endif()
