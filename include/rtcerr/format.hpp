// rtcerr/format.hpp - {fmt} (and spdlog) formatting of the platform's errors.
//
//   #include <rtcerr/format.hpp>
//
//   rtcerr::error e = rtcerr::recording::errc::stream_data_timeout;
//   fmt::print("{}\n", e);     // recording.stream_data_timeout (605030046): 流数据超时
//   fmt::print("{:en}\n", e);  // recording.stream_data_timeout (605030046): Stream data timed out
//   fmt::print("{:c}\n", e);   // 605030046
//   spdlog::error("upload failed: {}", rtcerr::gateway::errc::system_busy);
//
// Formattable: `rtcerr::error`, every domain's `errc` enumerators. The specs
// (c, n, q, d, m, h, j, and zh/en) are listed in rtcerr/core/format.hpp and
// docs/formatting.md; an unknown spec in a literal format string does not
// compile.
#pragma once

#include "rtcerr/core/format.hpp"
#include "rtcerr/registry.hpp"

namespace rtcerr {

// Every catalogue domain's `errc` formats as the `rtcerr::error` it converts to.
template <class Errc>
requires registry::has_errc<Errc>
struct error_type_for<Errc> {
  using type = error;
};

}  // namespace rtcerr
