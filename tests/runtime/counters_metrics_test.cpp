// The counters' exposition (rtcerr/core/metrics.hpp): exact lines, both
// formats, every bucket once, label values escaped, and the sum of an
// application's registry with the catalogue's. promtool checks the
// Prometheus text of a live process in tests/runtime/counters_promtool.cmake.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "domains_app.hpp"
#include "rtcerr/core/metrics.hpp"
#include "rtcerr/rtcerr.hpp"

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

std::uint64_t value_of(const std::string& text, std::string_view series) {
  for (const std::string& line : lines_of(text))
    if (line.starts_with(series) && line.size() > series.size() && line[series.size()] == ' ')
      return std::stoull(line.substr(series.size() + 1));
  FAIL("no series " << series);
  return 0;
}

constexpr std::string_view timeout_failures =
    R"(rtcerr_failures_total{domain="recording",code="605030046",name="stream_data_timeout",condition="timeout"})";
constexpr std::string_view timeout_answers =
    R"(rtcerr_answers_total{domain="recording",code="605030046",name="stream_data_timeout",condition="timeout"})";
constexpr std::string_view recording_unknown =
    R"(rtcerr_failures_total{domain="recording",code="unknown",name="unknown",condition="unknown"})";
constexpr std::string_view outside =
    R"(rtcerr_failures_total{domain="unknown",code="unknown",name="unknown",condition="unknown"})";

}  // namespace

TEST_CASE("OpenMetrics text: families, every bucket, counts, # EOF") {
  const std::string before = rtcerr::metrics_text<rtcerr::registry>();
  [[maybe_unused]] rtcerr::result<int> a = rtcerr::recording::errc::stream_data_timeout;
  [[maybe_unused]] rtcerr::result<int> b = rtcerr::error::from_wire(605030002);
  [[maybe_unused]] rtcerr::result<int> c = rtcerr::error::from_wire(42000);
  rtcerr::count(rtcerr::error{rtcerr::recording::errc::stream_data_timeout});
  const std::string text = rtcerr::metrics_text<rtcerr::registry>();

  CHECK(value_of(text, timeout_failures) - value_of(before, timeout_failures) == 1);
  CHECK(value_of(text, timeout_answers) - value_of(before, timeout_answers) == 1);
  CHECK(value_of(text, recording_unknown) - value_of(before, recording_unknown) == 1);
  CHECK(value_of(text, outside) - value_of(before, outside) == 1);

  const auto lines = lines_of(text);
  REQUIRE(lines.size() == 2 * (2 + 84) + 1);
  CHECK(lines[0] == "# HELP rtcerr_failures Failures made, per error code (rtcerr).");
  CHECK(lines[1] == "# TYPE rtcerr_failures counter");
  CHECK(lines[2].starts_with(R"(rtcerr_failures_total{domain="engine",code="1",name=")"));
  CHECK(lines[86] == "# HELP rtcerr_answers Failures answered, per error code (rtcerr::count).");
  CHECK(lines[87] == "# TYPE rtcerr_answers counter");
  CHECK(lines.back() == "# EOF");
  CHECK(text.ends_with("# EOF\n"));
  for (std::size_t i = 2; i < lines.size() - 1; ++i) {
    if (lines[i].starts_with("#")) continue;
    CHECK((lines[i].starts_with("rtcerr_failures_total{") ||
           lines[i].starts_with("rtcerr_answers_total{")));
  }
  // Each series once.
  std::vector<std::string> series;
  for (const std::string& l : lines)
    if (!l.starts_with("#")) series.push_back(l.substr(0, l.rfind(' ')));
  std::sort(series.begin(), series.end());
  CHECK(std::adjacent_find(series.begin(), series.end()) == series.end());
}

TEST_CASE("Prometheus text 0.0.4: TYPE and HELP name the sample, no # EOF") {
  const auto lines =
      lines_of(rtcerr::metrics_text<rtcerr::registry>(rtcerr::metrics_format::prometheus));
  CHECK(lines[0] == "# HELP rtcerr_failures_total Failures made, per error code (rtcerr).");
  CHECK(lines[1] == "# TYPE rtcerr_failures_total counter");
  CHECK(lines.back().starts_with("rtcerr_answers_total{domain=\"unknown\""));
  CHECK(
      rtcerr::openmetrics_content_type.starts_with("application/openmetrics-text; version=1.0.0"));
  CHECK(rtcerr::prometheus_content_type.starts_with("text/plain; version=0.0.4"));
}

TEST_CASE("label values are escaped") {
  std::string out;
  rtcerr::detail::put_label_value(out, "a\"b\\c\nd");
  CHECK(out == R"(a\"b\\c\nd)");
}

TEST_CASE("an application's snapshot adds the catalogue's: one series per bucket") {
  [[maybe_unused]] rtcerr::result<int> made_in_catalogue =
      rtcerr::recording::errc::stream_data_timeout;
  [[maybe_unused]] acme::result<int> made_in_app = rtcerr::recording::errc::stream_data_timeout;
  [[maybe_unused]] acme::result<int> app_code = acme::media::errc::camera_busy;
  [[maybe_unused]] acme::result<int> app_unknown = acme::error::from_wire(605030002);
  const auto catalogue = rtcerr::failure_snapshot<rtcerr::registry>();
  const auto app = rtcerr::failure_snapshot<acme::registry>();
  auto both = rtcerr::failure_snapshot<acme::registry>();
  both.add(catalogue);
  const acme::error timeout{rtcerr::recording::errc::stream_data_timeout};
  CHECK(both.of(timeout).made == app.of(timeout).made + catalogue.of(rtcerr::error{timeout}).made);
  CHECK(both.of(acme::error::from_wire(605030002)).made ==
        app.of(acme::error::from_wire(605030002)).made +
            catalogue.of(rtcerr::error::from_wire(605030002)).made);
  CHECK(both.of(acme::error::from_wire(42000)).made ==
        app.of(acme::error::from_wire(42000)).made +
            catalogue.of(rtcerr::error::from_wire(42000)).made);
  CHECK(both.of(acme::media::errc::camera_busy).made ==
        app.of(acme::media::errc::camera_busy).made);
  CHECK(both.total_made() == app.total_made() + catalogue.total_made());
  std::string text;
  rtcerr::write_metrics(text, both);
  CHECK(
      text.find(
          R"(rtcerr_failures_total{domain="media",code="700001",name="camera_busy",condition="busy"})") !=
      std::string::npos);
}
