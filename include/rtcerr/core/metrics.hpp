// rtcerr/core/metrics.hpp - the failure counters (rtcerr/core/counters.hpp)
// in the text formats Prometheus and OpenMetrics scrapers read.
//
//   std::string body = rtcerr::metrics_text<app_registry>();
//   // # TYPE rtcerr_failures counter
//   // # HELP rtcerr_failures Failures made, per error code (rtcerr).
//   // rtcerr_failures_total{domain="media",code="700001",name="camera_busy",condition="busy"} 3
//   // ...
//   // # TYPE rtcerr_answers counter
//   // ...
//   // # EOF
//
// Two counter families, with the same labels:
//   rtcerr_failures  failures made: results made from an error, fail(), failure()
//   rtcerr_answers   what count(e) was given: failures a service answered
// Labels: `domain` (the domain's name, "unknown" outside every domain),
// `code` (decimal; "unknown" for the bucket of a domain's unknown values and
// for the one outside every domain), `name` (the code's snake_case name, or
// "unknown"), `condition` (its generic condition). Every bucket of the
// registry is written, zeros included, so a series exists from the start
// (rate() needs that) and the series are exactly the registry's buckets:
// code_count + domain_count + 1 per family, whatever values arrive.
//
// Formats:
//   metrics_format::openmetrics  OpenMetrics 1.0 text: the TYPE and HELP
//     lines name the family (`rtcerr_failures`), samples carry `_total`,
//     the text ends with `# EOF`. Content type: openmetrics_content_type.
//   metrics_format::prometheus   Prometheus text format 0.0.4, which
//     `promtool check metrics` checks: TYPE and HELP name the sample
//     (`rtcerr_failures_total`), no `# EOF`. Content type:
//     prometheus_content_type.
// A server picks by the scraper's Accept header (examples/gateway_server.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "rtcerr/core/condition.hpp"
#include "rtcerr/core/counters.hpp"

namespace rtcerr {

enum class metrics_format : std::uint8_t { openmetrics, prometheus };

inline constexpr std::string_view openmetrics_content_type =
    "application/openmetrics-text; version=1.0.0; charset=utf-8";
inline constexpr std::string_view prometheus_content_type =
    "text/plain; version=0.0.4; charset=utf-8";

namespace detail {
// Declared here for the API below; defined after it ("Implementation details
// follow").
template <class Registry>
void write_family(std::string& out, const failure_counts<Registry>& counts, metrics_format format,
                  std::string_view family, std::string_view help, bool answers);
}  // namespace detail

// Appends the exposition of `counts` to `out` (see the top of this file).
template <class Registry>
void write_metrics(std::string& out, const failure_counts<Registry>& counts,
                   metrics_format format = metrics_format::openmetrics) {
  detail::write_family(out, counts, format, "rtcerr_failures",
                       "Failures made, per error code (rtcerr).", false);
  detail::write_family(out, counts, format, "rtcerr_answers",
                       "Failures answered, per error code (rtcerr::count).", true);
  if (format == metrics_format::openmetrics) out += "# EOF\n";
}

// The exposition of `Registry`'s counters now. (In the counters' inline
// namespace: what it reads depends on the setting.)
inline namespace RTCERR_COUNTER_ABI_NAMESPACE {
template <class Registry>
std::string metrics_text(metrics_format format = metrics_format::openmetrics) {
  std::string out;
  write_metrics(out, failure_snapshot<Registry>(), format);
  return out;
}
}  // namespace RTCERR_COUNTER_ABI_NAMESPACE

// --- Implementation details follow. -----------------------------------------

namespace detail {

// A label value: backslash, double quote and line feed escaped, as both
// formats require.
inline void put_label_value(std::string& out, std::string_view v) {
  for (const char c : v) {
    if (c == '\\')
      out += "\\\\";
    else if (c == '"')
      out += "\\\"";
    else if (c == '\n')
      out += "\\n";
    else
      out += c;
  }
}

template <class Registry>
void write_family(std::string& out, const failure_counts<Registry>& counts, metrics_format format,
                  std::string_view family, std::string_view help, bool answers) {
  const bool om = format == metrics_format::openmetrics;
  const std::string_view suffix = om ? std::string_view() : std::string_view("_total");
  out += "# HELP ";
  out += family;
  out += suffix;
  out += ' ';
  out += help;
  out += "\n# TYPE ";
  out += family;
  out += suffix;
  out += " counter\n";
  for (const failure_count& c : counts) {
    out += family;
    out += "_total{domain=\"";
    put_label_value(out, c.domain);
    out += "\",code=\"";
    if (c.known)
      out += std::to_string(c.code);
    else
      out += "unknown";
    out += "\",name=\"";
    put_label_value(out, c.name);
    out += "\",condition=\"";
    put_label_value(out, to_string(c.condition));
    out += "\"} ";
    out += std::to_string(answers ? c.answered : c.made);
    out += '\n';
  }
}

}  // namespace detail

}  // namespace rtcerr
