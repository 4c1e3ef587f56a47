// The client of examples/remote_traces: asks the gateway to record a room,
// sending a W3C traceparent, and prints the joined trace of the failure: the
// worker's part, the gateway's, then its own hop.
//
//   example_remote_client --gateway PORT --traceparent VALUE [--room ROOM] [--print-body 1]
//
// Prints the HTTP status, whether the body carried a trace member, and the
// failure with {:t}; with --print-body, the body first ("body: ...").
#include <fmt/format.h>
#include <httplib.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <rtcerr/problem_json.hpp>
#include <rtcerr/rtcerr.hpp>

namespace {
struct answer_facts {
  int status = 0;
  bool has_trace = false;
  bool print_body = false;
};
answer_facts facts;
}  // namespace

static rtcerr::result<std::string> ask_gateway(int port, const std::string& room,
                                               const std::string& traceparent) {
  httplib::Client gateway("127.0.0.1", port);
  gateway.set_read_timeout(20, 0);
  const httplib::Headers headers{{"traceparent", traceparent}, {"user-id", "u-7731"}};
  const auto res =
      gateway.Post(("/v1/rooms/" + room + "/recording").c_str(), headers, "", "application/json");
  if (!res) return rtcerr::fail(rtcerr::gateway::errc::system_busy);
  facts.status = res->status;
  if (facts.print_body) fmt::print("body: {}\n", res->body);
  if (res->status == 200) return res->body;
  const rtcerr::parsed_problem p = rtcerr::parse_problem_json(res->body);
  if (!p) return rtcerr::fail(rtcerr::gateway::errc::system_busy);
  facts.has_trace = !p.details->trace().empty();
  return rtcerr::remote_failure(p.details->error, p.details->trace());
}

static rtcerr::result<std::string> record_room(int port, const std::string& room,
                                               const std::string& traceparent) {
  RTCERR_TRY(auto task, ask_gateway(port, room, traceparent), "room", room);
  return task;
}

int main(int argc, char** argv) {
  int port = 0;
  std::string traceparent, room = "r-1001";
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string_view option = argv[i];
    if (option == "--gateway") port = std::atoi(argv[i + 1]);
    if (option == "--traceparent") traceparent = argv[i + 1];
    if (option == "--room") room = argv[i + 1];
    if (option == "--print-body") facts.print_body = std::string_view(argv[i + 1]) == "1";
  }
  if (port <= 0) {
    std::fprintf(stderr,
                 "usage: %s --gateway PORT --traceparent VALUE [--room ROOM] [--print-body 1]\n",
                 argv[0]);
    return 2;
  }
  const rtcerr::result<std::string> task = record_room(port, room, traceparent);
  if (task) {
    fmt::print("recording: {}\n", task.value());
    return 0;
  }
  fmt::print("status {} ({})\n", facts.status,
             facts.has_trace ? "with a trace" : "without a trace");
  fmt::print("{:t}\n", task);
  return 1;
}
