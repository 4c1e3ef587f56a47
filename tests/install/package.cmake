# Packaging for users without CMake, and the Debian package.
#
#   cmake -DMODE=pkg_config|deb -DBUILD_DIR=<rtcerr build> -DWORK_DIR=<scratch>
#         -DCOMPILER=c++ [-DCXX_FLAGS=...] [-DLINKER_FLAGS=...] [-DEXPECT_CLI=ON]
#         [-DEXPECT_GRPC=ON]
#         -P package.cmake
#
# pkg_config: `cmake --install` into WORK_DIR/prefix; the catalogue's data is
#   in share/rtcerr/, `rtcerr check-lock` finds the lock with no argument, and
#   tests/install/consumer.cpp builds with `pkg-config --cflags --libs rtcerr`
#   as its only rtcerr flags, and runs.
# deb: `cpack -G DEB` writes the package; its file list and control fields
#   are checked; it is unpacked with `dpkg-deb -x` into WORK_DIR/root (never
#   installed on the machine), and the unpacked tree is used the same way.
include(${CMAKE_CURRENT_LIST_DIR}/script_common.cmake)
require_variables(package.cmake MODE BUILD_DIR WORK_DIR COMPILER)

# Checks an installed tree at `root` (its prefix, e.g. root/usr).
function(check_tree prefix)
  require_installed("${prefix}" include/rtcerr/rtcerr.hpp share/rtcerr/catalogue.lock
                    share/rtcerr/error-codes.md share/doc/rtcerr/LICENSE)
  file(GLOB_RECURSE pc "${prefix}/*/pkgconfig/rtcerr.pc")
  if(NOT pc)
    message(FATAL_ERROR "not in the installed tree: rtcerr.pc")
  endif()
  get_filename_component(pc_dir "${pc}" DIRECTORY)

  if(EXPECT_CLI)
    # No argument: the lock installed beside the tool.
    run("installed rtcerr check-lock" "${prefix}/bin/rtcerr" check-lock)
    if(NOT run_output MATCHES "honours all [0-9]+ locked codes")
      message(FATAL_ERROR "rtcerr check-lock printed:\n${run_output}")
    endif()
  endif()

  # A consumer with pkg-config's flags and nothing else of rtcerr's.
  set(ENV{PKG_CONFIG_PATH} "${pc_dir}")
  run("pkg-config" pkg-config --cflags --libs rtcerr)
  string(STRIP "${run_output}" pc_flags)
  separate_arguments(pc_flags UNIX_COMMAND "${pc_flags}")
  # The paths are relative to the .pc file (${pcfiledir}/../..), i.e. inside this tree.
  if(NOT pc_flags MATCHES "-I${pc_dir}/[./]*include" OR NOT pc_flags MATCHES "-lrtcerr")
    message(FATAL_ERROR "pkg-config's flags do not point into ${prefix}: ${pc_flags}")
  endif()
  separate_arguments(cxx_flags UNIX_COMMAND "${CXX_FLAGS}")
  separate_arguments(linker_flags UNIX_COMMAND "${LINKER_FLAGS}")
  run("building the consumer with pkg-config" ${COMPILER} -std=c++20 ${cxx_flags}
      "${CMAKE_CURRENT_LIST_DIR}/consumer.cpp" ${pc_flags} ${linker_flags}
      -o "${WORK_DIR}/consumer")
  # A shared librtcerr is found where pkg-config's -L says, as a user's
  # LD_LIBRARY_PATH (or ldconfig, for a system prefix) would find it.
  foreach(flag IN LISTS pc_flags)
    if(flag MATCHES "^-L(.+)$")
      set(ENV{LD_LIBRARY_PATH} "${CMAKE_MATCH_1}")
    endif()
  endforeach()
  run("running the consumer" "${WORK_DIR}/consumer")
  if(NOT run_output MATCHES "consumer: 605030046 stream_data_timeout")
    message(FATAL_ERROR "the consumer printed:\n${run_output}")
  endif()
endfunction()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

if(MODE STREQUAL "pkg_config")
  run("cmake --install" ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${WORK_DIR}/prefix")
  check_tree("${WORK_DIR}/prefix")
elseif(MODE STREQUAL "deb")
  run("cpack -G DEB" cpack -G DEB --config "${BUILD_DIR}/CPackConfig.cmake" -B "${WORK_DIR}/out")
  file(GLOB deb "${WORK_DIR}/out/rtcerr_*.deb")
  if(NOT deb)
    message(FATAL_ERROR "cpack wrote no rtcerr_*.deb:\n${run_output}")
  endif()
  run("dpkg-deb -f" dpkg-deb -f "${deb}" Package Version Depends Suggests Section)
  set(fields "Package: rtcerr" "Version: [0-9]+\\.[0-9]+\\.[0-9]+" "Depends: .*libfmt-dev"
             "Depends: .*libboost-dev" "Section: libdevel")
  if(EXPECT_GRPC)
    # The grpc component's library is in the package; what it links is named.
    list(APPEND fields "Suggests: .*libgrpc\\+\\+-dev" "Suggests: .*libprotobuf-dev")
  elseif(run_output MATCHES "Suggests:")
    message(FATAL_ERROR "a package without the grpc component suggests:\n${run_output}")
  endif()
  foreach(field IN LISTS fields)
    if(NOT run_output MATCHES "${field}")
      message(FATAL_ERROR "the package's control fields lack '${field}':\n${run_output}")
    endif()
  endforeach()
  run("dpkg-deb -c" dpkg-deb -c "${deb}")
  set(expected ./usr/include/rtcerr/rtcerr.hpp ./usr/include/rtcerr/core/error.hpp
      ./usr/include/rtcerr/core/internal/export.hpp
      ./usr/lib/librtcerr ./usr/lib/cmake/rtcerr/rtcerrConfig.cmake
      ./usr/lib/pkgconfig/rtcerr.pc ./usr/share/rtcerr/catalogue.lock
      ./usr/share/rtcerr/error-codes.md ./usr/share/doc/rtcerr/LICENSE)
  if(EXPECT_CLI)
    list(APPEND expected ./usr/bin/rtcerr)
  endif()
  if(EXPECT_GRPC)
    list(APPEND expected ./usr/lib/librtcerr_grpc.a ./usr/lib/cmake/rtcerr/rtcerrGrpcTargets.cmake)
  endif()
  foreach(file IN LISTS expected)
    string(FIND "${run_output}" " ${file}" at)
    if(at EQUAL -1)
      message(FATAL_ERROR "the package lacks ${file}:\n${run_output}")
    endif()
  endforeach()
  if(run_output MATCHES " \\./usr/local/| \\./home/| \\./work/")
    message(FATAL_ERROR "the package holds files outside /usr:\n${run_output}")
  endif()
  run("dpkg-deb -x" dpkg-deb -x "${deb}" "${WORK_DIR}/root")
  check_tree("${WORK_DIR}/root/usr")
else()
  message(FATAL_ERROR "package.cmake: MODE must be pkg_config or deb")
endif()
message(STATUS "${MODE}: packaged, unpacked, consumed")
file(REMOVE_RECURSE "${WORK_DIR}")
