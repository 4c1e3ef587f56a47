// A real HTTP server in front of the recording service: every failure, of
// whatever domain, is answered with the status, headers and problem+json body
// rtcerr derives from its code.
//
//   example_gateway_server [--max-seconds N] [--type-base URI] [--code-page-base URL]
//
// It listens on a free port of 127.0.0.1, prints "listening on
// http://127.0.0.1:PORT" and serves until its standard input ends (Ctrl-D, or
// the test that started it closing the pipe) or N seconds have passed
// (default 60), so it never outlives whoever started it for long.
// --type-base sets the start of each problem's `type` (type base + code);
// --code-page-base the root of the site `rtcerr docs --html` wrote, so that
// `type` is the code's page there, a URL a person can open.
//
// The endpoints (a token is `Authorization: Bearer <token>`):
//   POST   /v1/rooms/{room}/recording           start recording a room
//   DELETE /v1/rooms/{room}/channels/{channel}  remove an input channel
//   PUT    /v1/rooms/{room}/layout              set the output layout
//   POST   /v1/rooms/{room}/channels            add an input channel (?parameter=)
// Rooms whose names start with "busy", "full", "slow", "auto" or "new" make
// the fake recording service fail in that way. The token "expired" has
// expired; "bad" is not a valid token.
//
// What a failure looks like on the wire (one place: `send_error` below):
//   - status: rtcerr::response_status(e): the gateway's published statuses,
//     the others from the code's gRPC mapping, 500 for codes nobody knows;
//     404 for a path no route has, 405 (with `Allow`) for a method the
//     route does not take (RFC 9110 §15.5.6);
//   - Content-Type: application/problem+json, body rtcerr::problem_json(e)
//     with this request's detail and path (percent-encoded: `instance` is a
//     URI reference, RFC 9457 §3.1.5), for every failure;
//   - the title and detail in the language the request's Accept-Language
//     prefers (Chinese or English, English by default), and
//     `Content-Language` saying which;
//   - Retry-After (RFC 9110 §10.2.3) whenever the code's advice is to back off;
//   - WWW-Authenticate with 401 (RFC 9110 §11.6.1 requires it), as RFC 6750
//     §3 says: no error code when the request carried no bearer token,
//     error="invalid_token" when its token is not valid or has expired; a
//     malformed Authorization header is 400 with error="invalid_request".
//   - counted as answered (rtcerr::count), apart from the failures made.
//
// GET /metrics: the failure counters (docs/observability.md), OpenMetrics
// text when the scraper's Accept header asks for it, else Prometheus text.
#include <poll.h>
#include <unistd.h>

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <regex>
#include <string>
#include <string_view>
#include <thread>

#include <rtcerr/metrics.hpp>
#include <rtcerr/problem_json.hpp>
#include <rtcerr/rtcerr.hpp>

namespace {

// What every answer of this server shares: the `type` base from the command line.
rtcerr::problem_fields base_fields;

// A text in both languages; the request decides which is sent.
struct bilingual {
  std::string en, zh;
  const std::string& operator()(rtcerr::lang l) const { return l == rtcerr::lang::zh ? zh : en; }
};

// What a failed answer adds to the code's own: another status (404, 405),
// an `Allow` list, a bearer challenge's error code (RFC 6750 §3.1).
struct answer_extras {
  int status = 0;
  std::string allow = {};
  std::string_view bearer_error = {};
  std::string_view bearer_description = {};
};

// `path` as a URI reference: every byte outside RFC 3986's unreserved and
// sub-delims characters, ':', '@' and '/' percent-encoded (so '%', '?', '#',
// spaces, control characters and UTF-8 bytes are), for `instance`.
std::string uri_path(std::string_view path) {
  static constexpr std::string_view allowed =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/";
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : path) {
    if (allowed.find(c) != std::string_view::npos) {
      out += c;
    } else {
      const auto byte = static_cast<unsigned char>(c);
      out += '%';
      out += hex[byte >> 4];
      out += hex[byte & 0xf];
    }
  }
  return out;
}

