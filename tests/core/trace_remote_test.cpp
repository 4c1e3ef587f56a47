// Traces across process boundaries (rtcerr/core/trace_remote.hpp), within
// one process: a "worker" fails, its answer's trace member is written for an
// edge, a "gateway" reads it back with remote_failure and adds its hops,
// answers in turn, and a "client" reads the joined trace. The contract:
//   - a trace leaves only through an edge that shares: the default body has
//     no trace member;
//   - the joined trace prints in the documented shape ({:t}) and as JSON;
//   - sensitive values (rtcerr::sensitive, an edge's key list) never reach
//     the wire and print as <redacted>; paths can be cut;
//     (that the reader allocates nothing: trace_remote_alloc_test.cpp)
//   - traceparent is read as W3C Trace Context says;
//   - the reader refuses malformed and oversized traces with a reason, and a read never shows
//   another result's remote part
//     (another thread, a copy, a body parsed twice, a store that wrapped).
#include <doctest/doctest.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <thread>

#include "rtcerr/problem_json.hpp"
#include "rtcerr/rtcerr.hpp"

namespace {

using json = nlohmann::json;
using rtcerr::result;
namespace recording = rtcerr::recording;

constexpr std::string_view trace_id = "4bf92f3577b34da6a3ce929d0e0e4736";
const rtcerr::trace_edge worker_edge{.share = true,
                                     .service = "recording-worker",
                                     .trace_id = trace_id,
                                     .file_names = rtcerr::trace_file_names::last_component};
[[maybe_unused]] const rtcerr::trace_edge gateway_edge{
    .share = true, .service = "gateway", .trace_id = trace_id};

}  // namespace

// Static functions at namespace scope, so that their names print plainly.

// The worker: fails two calls deep, with context (one value sensitive).
#if RTCERR_TRACES
constexpr int read_line = __LINE__ + 1;
static result<int> read_stream() { return rtcerr::fail(recording::errc::stream_data_timeout); }
constexpr int write_line = __LINE__ + 2;
static result<int> write_segment(std::string_view room, std::string_view user) {
  RTCERR_TRY(auto n, read_stream(), "room", room, "user", rtcerr::sensitive(user));
  return n;
}
#endif

// What the worker answers: the body, with a trace only on an edge that shares.
static std::string worker_answer(const rtcerr::trace_edge* edge) {
#if RTCERR_TRACES
  const result<int> r = write_segment("r-1001", "u-secret-42");
#else
  const result<int> r = rtcerr::failure(rtcerr::error(recording::errc::stream_data_timeout));
#endif
  const rtcerr::trace_snapshot t = rtcerr::trace_of(r);
  return rtcerr::problem_json(r.error(), {.trace = &t, .edge = edge});
}

// The gateway: reads the worker's answer and passes it on.
[[maybe_unused]] static result<int> call_worker(const std::string& body) {
  const rtcerr::parsed_problem p = rtcerr::parse_problem_json(body);
  REQUIRE(p);
  return rtcerr::remote_failure(p.details->error, p.details->trace());
}
#if RTCERR_TRACES
constexpr int start_line = __LINE__ + 2;
static result<int> start_recording(const std::string& body) {
  RTCERR_TRY(auto n, call_worker(body));
  return n;
}
#endif

[[maybe_unused]] static std::string file_line(int line) {
  return "trace_remote_test.cpp:" + std::to_string(line);
}

TEST_CASE("remote traces: the default answer carries none") {
  CHECK_FALSE(json::parse(worker_answer(nullptr)).contains("trace"));
  const rtcerr::trace_edge closed{.service = "recording-worker", .trace_id = trace_id};
  CHECK_FALSE(json::parse(worker_answer(&closed)).contains("trace"));
  CHECK(json::parse(worker_answer(&worker_edge)).contains("trace") == true);
}

