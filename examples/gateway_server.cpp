// A real HTTP server in front of the recording service: every failure, of
// whatever domain, is answered with the status, headers and problem+json body
// rtcerr derives from its code.
//
//   example_gateway_server [--max-seconds N]
//
// It listens on a free port of 127.0.0.1, prints "listening on
// http://127.0.0.1:PORT" and serves until its standard input ends (Ctrl-D, or
// the test that started it closing the pipe) or N seconds have passed
// (default 60), so it never outlives whoever started it for long.
//
// The endpoints (a token is `Authorization: Bearer <token>`):
//   POST   /v1/rooms/{room}/recording           start recording a room
//   DELETE /v1/rooms/{room}/channels/{channel}  remove an input channel
//   PUT    /v1/rooms/{room}/layout              set the output layout
//   POST   /v1/rooms/{room}/channels            add an input channel (?parameter=)
// Rooms whose names start with "busy", "full", "slow", "auto" or "new" make
// the fake recording service fail in that way.
//
// What a failure looks like on the wire (one place: `send_error` below):
//   - status: rtcerr::response_status(e): the gateway's published statuses,
//     the others from the code's gRPC mapping, 500 for codes nobody knows;
//   - Content-Type: application/problem+json, body rtcerr::problem_json(e)
//     with this request's detail and path;
//   - Retry-After (RFC 9110 §10.2.3) with 503 and 429, from the code's retry
//     advice; WWW-Authenticate with 401 (RFC 9110 §11.6.1 requires it).
//   - counted as answered (rtcerr::count), apart from the failures made.
//
// GET /metrics: the failure counters (docs/observability.md), OpenMetrics
// text when the scraper's Accept header asks for it, else Prometheus text.
#include <poll.h>
#include <unistd.h>

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <thread>

#include <rtcerr/metrics.hpp>
#include <rtcerr/problem_json.hpp>
#include <rtcerr/rtcerr.hpp>

