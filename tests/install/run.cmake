# Packaging test: builds and runs a consumer project the way users will.
#
#   cmake -DMODE=find_package|subdirectory -DSOURCE_DIR=<rtcerr source>
#         -DBUILD_DIR=<rtcerr build, for find_package> -DWORK_DIR=<scratch>
#         -DGENERATOR=Ninja -DCOMPILER=g++-12
#         [-DCXX_FLAGS=...] [-DLINKER_FLAGS=...] [-DEXPECT_CLI=ON] [-DSHARED=ON]
#         [-DEXPECT_GRPC=ON]
#         -P run.cmake
#
# find_package: `cmake --install` the build into WORK_DIR/prefix, check what
# landed there (headers, package files, and the rtcerr CLI when it was built,
# which must run), then configure tests/install/find_package_consumer against
# that prefix alone, build it, run it; with EXPECT_GRPC (the build has
# rtcerr::grpc), the same for find_package_grpc_consumer (COMPONENTS grpc).
# subdirectory: configure tests/install/subdirectory_consumer, which adds the
# source tree with add_subdirectory and refuses rtcerr's tests and tools.
#
# The compiler and flags of the rtcerr build are passed on, so that a
# sanitizer build's library links into a consumer built the same way.
include(${CMAKE_CURRENT_LIST_DIR}/script_common.cmake)
require_variables(run.cmake MODE SOURCE_DIR WORK_DIR GENERATOR COMPILER)

file(REMOVE_RECURSE "${WORK_DIR}")
set(prefix "${WORK_DIR}/prefix")
set(consumer_build "${WORK_DIR}/build")
# The consumers are built without a build type (no optimisation, no debug
# information): what they check does not depend on it, the add_subdirectory
# consumer compiles the whole library about twice as fast so, and an installed
# package must serve a consumer whatever its build type.
set(configure_args -G "${GENERATOR}" "-DCMAKE_CXX_COMPILER=${COMPILER}"
    "-DCMAKE_BUILD_TYPE=" "-DCMAKE_CXX_FLAGS=${CXX_FLAGS}"
    "-DCMAKE_EXE_LINKER_FLAGS=${LINKER_FLAGS}"
    # A shared rtcerr build makes shared consumers' rtcerr too (subdirectory).
    "-DBUILD_SHARED_LIBS=${SHARED}"
    # Find only what this test installed: no user or system package registry.
    -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF -DCMAKE_FIND_USE_SYSTEM_PACKAGE_REGISTRY=OFF)

if(MODE STREQUAL "find_package")
  if(NOT DEFINED BUILD_DIR)
    message(FATAL_ERROR "run.cmake: BUILD_DIR not set")
  endif()
  run("cmake --install" ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${prefix}")

  require_installed("${prefix}" include/rtcerr/rtcerr.hpp include/rtcerr/core/error.hpp
                    include/rtcerr/core/internal/export.hpp include/rtcerr/core/registry.hpp)
  file(GLOB_RECURSE config "${prefix}/*/rtcerrConfig.cmake")
  if(NOT config)
    message(FATAL_ERROR "not installed: rtcerrConfig.cmake")
  endif()

  if(EXPECT_CLI)
    require_installed("${prefix}" bin/rtcerr)
    run("installed rtcerr explain" "${prefix}/bin/rtcerr" explain 606000006)
    if(NOT run_output MATCHES "system_busy")
      message(FATAL_ERROR "installed rtcerr explain printed:\n${run_output}")
    endif()
  endif()

  run("configuring the consumer" ${CMAKE_COMMAND} -S "${CMAKE_CURRENT_LIST_DIR}/find_package_consumer"
      -B "${consumer_build}" ${configure_args} "-DCMAKE_PREFIX_PATH=${prefix}")
  if(NOT run_output MATCHES "rtcerr found in ${prefix}/")
    message(FATAL_ERROR "the consumer did not find rtcerr in ${prefix}:\n${run_output}")
  endif()
elseif(MODE STREQUAL "subdirectory")
  run("configuring the consumer" ${CMAKE_COMMAND}
      -S "${CMAKE_CURRENT_LIST_DIR}/subdirectory_consumer" -B "${consumer_build}"
      ${configure_args} "-DRTCERR_SOURCE_DIR=${SOURCE_DIR}")
else()
  message(FATAL_ERROR "run.cmake: MODE must be find_package or subdirectory")
endif()

run("building the consumer" ${CMAKE_COMMAND} --build "${consumer_build}")
run("running the consumer" "${consumer_build}/consumer")
if(SHARED)
  # Linked against the shared library, by its SONAME (librtcerr.so.MAJOR.MINOR
  # before 1.0), not against a static copy.
  run("readelf" readelf -d "${consumer_build}/consumer")
  if(NOT run_output MATCHES "NEEDED[^\n]*librtcerr\.so\.[0-9]")
    message(FATAL_ERROR "the consumer does not load librtcerr.so by its SONAME:\n${run_output}")
  endif()
  run("running the consumer" "${consumer_build}/consumer")
endif()
if(NOT run_output MATCHES "consumer: 605030046 stream_data_timeout")
  message(FATAL_ERROR "the consumer printed:\n${run_output}")
endif()
message(STATUS "${MODE} consumer built and ran:\n${run_output}")

if(MODE STREQUAL "find_package" AND EXPECT_GRPC)
  file(GLOB_RECURSE grpc_targets "${prefix}/*/rtcerrGrpcTargets.cmake")
  if(NOT grpc_targets)
    message(FATAL_ERROR "not installed: rtcerrGrpcTargets.cmake (rtcerr::grpc)")
  endif()
  set(grpc_build "${WORK_DIR}/grpc-build")
  run("configuring the gRPC consumer" ${CMAKE_COMMAND}
      -S "${CMAKE_CURRENT_LIST_DIR}/find_package_grpc_consumer" -B "${grpc_build}"
      ${configure_args} "-DCMAKE_PREFIX_PATH=${prefix}")
  run("building the gRPC consumer" ${CMAKE_COMMAND} --build "${grpc_build}")
  run("running the gRPC consumer" "${grpc_build}/grpc_consumer")
  # stream_data_timeout's condition is timeout, a server's wait: UNAVAILABLE (14).
  if(NOT run_output MATCHES "grpc_consumer: 14 stream_data_timeout")
    message(FATAL_ERROR "the gRPC consumer printed:\n${run_output}")
  endif()
  message(STATUS "gRPC consumer built and ran:\n${run_output}")
endif()
file(REMOVE_RECURSE "${WORK_DIR}")