#if RTCERR_TRACES
TEST_CASE("remote traces: a sensitive value never reaches the wire") {
  const std::string body = worker_answer(&worker_edge);
  CHECK(body.find("u-secret-42") == std::string::npos);
  const json t = json::parse(body)["trace"];
  CHECK(t["format"] == "rtcerr.trace/1");
  REQUIRE(t["services"].size() == 1);
  const json& s = t["services"][0];
  CHECK(s["service"] == "recording-worker");
  CHECK(s["trace_id"] == trace_id);
  CHECK(s["context"] ==
        json::parse(R"([{"key":"room","value":"r-1001","cut":false,"redacted":false},
                                         {"key":"user","value":null,"cut":false,"redacted":true}])"));
  // Cut to the last component on this edge; the function without its signature.
  CHECK(s["sites"][0] ==
        json::parse(R"({"file":"trace_remote_test.cpp","line":)" + std::to_string(read_line) +
                    R"(,"function":"read_stream","expression":null})"));
  // Locally: kept in the record, printed as <redacted>.
  const result<int> r = write_segment("r-1001", "u-secret-42");
  const rtcerr::trace_snapshot local = rtcerr::trace_of(r);
  REQUIRE(local.context_count == 2);
  CHECK(local.context[1].text_view() == "u-secret-42");
  const std::string text = fmt::format("{:t}", r);
  CHECK(text.find("u-secret-42") == std::string::npos);
  CHECK(text.find("user=<redacted>") != std::string::npos);
  CHECK(fmt::format("{:tj}", r).find("u-secret-42") == std::string::npos);
  CHECK(json::parse(fmt::format("{:tj}", r))["trace"]["context"][1] ==
        json::parse(R"({"key":"user","value":null,"cut":false,"redacted":true})"));
  // with_context takes a sensitive value too, an integer as well as a text.
  const result<int> more = rtcerr::with_context(read_stream(), "pin", rtcerr::sensitive(4711));
  CHECK(fmt::format("{:t}", more).ends_with("\n  context: pin=<redacted>"));
  CHECK(rtcerr::trace_of(more).context[0].integer == 4711);

  // A key list redacts on the wire what is not marked.
  const std::string_view keys[] = {"room"};
  rtcerr::trace_edge listing = worker_edge;
  listing.redact_keys = {keys, 1};
  const std::string listed = worker_answer(&listing);
  CHECK(listed.find("r-1001") == std::string::npos);
  CHECK(json::parse(listed)["trace"]["services"][0]["context"][0]["redacted"] == true);
  // Without the option, the path is the one compiled.
  rtcerr::trace_edge full = worker_edge;
  full.file_names = rtcerr::trace_file_names::as_compiled;
  const std::string file =
      json::parse(worker_answer(&full))["trace"]["services"][0]["sites"][0]["file"];
  CHECK(file == std::string(std::source_location::current().file_name()));
}

TEST_CASE(
    "remote traces: the client's trace begins with the remote part, in the documented shape") {
  const std::string worker_body = worker_answer(&worker_edge);
  const result<int> at_gateway = start_recording(worker_body);
  REQUIRE(at_gateway.has_error());
  CHECK(at_gateway.error() == recording::errc::stream_data_timeout);
  const std::string expected =
      "recording.stream_data_timeout (605030046): 流数据超时\n"
      "  in service recording-worker (trace 4bf92f3577b34da6a3ce929d0e0e4736):\n"
      "    at " +
      file_line(read_line) +
      " read_stream\n"
      "    at " +
      file_line(write_line) +
      " write_segment: read_stream()\n"
      "    context: room=\"r-1001\" user=<redacted>\n"
      "  at " +
      file_line(start_line) + " start_recording: call_worker(body)";
  CHECK(fmt::format("{:t}", at_gateway) == expected);

  // {:tj}: the local trace, and the remote part as its wire object.
  const json j = json::parse(fmt::format("{:tj}", at_gateway));
  CHECK(j["trace"]["remote"]["services"][0]["service"] == "recording-worker");
  CHECK(j["trace"]["sites"].size() == 1);

  // The gateway answers its own client: two services chain, origin first.
  const rtcerr::trace_snapshot t = rtcerr::trace_of(at_gateway);
  const std::string gateway_body =
      rtcerr::problem_json(at_gateway.error(), {.trace = &t, .edge = &gateway_edge});
  const result<int> at_client = call_worker(gateway_body);
  const std::string joined = fmt::format("{:t}", at_client);
  CHECK(joined ==
        "recording.stream_data_timeout (605030046): 流数据超时\n"
        "  in service recording-worker (trace 4bf92f3577b34da6a3ce929d0e0e4736):\n"
        "    at " +
            file_line(read_line) +
            " read_stream\n"
            "    at " +
            file_line(write_line) +
            " write_segment: read_stream()\n"
            "    context: room=\"r-1001\" user=<redacted>\n"
            "  in service gateway (trace 4bf92f3577b34da6a3ce929d0e0e4736):\n"
            "    at " +
            file_line(start_line) + " start_recording: call_worker(body)");
}