// The answer to a failed request. Only the success code is refused: a
// failure must not be reported with 200.
void send_error(const httplib::Request& request, httplib::Response& response, rtcerr::error e,
                const bilingual& detail, const answer_extras& extras = {}) {
  rtcerr::count(e);
  const rtcerr::lang language =
      rtcerr::preferred_language(request.get_header_value("Accept-Language"));
  const std::string instance = uri_path(request.path);
  rtcerr::problem_fields fields = base_fields;
  fields.detail = detail(language);
  fields.instance = instance;
  fields.language = language;
  fields.status = extras.status;
  response.status = extras.status != 0 ? extras.status : rtcerr::response_status(e);
  const rtcerr::retry_advice advice = rtcerr::retry_advice_for(e);
  if (advice.retry_after_seconds > 0)
    response.set_header("Retry-After", std::to_string(advice.retry_after_seconds));
  if (response.status == 401 || !extras.bearer_error.empty()) {
    std::string challenge = R"(Bearer realm="rtc")";
    if (!extras.bearer_error.empty())
      challenge += R"(, error=")" + std::string(extras.bearer_error) + '"';
    if (!extras.bearer_description.empty())
      challenge += R"(, error_description=")" + std::string(extras.bearer_description) + '"';
    response.set_header("WWW-Authenticate", challenge);
  }
  if (!extras.allow.empty()) response.set_header("Allow", extras.allow);
  response.set_header("Content-Language", std::string(rtcerr::content_language(language)));
  response.set_content(rtcerr::problem_json(e, fields),
                       std::string(rtcerr::problem_json_media_type).c_str());
}

// The gateway's own check of the bearer token, with its own codes, and the
// RFC 6750 challenge each failure gets.
struct refusal {
  rtcerr::error code;
  answer_extras extras;
  bilingual detail;
};
std::optional<refusal> authenticate(const httplib::Request& request) {
  const std::string auth = request.get_header_value("Authorization");
  // No bearer token at all (none, or another scheme): a challenge without an
  // error code, since the client may not know that a token is needed.
  if (!auth.starts_with("Bearer ") && auth != "Bearer")
    return refusal{rtcerr::gateway::errc::authentication_failed,
                   {},
                   {"a bearer token is required", "需要 Bearer 令牌"}};
  const std::string_view token =
      std::string_view(auth).substr(std::min<std::size_t>(7, auth.size()));
  if (token.empty() || token.find_first_of(" \t,\"") != std::string_view::npos)
    return refusal{rtcerr::gateway::errc::missing_required_parameter,
                   {.bearer_error = "invalid_request"},
                   {"the Authorization header has no valid bearer token",
                    "Authorization 头中没有有效的 Bearer 令牌"}};
  if (token == "expired")
    return refusal{
        rtcerr::gateway::errc::access_token_expired,
        {.bearer_error = "invalid_token", .bearer_description = "The access token expired"},
        {"the access token expired: get a new one", "访问令牌已过期，请重新获取"}};
  if (token == "bad")
    return refusal{rtcerr::gateway::errc::authentication_failed,
                   {.bearer_error = "invalid_token"},
                   {"the access token is not valid", "访问令牌无效"}};
  return std::nullopt;
}

// The recording service behind the gateway, faked: the room's name decides.
rtcerr::result<std::string> start_recording(std::string_view room) {
  if (room.starts_with("busy")) return rtcerr::recording::errc::server_tasks_overloaded;
  if (room.starts_with("full")) return rtcerr::recording::errc::insufficient_storage;
  if (room.starts_with("slow")) return rtcerr::gateway::errc::request_timeout;
  if (room.starts_with("new")) return rtcerr::error::from_wire(605030099);  // a newer service
  return R"({"task_id":"rec-)" + std::string(room) + R"("})";
}

using handler = void (*)(const httplib::Request&, httplib::Response&);

void start(const httplib::Request& request, httplib::Response& response) {
  const std::string room = request.matches[1];
  rtcerr::result<std::string> task = start_recording(room);
  if (!task) return send_error(request, response, task.error(), {"room " + room, "房间 " + room});
  response.set_content(std::move(task).value(), "application/json");
}

void remove_channel(const httplib::Request& request, httplib::Response& response) {
  const std::string channel = request.matches[2];
  send_error(request, response, rtcerr::recording::errc::input_channel_not_found,
             {"no input channel " + channel, "没有输入通道 " + channel});
}

void set_layout(const httplib::Request& request, httplib::Response& response) {
  const std::string room = request.matches[1];
  if (room.starts_with("auto"))
    return send_error(
        request, response, rtcerr::recording::errc::auto_recording_layout_not_supported,
        {"room " + room + " is recorded automatically", "房间 " + room + " 是自动录制"});
  if (request.body.find("\"canvas\"") == std::string::npos)
    return send_error(request, response, rtcerr::recording::errc::output_layout_missing,
                      {"the layout needs a \"canvas\"", "布局需要 \"canvas\""});
  response.status = 204;
}

