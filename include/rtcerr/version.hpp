// rtcerr/version.hpp - the project's version, in the one place it is written.
//
// CMakeLists.txt reads these three numbers for `project(rtcerr VERSION ...)`,
// so the CMake package, the pkg-config file, the shared library's SONAME,
// the C API's rtcerr_version() and `rtcerr --version` all agree with them.
//
//   #if RTCERR_VERSION >= 000100  // 0.1.0 or newer
//
// RTCERR_VERSION is MAJOR * 10000 + MINOR * 100 + PATCH.
#pragma once

#define RTCERR_VERSION_MAJOR 0
#define RTCERR_VERSION_MINOR 1
#define RTCERR_VERSION_PATCH 0

#define RTCERR_VERSION \
  (RTCERR_VERSION_MAJOR * 10000 + RTCERR_VERSION_MINOR * 100 + RTCERR_VERSION_PATCH)

#define RTCERR_DETAIL_STRINGIFY2(x) #x
#define RTCERR_DETAIL_STRINGIFY(x) RTCERR_DETAIL_STRINGIFY2(x)
// "0.1.0"
#define RTCERR_VERSION_STRING                                                    \
  RTCERR_DETAIL_STRINGIFY(RTCERR_VERSION_MAJOR)                                  \
  "." RTCERR_DETAIL_STRINGIFY(RTCERR_VERSION_MINOR) "." RTCERR_DETAIL_STRINGIFY( \
      RTCERR_VERSION_PATCH)
