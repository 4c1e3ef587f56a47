// examples/gateway_server.cpp's /metrics after a scripted sequence of real
// requests: every count, failures made and answers, exactly; every other
// series 0 (a fresh process); both formats; promtool accepts the Prometheus
// text when it is installed.
//
// The script, and what each request makes and answers:
//   no token                     gateway.authentication_failed   made 1, answered 1
//   token "expired"              gateway.access_token_expired    made 1, answered 1
//   room busy1, then busy2       recording.server_tasks_overloaded  made 2, answered 2
//   room new1 (605030099)        recording, unknown code         made 1, answered 1
//   DELETE a channel             recording.input_channel_not_found  answered 1 (no result made)
//   PUT a layout without canvas  recording.output_layout_missing    answered 1
//   room ok, POST with parameter successes: nothing
#include <doctest/doctest.h>

#include <httplib.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <sstream>
#include <string>

#include "gateway_server_process.hpp"

namespace {

// Every sample line: series (name and labels) -> value.
std::map<std::string, std::uint64_t> samples_of(const std::string& text) {
  std::map<std::string, std::uint64_t> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const auto space = line.rfind(' ');
    REQUIRE(space != std::string::npos);
    REQUIRE(out.emplace(line.substr(0, space), std::stoull(line.substr(space + 1))).second);
  }
  return out;
}

std::string series(const char* family, const char* domain, const char* code, const char* name,
                   const char* condition) {
  return std::string(family) + "_total{domain=\"" + domain + "\",code=\"" + code + "\",name=\"" +
         name + "\",condition=\"" + condition + "\"}";
}

}  // namespace

TEST_CASE("the gateway's /metrics counts a scripted sequence of requests exactly") {
  gateway_server_process server;
  httplib::Client client("127.0.0.1", server.port());
  const httplib::Headers token{{"Authorization", "Bearer good"}};
  const httplib::Headers expired{{"Authorization", "Bearer expired"}};

  CHECK(client.Post("/v1/rooms/r1/recording")->status == 401);
  CHECK(client.Post("/v1/rooms/r1/recording", expired, "", "text/plain")->status == 401);
  CHECK(client.Post("/v1/rooms/busy1/recording", token, "", "text/plain")->status == 503);
  CHECK(client.Post("/v1/rooms/busy2/recording", token, "", "text/plain")->status == 503);
  CHECK(client.Post("/v1/rooms/new1/recording", token, "", "text/plain")->status == 500);
  CHECK(client.Delete("/v1/rooms/r1/channels/c1", token)->status == 404);
  CHECK(client.Put("/v1/rooms/r1/layout", token, "{}", "application/json")->status == 400);
  CHECK(client.Post("/v1/rooms/ok/recording", token, "", "text/plain")->status == 200);
  CHECK(client.Post("/v1/rooms/ok/channels?parameter=1", token, "", "text/plain")->status == 201);

  const auto om = client.Get("/metrics", {{"Accept", "application/openmetrics-text"}});
  REQUIRE(om);
  CHECK(om->status == 200);
  CHECK(om->get_header_value("Content-Type").starts_with("application/openmetrics-text"));
  CHECK(om->body.ends_with("# EOF\n"));

  std::map<std::string, std::uint64_t> expected;
  const auto both = [&](const char* domain, const char* code, const char* name,
                        const char* condition, std::uint64_t made, std::uint64_t answered) {
    expected[series("rtcerr_failures", domain, code, name, condition)] = made;
    expected[series("rtcerr_answers", domain, code, name, condition)] = answered;
  };
  // The gateway's refusals of a token are answered, not made: authenticate()
  // returns the refusal's errc, never a failed result.
  both("gateway", "606000000", "authentication_failed", "authentication_failed", 0, 1);
  both("gateway", "606000001", "access_token_expired", "authentication_failed", 0, 1);
  both("recording", "605030009", "server_tasks_overloaded", "busy", 2, 2);
  both("recording", "unknown", "unknown", "unknown", 1, 1);
  both("recording", "605030022", "input_channel_not_found", "not_found", 0, 1);
  both("recording", "605030025", "output_layout_missing", "invalid_argument", 0, 1);

  const auto samples = samples_of(om->body);
  CHECK(samples.size() == 2 * 84);
  for (const auto& [s, want] : expected) {
    INFO(s);
    REQUIRE(samples.count(s) == 1);
    CHECK(samples.at(s) == want);
  }
  std::uint64_t made = 0, answered = 0;
  for (const auto& [s, value] : samples)
    (s.starts_with("rtcerr_failures") ? made : answered) += value;
  CHECK(made == 3);
  CHECK(answered == 7);

  // Scraping counts nothing; the Prometheus text says the same.
  const auto prom = client.Get("/metrics");
  REQUIRE(prom);
  CHECK(prom->get_header_value("Content-Type").starts_with("text/plain; version=0.0.4"));
  CHECK(samples_of(prom->body) == samples);

  // promtool, when installed, accepts what the gateway serves.
  if (const char* promtool = RTCERR_PROMTOOL; promtool[0] != '\0') {
    const std::string file = "gateway_metrics.prom";
    std::FILE* f = std::fopen(file.c_str(), "w");
    REQUIRE(f != nullptr);
    std::fwrite(prom->body.data(), 1, prom->body.size(), f);
    std::fclose(f);
    const std::string command = std::string(promtool) + " check metrics < " + file;
    CHECK(std::system(command.c_str()) == 0);
  } else {
    MESSAGE("promtool not found: the gateway's exposition is not checked by it");
  }
}