void add_channel(const httplib::Request& request, httplib::Response& response) {
  if (!request.has_param("parameter"))
    return send_error(request, response, rtcerr::gateway::errc::missing_required_parameter,
                      {"query parameter \"parameter\" is missing", "缺少查询参数 \"parameter\""});
  response.status = 201;
}

// The routes, one line each: what is registered, and what `Allow` lists.
struct route {
  std::string_view method;
  const char* pattern;
  handler handle;
};
const route routes[] = {
    {"POST", R"(/v1/rooms/([^/]+)/recording)", start},
    {"DELETE", R"(/v1/rooms/([^/]+)/channels/([^/]+))", remove_channel},
    {"PUT", R"(/v1/rooms/([^/]+)/layout)", set_layout},
    {"POST", R"(/v1/rooms/([^/]+)/channels)", add_channel},
};

// The methods the routes take for `path`, as an Allow value ("DELETE, POST"),
// empty when no route has the path.
std::string allowed_methods(const std::string& path) {
  std::string allow;
  for (const route& r : routes) {
    if (!std::regex_match(path, std::regex(r.pattern))) continue;
    if (allow.find(r.method) != std::string::npos) continue;
    if (!allow.empty()) allow += ", ";
    allow += r.method;
  }
  return allow;
}

void serve(httplib::Server& server) {
  // Failures httplib answers itself get a problem document too, not an empty
  // body: a path no route has (404), a method the route does not take (405,
  // with Allow), and what it refuses to parse (an unknown method, a malformed
  // request, a POST without Content-Length, after its read timeout: 400).
  server.set_error_handler([](const httplib::Request& request, httplib::Response& response) {
    if (!response.body.empty()) return;  // a handler's own answer
    if (response.status == 404) {
      if (const std::string allow = allowed_methods(request.path); !allow.empty())
        return send_error(request, response, rtcerr::gateway::errc::invalid_argument,
                          {request.method + " is not allowed here; allowed: " + allow,
                           "此路径不允许 " + request.method + "，允许：" + allow},
                          {.status = 405, .allow = allow});
      return send_error(request, response, rtcerr::gateway::errc::invalid_argument,
                        {"no such resource", "没有这个资源"}, {.status = 404});
    }
    send_error(request, response, rtcerr::gateway::errc::invalid_argument,
               {"malformed request, unsupported method, or a body without Content-Length",
                "请求格式错误、方法不受支持，或请求体没有 Content-Length"},
               {.status = response.status});
  });

  server.Get("/metrics", [](const httplib::Request& request, httplib::Response& response) {
    const bool openmetrics = request.get_header_value("Accept").find(
                                 "application/openmetrics-text") != std::string::npos;
    const rtcerr::metrics_format format =
        openmetrics ? rtcerr::metrics_format::openmetrics : rtcerr::metrics_format::prometheus;
    response.set_content(rtcerr::metrics_text(format),
                         std::string(openmetrics ? rtcerr::openmetrics_content_type
                                                 : rtcerr::prometheus_content_type));
  });

  // Every handler starts with the token.
  for (const route& r : routes) {
    const auto guarded = [handle = r.handle](const httplib::Request& request,
                                             httplib::Response& response) {
      if (const std::optional<refusal> no = authenticate(request))
        return send_error(request, response, no->code, no->detail, no->extras);
      handle(request, response);
    };
    if (r.method == "POST") server.Post(r.pattern, guarded);
    if (r.method == "PUT") server.Put(r.pattern, guarded);
    if (r.method == "DELETE") server.Delete(r.pattern, guarded);
  }
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
  static std::string type_base, code_page_base;  // base_fields views them
  for (int i = 1; i < argc; i += 2) {
    const std::string_view option = argv[i];
    const char* value = i + 1 < argc ? argv[i + 1] : nullptr;
    if (value != nullptr && option == "--max-seconds")
      max_seconds = std::atoi(value);
    else if (value != nullptr && option == "--type-base")
      base_fields.type_base = type_base = value;
    else if (value != nullptr && option == "--code-page-base")
      base_fields.code_page_base = code_page_base = value;
    else
      max_seconds = 0;
  }
  if (max_seconds <= 0) {
    std::fprintf(stderr,
                 "usage: %s [--max-seconds N] [--type-base URI] [--code-page-base URL]   (N > 0)\n",
                 argv[0]);
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
