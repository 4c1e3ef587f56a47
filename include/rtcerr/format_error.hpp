// rtcerr/format_error.hpp - {fmt} (and spdlog) formatting of the platform's errors, alone.
//
//   #include <rtcerr/format_error.hpp>
//
//   rtcerr::error e = rtcerr::recording::errc::stream_data_timeout;
//   fmt::print("{}\n", e);     // recording.stream_data_timeout (605030046): 流数据超时
//   fmt::print("{:c}\n", rtcerr::gateway::errc::system_busy);
//
// Formattable: `rtcerr::error`, every domain's `errc` enumerators,
// `rtcerr::condition`, `rtcerr::retry`, `rtcerr::lang` and `rtcerr::domain_id`,
// with the specs of rtcerr/core/basic_format.hpp (docs/formatting.md). The
// lighter half of rtcerr/format.hpp, which includes it and adds results,
// exceptions and std::error_code: a unit that only formats errors parses
// none of those (docs/performance.md, "Compile time").
#pragma once

#include "rtcerr/core/basic_format_error.hpp"
#include "rtcerr/core/internal/export.hpp"
#include "rtcerr/registry.hpp"

namespace rtcerr {

// The catalogue's writer is compiled once, in src/catalogue/format.cpp: a translation
// unit that formats errors then emits a call, not the writer.
template <>
struct compiled_error_writer<registry> {
  RTCERR_API static fmt::appender write(fmt::appender out, error e, format_spec spec);
};

// Every catalogue domain's `errc` formats as the `rtcerr::error` it converts
// to, through the writer compiled once. Full specialisations, one per errc,
// so that they never clash with a program's own (rtcerr/core/basic_format.hpp).
#define RTCERR_DETAIL_CATALOGUE_ERROR_TYPE(name) \
  template <>                                    \
  struct error_type_for<name::errc> {            \
    using type = error;                          \
  };
RTCERR_CATALOGUE_DOMAINS(RTCERR_DETAIL_CATALOGUE_ERROR_TYPE)
#undef RTCERR_DETAIL_CATALOGUE_ERROR_TYPE

}  // namespace rtcerr

// fmt::format("{}", rtcerr::domain_id::recording) == "recording".
template <>
struct fmt::formatter<rtcerr::domain_id, char> : rtcerr::detail::enum_name_formatter {};