TEST_CASE("traceparent: W3C Trace Context version 00") {
  rtcerr::traceparent p;
  REQUIRE(rtcerr::parse_traceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", p));
  CHECK(p.trace_id_view() == trace_id);
  CHECK(std::string_view(p.parent_id, 16) == "00f067aa0ba902b7");
  CHECK(p.flags == 1);
  // A later version may add fields after a '-'.
  CHECK(
      rtcerr::parse_traceparent("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-xyz", p));
  for (const std::string_view bad : {
           "",
           "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-0",    // short
           "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-",  // 00 is 55 exactly
           "00-00000000000000000000000000000000-00f067aa0ba902b7-01",   // trace id all zeros
           "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",   // parent id all zeros
           "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",   // upper case
           "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",   // version ff
           "00_4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",   // separator
           "00-4bf92f3577b34da6a3ce929d0e0e473g-00f067aa0ba902b7-01",   // not hex
           "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01x",  // later version, no '-'
       })
    CHECK_MESSAGE(!rtcerr::parse_traceparent(bad, p), bad);
}

TEST_CASE("remote traces: malformed or oversized traces are refused with a reason") {
  rtcerr::remote_trace r;
  const std::string_view ok_service =
      R"({"service":"w","trace_id":null,"origin":true,"sites":[],"sites_dropped":0,)"
      R"("copied":false,"context":[],"context_dropped":0})";
  CHECK(rtcerr::parse_remote_trace(
            R"({"format":"rtcerr.trace/1","services":[)" + std::string(ok_service) + "]}", r)
            .empty());
  CHECK(r.service_count == 1);
  const auto reason = [&r](const std::string& text) {
    return std::string(rtcerr::parse_remote_trace(text, r));
  };
  CHECK(reason("") != "");
  CHECK(reason("[]") == "the trace is not valid: expected an object");
  CHECK(reason(R"({"format":"other/1","services":[]})") ==
        "the trace is not in the format rtcerr.trace/1");
  CHECK(reason(R"({"format":"rtcerr.trace/1"})") ==
        "the trace is not valid: it needs \"format\" and \"services\"");
  CHECK(reason(R"({"format":"rtcerr.trace/1","format":"rtcerr.trace/1","services":[]})") ==
        "the trace is not valid: a member appears twice");
  CHECK(
      reason(
          R"({"format":"rtcerr.trace/1","services":[{"service":"w","trace_id":"abc","sites":[]}]})") ==
      "the trace is not valid: a trace id is 32 lower-case hex digits, not all 0");
  CHECK(reason(
            R"({"format":"rtcerr.trace/1","services":[{"service":"w","sites":[{"file":"a"}]}]})") ==
        "the trace is not valid: a site needs \"file\", \"line\" and \"function\"");
  CHECK(reason(R"({"format":"rtcerr.trace/1","services":[{"service":"w","sites":[],)"
               R"("context":[{"key":"k","value":"v","redacted":true}]}]})") ==
        "the trace is not valid: a redacted value must be null, and only a redacted one");
  // Beyond the bounds.
  std::string five = R"({"format":"rtcerr.trace/1","services":[)";
  for (int i = 0; i < 5; ++i) five += std::string(i ? "," : "") + std::string(ok_service);
  CHECK(reason(five + "]}") == "the trace has more than remote_trace_max_services (4) services");
  std::string sites = R"({"format":"rtcerr.trace/1","services":[{"service":"w","sites":[)";
  for (int i = 0; i < 33; ++i)
    sites += std::string(i ? "," : "") + R"({"file":"f","line":1,"function":"g"})";
  CHECK(reason(sites + "]}]}") == "the trace has more than remote_trace_max_sites (32) sites");
  const std::string long_name(rtcerr::remote_trace_text_capacity + 1, 'x');
  CHECK(reason(R"({"format":"rtcerr.trace/1","services":[{"service":")" + long_name +
               R"(","sites":[]}]})") ==
        "the trace's text is longer than remote_trace_text_capacity (2048 bytes)");
  const std::string padded = R"({"format":"rtcerr.trace/1","services":[],"pad":")" +
                             std::string(rtcerr::remote_trace_max_wire_bytes, ' ') + "\"}";
  CHECK(reason(padded) == "the trace is larger than remote_trace_max_wire_bytes (16384 bytes)");
  std::string deep = R"({"format":"rtcerr.trace/1","services":[],"x":)";
  for (int i = 0; i < 20; ++i) deep += "[";
  CHECK(reason(deep) == "the trace is nested too deeply");
  CHECK(r.service_count == 0);  // a refused trace keeps nothing
}

