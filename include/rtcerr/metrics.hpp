// rtcerr/metrics.hpp - the catalogue's failure counters as Prometheus /
// OpenMetrics text (rtcerr/core/metrics.hpp has the formats and the labels;
// docs/observability.md how to scrape them).
//
//   res.set_content(rtcerr::metrics_text(), rtcerr::openmetrics_content_type);
#pragma once

#include <string>

#include "rtcerr/core/metrics.hpp"
#include "rtcerr/registry.hpp"

namespace rtcerr {

// The exposition of the catalogue's counters (rtcerr::registry). A program
// with a registry of its own writes that one instead, with the catalogue's
// snapshot added (failure_counts::add), so that every failure is in it once.
inline namespace RTCERR_COUNTER_ABI_NAMESPACE {
inline std::string metrics_text(metrics_format format = metrics_format::openmetrics) {
  return metrics_text<registry>(format);
}
}  // namespace RTCERR_COUNTER_ABI_NAMESPACE

}  // namespace rtcerr
