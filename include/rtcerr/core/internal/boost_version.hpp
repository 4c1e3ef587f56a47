// rtcerr/core/internal/boost_version.hpp - the oldest Boost rtcerr works with.
//
// Boost 1.76 brought Outcome 2.2, and rtcerr needs three things it added:
// the no-value policy's construction hooks (without them a result made from
// the success code holds it, and `rtcerr::result<int>` is 12 bytes instead
// of 8), the spare storage bits that carry a failure's trace, and
// `BOOST_OUTCOME_TRY(decl, expr)`. With an older Boost (Debian 12's
// libboost1.74-dev is Outcome 2.1) some of rtcerr would compile and
// misbehave, so every rtcerr header that includes Outcome or Hana includes
// this first, and compilation stops here.
//
// The number is written once, here: CMakeLists.txt reads it for
// find_package(Boost), the installed CMake package, the pkg-config file and
// the Debian package's dependency; tests/boost_version.cmake checks that the
// README and docs/platforms.md state the same and that Boost 1.74's headers
// meet the #error below.
#pragma once

#include <boost/version.hpp>

#define RTCERR_BOOST_MIN_VERSION 107600  // 1.76, as BOOST_VERSION spells it

#if BOOST_VERSION < RTCERR_BOOST_MIN_VERSION
#error \
    "rtcerr needs Boost 1.76 or newer (Outcome 2.2: its policy hooks, spare storage and BOOST_OUTCOME_TRY(decl, expr)); this Boost is older: see BOOST_LIB_VERSION in <boost/version.hpp>"
#endif
