# Packaging beyond the CMake package config (which CMakeLists.txt installs):
#
#   - rtcerr.pc, for builds without CMake: `pkg-config --cflags --libs rtcerr`;
#   - the catalogue's data in <prefix>/share/rtcerr/: catalogue.lock (the
#     released codes, which `rtcerr check-lock` checks by default),
#     error-codes.md (the reference, as `rtcerr docs` prints it) and the JSON
#     Schemas of `rtcerr export` (export.schema.json) and of `rtcerr list
#     --format json` (catalogue.schema.json);
#   - LICENSE and CHANGELOG.md in <prefix>/share/doc/rtcerr/;
#   - a Debian package: `cpack -G DEB` in the build tree writes
#     rtcerr_<version>_<arch>.deb, installed under /usr.
#
# Every installed file finds the others by relative paths (rtcerr.pc through
# ${pcfiledir}, rtcerrConfig.cmake through PACKAGE_PREFIX_DIR, the CLI
# through its own location), so a tree can be moved or unpacked anywhere.
# tests/install/package.cmake checks all of it.

# rtcerr.pc: the prefix relative to the directory the file is installed in.
set(rtcerr_pc_dir ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
file(RELATIVE_PATH RTCERR_PC_PREFIX_FROM_PCDIR /prefix/${rtcerr_pc_dir} /prefix)
configure_file(${CMAKE_CURRENT_LIST_DIR}/rtcerr.pc.in ${PROJECT_BINARY_DIR}/rtcerr.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/rtcerr.pc DESTINATION ${rtcerr_pc_dir})

install(FILES ${PROJECT_SOURCE_DIR}/tests/data/catalogue.lock ${PROJECT_SOURCE_DIR}/docs/error-codes.md
              ${PROJECT_SOURCE_DIR}/docs/export.schema.json ${PROJECT_SOURCE_DIR}/docs/catalogue.schema.json
        DESTINATION ${CMAKE_INSTALL_DATADIR}/rtcerr)
# rtcerr_add_catalogue_tool, which rtcerrConfig.cmake includes with the tool's targets.
if(TARGET rtcerr_catalogue_tool)
  install(FILES ${PROJECT_SOURCE_DIR}/cmake/rtcerr_catalogue_tool.cmake
          DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/rtcerr)
endif()
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/CHANGELOG.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

# The Debian package: one package with the library, headers, CMake and
# pkg-config files, the CLI and the data (a development package, like
# libfmt-dev, whose dependencies it names).
set(CPACK_PACKAGE_NAME rtcerr)
set(CPACK_PACKAGE_VENDOR "rtcerr")
set(CPACK_PACKAGE_CONTACT "rtcerr maintainers <rtcerr@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION libdevel)
# Debian 12's libboost-dev is 1.74, too old: its newer Boost comes as libboost1.81-dev.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libboost-dev (>= ${RTCERR_BOOST_MIN_VERSION}) | libboost1.81-dev, libfmt-dev (>= 9)")
# The optional component `grpc` (librtcerr_grpc.a, cmake/rtcerr_grpc.cmake)
# links grpc++ and protobuf: what a consumer of it needs, suggested rather
# than required, since rtcerr::rtcerr alone needs neither.
if(TARGET rtcerr_grpc)
  set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libgrpc++-dev, libprotobuf-dev")
endif()
set(CPACK_GENERATOR DEB)
include(CPack)