namespace {

// The answer to a failed request. Only the success code is refused: a
// failure must not be reported with 200.
void send_error(const httplib::Request& request, httplib::Response& response, rtcerr::error e,
                std::string_view detail) {
  rtcerr::count(e);
  response.status = rtcerr::response_status(e);
  const rtcerr::retry_advice advice = rtcerr::retry_advice_for(e);
  if (advice.retry_after_seconds > 0 && (response.status == 503 || response.status == 429))
    response.set_header("Retry-After", std::to_string(advice.retry_after_seconds));
  if (response.status == 401)
    response.set_header("WWW-Authenticate", R"(Bearer realm="rtc", error="invalid_token")");
  response.set_content(rtcerr::problem_json(e, {.detail = detail, .instance = request.path}),
                       std::string(rtcerr::problem_json_media_type).c_str());
}

// The gateway's own check, with its own codes.
rtcerr::result<void> authenticate(const httplib::Request& request) {
  const std::string auth = request.get_header_value("Authorization");
  if (!auth.starts_with("Bearer ") || auth.size() == 7)
    return rtcerr::gateway::errc::authentication_failed;
  if (auth == "Bearer expired") return rtcerr::gateway::errc::access_token_expired;
  return rtcerr::success();
}

// The recording service behind the gateway, faked: the room's name decides.
rtcerr::result<std::string> start_recording(std::string_view room) {
  if (room.starts_with("busy")) return rtcerr::recording::errc::server_tasks_overloaded;
  if (room.starts_with("full")) return rtcerr::recording::errc::insufficient_storage;
  if (room.starts_with("slow")) return rtcerr::gateway::errc::request_timeout;
  if (room.starts_with("new")) return rtcerr::error::from_wire(605030099);  // a newer service
  return R"({"task_id":"rec-)" + std::string(room) + R"("})";
}

void serve(httplib::Server& server) {
  // Requests httplib itself refuses (an unknown method, a malformed request,
  // a POST without Content-Length, after its read timeout) get a problem
  // document too, not an empty 400.
  server.set_error_handler([](const httplib::Request& request, httplib::Response& response) {
    if (response.status == 400 && response.body.empty())
      send_error(request, response, rtcerr::gateway::errc::invalid_argument,
                 "malformed request, unsupported method, or a body without Content-Length");
  });

  // Every handler starts with the token; `fail` answers and returns true.
  const auto refused = [](const httplib::Request& request, httplib::Response& response) {
    const rtcerr::result<void> ok = authenticate(request);
    if (!ok) send_error(request, response, ok.error(), "a valid bearer token is required");
    return !ok;
  };

  server.Get("/metrics", [](const httplib::Request& request, httplib::Response& response) {
    const bool openmetrics = request.get_header_value("Accept").find(
                                 "application/openmetrics-text") != std::string::npos;
    const rtcerr::metrics_format format =
        openmetrics ? rtcerr::metrics_format::openmetrics : rtcerr::metrics_format::prometheus;
    response.set_content(rtcerr::metrics_text(format),
                         std::string(openmetrics ? rtcerr::openmetrics_content_type
                                                 : rtcerr::prometheus_content_type));
  });

  server.Post(R"(/v1/rooms/([^/]+)/recording)",
              [refused](const httplib::Request& request, httplib::Response& response) {
                if (refused(request, response)) return;
                const std::string room = request.matches[1];
                rtcerr::result<std::string> task = start_recording(room);
                if (!task) return send_error(request, response, task.error(), "room " + room);
                response.set_content(std::move(task).value(), "application/json");
              });

  server.Delete(R"(/v1/rooms/([^/]+)/channels/([^/]+))",
                [refused](const httplib::Request& request, httplib::Response& response) {
                  if (refused(request, response)) return;
                  send_error(request, response, rtcerr::recording::errc::input_channel_not_found,
                             "no input channel " + std::string(request.matches[2]));
                });

  server.Put(R"(/v1/rooms/([^/]+)/layout)", [refused](const httplib::Request& request,
                                                      httplib::Response& response) {
    if (refused(request, response)) return;
    const std::string room = request.matches[1];
    if (room.starts_with("auto"))
      return send_error(request, response,
                        rtcerr::recording::errc::auto_recording_layout_not_supported,
                        "room " + room + " is recorded automatically");
    if (request.body.find("\"canvas\"") == std::string::npos)
      return send_error(request, response, rtcerr::recording::errc::output_layout_missing,
                        "the layout needs a \"canvas\"");
    response.status = 204;
  });

  server.Post(R"(/v1/rooms/([^/]+)/channels)", [refused](const httplib::Request& request,
                                                         httplib::Response& response) {
    if (refused(request, response)) return;
    if (!request.has_param("parameter"))
      return send_error(request, response, rtcerr::gateway::errc::missing_required_parameter,
                        "query parameter \"parameter\" is missing");
    response.status = 201;
  });
}

// Stops `server` when standard input ends or `max_seconds` have passed.
void stop_when_done(httplib::Server& server, int max_seconds, std::atomic<bool>& running) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(max_seconds);
  while (running && std::chrono::steady_clock::now() < deadline) {
    pollfd in{STDIN_FILENO, POLLIN, 0};
    if (::poll(&in, 1, 100) > 0) {
      char buffer[256];
      if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) break;  // end of input
    }
  }
  server.stop();
}

}  // namespace

int main(int argc, char** argv) {
  int max_seconds = 60;
  if (argc == 3 && std::string_view(argv[1]) == "--max-seconds") max_seconds = std::atoi(argv[2]);
  if (argc != 1 && (argc != 3 || max_seconds <= 0)) {
    std::fprintf(stderr, "usage: %s [--max-seconds N]   (N > 0)\n", argv[0]);
    return 2;
  }

  httplib::Server server;
  serve(server);
  const int port = server.bind_to_any_port("127.0.0.1");
  if (port <= 0) {
    std::fprintf(stderr, "cannot listen on 127.0.0.1\n");
    return 1;
  }
  std::printf("listening on http://127.0.0.1:%d\n", port);
  std::fflush(stdout);

  std::atomic<bool> running{true};
  std::thread stopper(stop_when_done, std::ref(server), max_seconds, std::ref(running));
  const bool ok = server.listen_after_bind();
  running = false;
  stopper.join();
  std::printf("stopped\n");
  return ok ? 0 : 1;
}
