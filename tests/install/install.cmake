# Packaging: a project using the installed package, one using the source
# tree with add_subdirectory, pkg-config and the Debian package. Each
# configures and builds a small project, so they are the slowest tests here;
# RTCERR_TEST_PACKAGING=OFF skips them.
option(RTCERR_TEST_PACKAGING "Test cmake --install, find_package and add_subdirectory" ON)
if(RTCERR_TEST_PACKAGING)
  foreach(mode find_package subdirectory)
    add_test(NAME packaging.${mode}_consumer
      COMMAND ${CMAKE_COMMAND}
        -DMODE=${mode}
        -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
        -DBUILD_DIR=${PROJECT_BINARY_DIR}
        -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/packaging/${mode}
        -DGENERATOR=${CMAKE_GENERATOR}
        -DCOMPILER=${CMAKE_CXX_COMPILER}
        "-DCXX_FLAGS=${CMAKE_CXX_FLAGS}"
        "-DLINKER_FLAGS=${CMAKE_EXE_LINKER_FLAGS}"
        -DEXPECT_CLI=$<TARGET_EXISTS:rtcerr_cli>
        -DEXPECT_GRPC=$<TARGET_EXISTS:rtcerr_grpc>
        -DSHARED=$<STREQUAL:$<TARGET_PROPERTY:rtcerr,TYPE>,SHARED_LIBRARY>
        -P ${CMAKE_CURRENT_SOURCE_DIR}/install/run.cmake)
    set_tests_properties(packaging.${mode}_consumer PROPERTIES TIMEOUT 600)
  endforeach()
endif()

if(RTCERR_TEST_PACKAGING)
  foreach(mode pkg_config deb)
    add_test(NAME packaging.${mode}
      COMMAND ${CMAKE_COMMAND} -DMODE=${mode} -DBUILD_DIR=${PROJECT_BINARY_DIR}
        -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/packaging/${mode}
        -DCOMPILER=${CMAKE_CXX_COMPILER}
        "-DCXX_FLAGS=${CMAKE_CXX_FLAGS}" "-DLINKER_FLAGS=${CMAKE_EXE_LINKER_FLAGS}"
        -DEXPECT_CLI=$<TARGET_EXISTS:rtcerr_cli> -DEXPECT_GRPC=$<TARGET_EXISTS:rtcerr_grpc>
        -P ${CMAKE_CURRENT_SOURCE_DIR}/install/package.cmake)
    set_tests_properties(packaging.${mode} PROPERTIES TIMEOUT 600)
  endforeach()
  # cpack and cmake --install read the same build tree: one at a time.
  set_tests_properties(packaging.pkg_config packaging.deb packaging.find_package_consumer
                       PROPERTIES RESOURCE_LOCK rtcerr_install_tree)
endif()