TEST_CASE("remote traces: a refused trace is said so in the result's trace") {
  const result<int> r = rtcerr::remote_failure(rtcerr::error(recording::errc::stream_data_timeout),
                                               R"({"format":"rtcerr.trace/1","services":[)");
  CHECK(fmt::format("{:t}", r) ==
        "recording.stream_data_timeout (605030046): 流数据超时\n"
        "  (remote trace refused: the trace is not valid: expected an object)");
  const result<int> none =
      rtcerr::remote_failure(rtcerr::error(recording::errc::stream_data_timeout), "");
  CHECK(fmt::format("{:t}", none) ==
        "recording.stream_data_timeout (605030046): 流数据超时\n  (the service sent no trace)");
}

TEST_CASE("remote traces: the hostile probes") {
  const std::string worker_body = worker_answer(&worker_edge);
  const result<int> r = start_recording(worker_body);

  SUBCASE("another thread reading the result: lost, never another's; a snapshot reads there") {
    const rtcerr::trace_snapshot here = rtcerr::trace_of(r);
    std::string there_result, there_snapshot;
    std::thread([&] {
      there_result = fmt::format("{:t}", r);
      const auto t = rtcerr::resume(rtcerr::traced_error<rtcerr::error>{r.error(), here});
      there_snapshot = fmt::format("{:t}", result<int>(t));
    }).join();
    CHECK(there_result.find("(trace lost") != std::string::npos);
    CHECK(there_result.find("recording-worker") == std::string::npos);
    CHECK(there_snapshot.find("in service recording-worker") != std::string::npos);
  }
  SUBCASE("a copied result shows the same remote part, marked copied when extended twice") {
    const result<int> copy = r;
    CHECK(fmt::format("{:t}", copy) == fmt::format("{:t}", r));
    const auto extend = [](result<int> x) -> result<int> {
      RTCERR_TRY(auto n, x);
      return n;
    };
    const result<int> a = extend(r), b = extend(copy);
    CHECK(fmt::format("{:t}", a).find("(copied") != std::string::npos);
    CHECK(fmt::format("{:t}", b).find("in service recording-worker") != std::string::npos);
  }
  SUBCASE("a body parsed twice gives two results, each with its own remote part") {
    const std::string other_body = [] {
      const result<int> o = rtcerr::fail(recording::errc::stream_data_timeout);
      const rtcerr::trace_snapshot t = rtcerr::trace_of(o);
      const rtcerr::trace_edge other{.share = true, .service = "other-worker"};
      return rtcerr::problem_json(o.error(), {.trace = &t, .edge = &other});
    }();
    const result<int> first = call_worker(worker_body);
    const result<int> second = call_worker(worker_body);
    const result<int> third = call_worker(other_body);
    CHECK(fmt::format("{:t}", first) == fmt::format("{:t}", second));
    CHECK(rtcerr::trace_of(first).remote != rtcerr::trace_of(second).remote);
    CHECK(fmt::format("{:t}", first).find("other-worker") == std::string::npos);
    CHECK(fmt::format("{:t}", third).find("other-worker") != std::string::npos);
  }
  SUBCASE("a trace from a body larger than the bound is refused, the code kept") {
    json doc = json::parse(worker_body);
    doc["trace"]["services"][0]["service"] = std::string(20000, 'w');
    const result<int> big = call_worker(doc.dump());
    CHECK(big.error() == recording::errc::stream_data_timeout);
    CHECK(fmt::format("{:t}", big) ==
          "recording.stream_data_timeout (605030046): 流数据超时\n"
          "  (remote trace refused: the trace is larger than remote_trace_max_wire_bytes (16384 "
          "bytes))");
  }
  SUBCASE("a store that wrapped: the remote part is reported lost") {
    const auto old = rtcerr::snapshot(call_worker(worker_body));
    for (std::size_t i = 0; i < rtcerr::remote_trace_store_size; ++i)
      static_cast<void>(call_worker(worker_body));
    const rtcerr::trace_snapshot gone = rtcerr::trace_of(result<int>(rtcerr::resume(old)));
    CHECK(gone.remote == old.trace.remote);
    CHECK(fmt::format("{:t}", result<int>(rtcerr::resume(old)))
              .starts_with(
                  "recording.stream_data_timeout (605030046): 流数据超时\n"
                  "  (remote part lost: newer remote traces reused its place in the store)"));
  }
}
#endif
