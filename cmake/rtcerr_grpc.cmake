# rtcerr::grpc - errors as grpc::Status with google.rpc error details
# (include/rtcerr/grpc.hpp, src/services/grpc.cpp). Built when grpc++ and protobuf
# (pkg-config) and protoc are found; Debian: libgrpc++-dev, libprotobuf-dev,
# protobuf-compiler, protobuf-compiler-grpc.
#
# Debian ships no compiled google/rpc protos, so the C++ for google.rpc.Status
# and the error details is generated here from proto/google/rpc/*.proto.

option(RTCERR_BUILD_GRPC "Build rtcerr::grpc when grpc++ and protoc are present" ON)
set(RTCERR_HAVE_GRPC OFF)
if(RTCERR_BUILD_GRPC)
  find_package(PkgConfig)
  if(PkgConfig_FOUND)
    pkg_check_modules(rtcerr_grpcpp IMPORTED_TARGET grpc++ protobuf)
  endif()
  find_program(RTCERR_PROTOC protoc)
  find_program(RTCERR_GRPC_CPP_PLUGIN grpc_cpp_plugin)
  if(rtcerr_grpcpp_FOUND AND RTCERR_PROTOC)
    set(RTCERR_HAVE_GRPC ON)
  else()
    message(STATUS "grpc++/protobuf/protoc not found: rtcerr::grpc is not built")
  endif()
endif()

if(RTCERR_HAVE_GRPC)
  pkg_get_variable(rtcerr_protobuf_includedir protobuf includedir)

  # rtcerr_protoc(OUT_VAR ROOT OUT_DIR [GRPC] FILES...): generates C++ from
  # ROOT/FILE for each FILE (paths relative to ROOT) into OUT_DIR, and sets
  # OUT_VAR to the generated sources. GRPC also generates the service stubs.
  function(rtcerr_protoc out_var root out_dir)
    cmake_parse_arguments(PARSE_ARGV 3 arg "GRPC" "" "")
    set(sources "")
    file(MAKE_DIRECTORY ${out_dir})
    foreach(proto IN LISTS arg_UNPARSED_ARGUMENTS)
      string(REGEX REPLACE "\\.proto$" "" stem ${proto})
      set(outputs ${out_dir}/${stem}.pb.cc ${out_dir}/${stem}.pb.h)
      set(plugin "")
      if(arg_GRPC)
        list(APPEND outputs ${out_dir}/${stem}.grpc.pb.cc ${out_dir}/${stem}.grpc.pb.h)
        set(plugin --grpc_out=${out_dir} --plugin=protoc-gen-grpc=${RTCERR_GRPC_CPP_PLUGIN})
      endif()
      add_custom_command(OUTPUT ${outputs}
        COMMAND ${RTCERR_PROTOC} -I${root} -I${rtcerr_protobuf_includedir}
                --cpp_out=${out_dir} ${plugin} ${root}/${proto}
        DEPENDS ${root}/${proto}
        COMMENT "protoc ${proto}" VERBATIM)
      list(APPEND sources ${outputs})
    endforeach()
    set(${out_var} ${sources} PARENT_SCOPE)
  endfunction()

  rtcerr_protoc(rtcerr_rpc_sources ${PROJECT_SOURCE_DIR}/proto ${PROJECT_BINARY_DIR}/proto
                google/rpc/status.proto google/rpc/error_details.proto)
  # Generated code is compiled without rtcerr's warning flags.
  add_library(rtcerr_grpc STATIC src/services/grpc.cpp ${rtcerr_rpc_sources})
  add_library(rtcerr::grpc ALIAS rtcerr_grpc)
  set_source_files_properties(src/services/grpc.cpp PROPERTIES COMPILE_OPTIONS "-Wall;-Wextra;-Wpedantic;-Werror")
  target_include_directories(rtcerr_grpc SYSTEM PUBLIC $<BUILD_INTERFACE:${PROJECT_BINARY_DIR}/proto>)
  target_link_libraries(rtcerr_grpc PUBLIC rtcerr::rtcerr PkgConfig::rtcerr_grpcpp)
  set_target_properties(rtcerr_grpc PROPERTIES POSITION_INDEPENDENT_CODE ON EXPORT_NAME grpc)

  # Installed as the optional component `grpc` of the package:
  # find_package(rtcerr CONFIG REQUIRED COMPONENTS grpc) gives rtcerr::grpc
  # (see cmake/rtcerrConfig.cmake.in). An export set of its own, so that a
  # consumer of rtcerr::rtcerr alone needs no grpc++ installed.
  install(TARGETS rtcerr_grpc EXPORT rtcerrGrpcTargets)
  install(EXPORT rtcerrGrpcTargets NAMESPACE rtcerr::
          DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/rtcerr)
endif()
