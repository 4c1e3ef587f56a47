// examples/gateway_server.cpp, over a real loopback connection.
//
// Starts the example program (RTCERR_GATEWAY_SERVER) with pipes on its
// standard input and output, reads the port it chose, sends real HTTP
// requests with httplib's client and checks what a client sees: the status
// line, Content-Type, Content-Language, Retry-After, WWW-Authenticate and
// Allow, and the body parsed back into the same rtcerr::error with its
// condition, retry policy, title and detail in the language asked for. The
// server runs with a code page base, so that `type` is a page a person can
// open; the expected values are written here from the standards, not read
// from the library. Closing the pipe on its input stops the
// server; the test waits for that at most a few seconds, and the server's own
// --max-seconds bounds it if the test dies first.
#include <arpa/inet.h>
#include <doctest/doctest.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <httplib.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>
#include <thread>

#include "domains_app.hpp"
#include "gateway_server_process.hpp"
#include "rtcerr/problem_json.hpp"
#include "rtcerr/rtcerr.hpp"

namespace {

// One failed request as the client sees it: the problem document, with the
// title in `language` (Content-Language saying so) and `instance` the
// request's path as a URI reference.
rtcerr::problem_details check_problem(const httplib::Result& res, int status,
                                      std::string_view reason, rtcerr::error expected,
                                      std::string_view path,
                                      rtcerr::lang language = rtcerr::lang::en) {
  REQUIRE_MESSAGE(res, "no response: " << httplib::to_string(res.error()));
  CHECK(res->version == "HTTP/1.1");
  CHECK(res->status == status);
  CHECK(res->reason == reason);
  CHECK(res->get_header_value("Content-Type") == "application/problem+json");
  CHECK(res->get_header_value("Content-Language") ==
        (language == rtcerr::lang::zh ? "zh-CN" : "en"));
  const rtcerr::parsed_problem p = rtcerr::parse_problem_json(res->body);
  REQUIRE_MESSAGE(p, p.reason);
  CHECK(p.details->error == expected);
  CHECK(p.details->status == status);
  CHECK(p.details->instance == path);
  CHECK(p.details->title == expected.message(language));
  CHECK_FALSE(p.details->detail.empty());
  CHECK(p.details->name == expected.name());
  CHECK(p.details->condition == expected.condition());
  CHECK(p.details->retry == expected.retry());
  CHECK(p.details->retryable == (expected.retry() == rtcerr::retry::backoff));
  if (expected.known())
    CHECK(p.details->type ==
          "https://errors.example.com/rtc/codes/" + std::to_string(expected.value()) + ".html");
  else
    CHECK(p.details->type == "tag:rtcerr,2026:error:" + std::to_string(expected.value()));
  return *p.details;
}

// Sends `request` as is over a new connection and returns the response: the
// head and as many body bytes as its Content-Length says (the server may keep
// the connection open after a request it refused).
std::string raw_exchange(int port, std::string_view request) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  REQUIRE(fd >= 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  timeval timeout{5, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  std::string reply;
  if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0 &&
      ::send(fd, request.data(), request.size(), 0) == static_cast<ssize_t>(request.size())) {
    char buffer[4096];
    ssize_t n = 0;
    while ((n = ::recv(fd, buffer, sizeof buffer, 0)) > 0) {
      reply.append(buffer, static_cast<std::size_t>(n));
      const std::size_t head_end = reply.find("\r\n\r\n");
      const std::size_t length_at = reply.find("\r\nContent-Length: ");
      if (head_end == std::string::npos || length_at == std::string::npos || length_at > head_end)
        continue;
      const std::size_t length = std::stoul(reply.substr(length_at + 18));
      if (reply.size() >= head_end + 4 + length) break;
    }
  }
  ::close(fd);
  return reply;
}

// One server for every request below (doctest runs the test case once per
// SUBCASE); the last test case stops it.
gateway_server_process& shared_server() {
  static gateway_server_process server({"--code-page-base", "https://errors.example.com/rtc"});
  return server;
}

TEST_CASE("gateway_server: real requests over loopback") {
  gateway_server_process& server = shared_server();
  httplib::Client client("127.0.0.1", server.port());
  client.set_connection_timeout(5);
  client.set_read_timeout(5);
  const httplib::Headers token = {{"Authorization", "Bearer t0k3n"}};

  SUBCASE("success is plain JSON") {
    const auto res = client.Post("/v1/rooms/42/recording", token, "", "application/json");
    REQUIRE(res);
    CHECK(res->status == 200);
    CHECK(res->get_header_value("Content-Type") == "application/json");
    CHECK(res->body == R"({"task_id":"rec-42"})");
  }
  SUBCASE("no token: 401 with a challenge and no error code (RFC 6750 §3.1)") {
    const auto res = client.Post("/v1/rooms/42/recording", "", "application/json");
    const auto d =
        check_problem(res, 401, "Unauthorized", rtcerr::gateway::errc::authentication_failed,
                      "/v1/rooms/42/recording");
    CHECK(res->get_header_value("WWW-Authenticate") == R"(Bearer realm="rtc")");
    CHECK_FALSE(res->has_header("Retry-After"));
    CHECK(d.retry == rtcerr::retry::refresh_credentials);
    CHECK(d.retryable == false);
    // Another scheme is no bearer token either.
    const auto basic =
        client.Post("/v1/rooms/42/recording", {{"Authorization", "Basic dXNlcjpwdw=="}}, "", "");
    REQUIRE(basic);
    CHECK(basic->status == 401);
    CHECK(basic->get_header_value("WWW-Authenticate") == R"(Bearer realm="rtc")");
  }
  SUBCASE("expired or invalid token: error=\"invalid_token\"") {
    const auto res =
        client.Post("/v1/rooms/42/recording", {{"Authorization", "Bearer expired"}}, "", "");
    const auto d =
        check_problem(res, 401, "Unauthorized", rtcerr::gateway::errc::access_token_expired,
                      "/v1/rooms/42/recording");
    CHECK(
        res->get_header_value("WWW-Authenticate") ==
        R"(Bearer realm="rtc", error="invalid_token", error_description="The access token expired")");
    CHECK(d.retryable == false);  // not with the same token
    const auto bad =
        client.Post("/v1/rooms/42/recording", {{"Authorization", "Bearer bad"}}, "", "");
    check_problem(bad, 401, "Unauthorized", rtcerr::gateway::errc::authentication_failed,
                  "/v1/rooms/42/recording");
    CHECK(bad->get_header_value("WWW-Authenticate") ==
          R"(Bearer realm="rtc", error="invalid_token")");
  }
  SUBCASE("a malformed Authorization header: 400, error=\"invalid_request\"") {
    const auto res =
        client.Post("/v1/rooms/42/recording", {{"Authorization", "Bearer a b"}}, "", "");
    check_problem(res, 400, "Bad Request", rtcerr::gateway::errc::missing_required_parameter,
                  "/v1/rooms/42/recording");
    CHECK(res->get_header_value("WWW-Authenticate") ==
          R"(Bearer realm="rtc", error="invalid_request")");
  }
  SUBCASE("a busy recording server: 503 with Retry-After") {
    const auto res = client.Post("/v1/rooms/busy-1/recording", token, "", "");
    check_problem(res, 503, "Service Unavailable", rtcerr::recording::errc::server_tasks_overloaded,
                  "/v1/rooms/busy-1/recording");
    CHECK(res->get_header_value("Retry-After") == "5");
  }
  SUBCASE("storage full: 507 Insufficient Storage (not 429), with Retry-After") {
    const auto res = client.Post("/v1/rooms/full-1/recording", token, "", "");
    check_problem(res, 507, "Insufficient Storage", rtcerr::recording::errc::insufficient_storage,
                  "/v1/rooms/full-1/recording");
    CHECK(res->get_header_value("Retry-After") == "30");
  }
  SUBCASE("a timeout: the gateway's published 504, with Retry-After") {
    const auto res = client.Post("/v1/rooms/slow-1/recording", token, "", "");
    check_problem(res, 504, "Gateway Timeout", rtcerr::gateway::errc::request_timeout,
                  "/v1/rooms/slow-1/recording");
    CHECK(res->get_header_value("Retry-After") == "2");
  }
  SUBCASE("Accept-Language chooses the language of title and detail") {
    httplib::Headers zh = token;
    zh.emplace("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8");
    auto res = client.Post("/v1/rooms/busy-2/recording", zh, "", "");
    auto d = check_problem(res, 503, "Service Unavailable",
                           rtcerr::recording::errc::server_tasks_overloaded,
                           "/v1/rooms/busy-2/recording", rtcerr::lang::zh);
    CHECK(d.title == "服务器任务数已达负载上限");
    CHECK(d.detail == "房间 busy-2");
    httplib::Headers en = token;
    en.emplace("Accept-Language", "fr-CH, fr;q=0.9, en;q=0.8, zh;q=0.7");
    res = client.Post("/v1/rooms/busy-2/recording", en, "", "");
    d = check_problem(res, 503, "Service Unavailable",
                      rtcerr::recording::errc::server_tasks_overloaded,
                      "/v1/rooms/busy-2/recording", rtcerr::lang::en);
    CHECK(d.title == "Server task count has reached its load limit");
    CHECK(d.detail == "room busy-2");
    // The gateway's own answers follow it too.
    httplib::Headers zh_only = {{"Accept-Language", "zh"}};
    res = client.Post("/v1/rooms/42/recording", zh_only, "", "");
    d = check_problem(res, 401, "Unauthorized", rtcerr::gateway::errc::authentication_failed,
                      "/v1/rooms/42/recording", rtcerr::lang::zh);
    CHECK(d.title == "认证失败");
  }
  SUBCASE("a method the route does not take: 405 with Allow, as a problem") {
    const auto res = client.Get("/v1/rooms/42/recording", token);
    check_problem(res, 405, "Method Not Allowed", rtcerr::gateway::errc::invalid_argument,
                  "/v1/rooms/42/recording");
    CHECK(res->get_header_value("Allow") == "POST");
    const auto channel = client.Put("/v1/rooms/42/channels/cam-1", token, "", "");
    check_problem(channel, 405, "Method Not Allowed", rtcerr::gateway::errc::invalid_argument,
                  "/v1/rooms/42/channels/cam-1");
    CHECK(channel->get_header_value("Allow") == "DELETE");
  }
  SUBCASE("a path no route has: 404, as a problem") {
    const auto res = client.Get("/v1/nothing/here", token);
    check_problem(res, 404, "Not Found", rtcerr::gateway::errc::invalid_argument,
                  "/v1/nothing/here");
    CHECK_FALSE(res->has_header("Allow"));
  }
  SUBCASE("instance is a URI reference: the path percent-encoded") {
    const auto res = client.Delete("/v1/rooms/a%20b%25c%0A%E6%88%BF/channels/x%3Fy", token);
    check_problem(res, 404, "Not Found", rtcerr::recording::errc::input_channel_not_found,
                  "/v1/rooms/a%20b%25c%0A%E6%88%BF/channels/x%3Fy");
  }
  SUBCASE("a code from a newer service is passed on unchanged, as a 500") {
    const auto res = client.Post("/v1/rooms/new-1/recording", token, "", "");
    check_problem(res, 500, "Internal Server Error", rtcerr::error::from_wire(605030099),
                  "/v1/rooms/new-1/recording");
  }
  SUBCASE("a missing channel: 404") {
    const auto res = client.Delete("/v1/rooms/8/channels/cam-9", token);
    check_problem(res, 404, "Not Found", rtcerr::recording::errc::input_channel_not_found,
                  "/v1/rooms/8/channels/cam-9");
  }
  SUBCASE("a layout without a canvas: 400; on an auto-recorded room: 409 (wrong state)") {
    auto res = client.Put("/v1/rooms/9/layout", token, R"({"tiles":[]})", "application/json");
    check_problem(res, 400, "Bad Request", rtcerr::recording::errc::output_layout_missing,
                  "/v1/rooms/9/layout");
    res = client.Put("/v1/rooms/auto-3/layout", token, R"({"canvas":{}})", "application/json");
    check_problem(res, 409, "Conflict",
                  rtcerr::recording::errc::auto_recording_layout_not_supported,
                  "/v1/rooms/auto-3/layout");
    res = client.Put("/v1/rooms/9/layout", token, R"({"canvas":{}})", "application/json");
    REQUIRE(res);
    CHECK(res->status == 204);
  }
  SUBCASE("a missing query parameter: 400") {
    const auto res = client.Post("/v1/rooms/9/channels", token, "", "");
    check_problem(res, 400, "Bad Request", rtcerr::gateway::errc::missing_required_parameter,
                  "/v1/rooms/9/channels");
  }

  SUBCASE("a request httplib itself refuses (an unknown method) still gets a problem") {
    const std::string reply =
        raw_exchange(server.port(),
                     "BREW /v1/rooms/1/recording HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     "Authorization: Bearer t0k3n\r\nConnection: close\r\n\r\n");
    CHECK(reply.starts_with("HTTP/1.1 400 Bad Request\r\n"));
    CHECK(reply.find("\r\nContent-Type: application/problem+json\r\n") != std::string::npos);
    const std::size_t body = reply.find("\r\n\r\n");
    REQUIRE(body != std::string::npos);
    const rtcerr::parsed_problem p = rtcerr::parse_problem_json(reply.substr(body + 4));
    REQUIRE_MESSAGE(p, p.reason);
    CHECK(p.details->error == rtcerr::gateway::errc::invalid_argument);
  }

  client.stop();
}

TEST_CASE("an application's own code crosses a real HTTP server (any registry)") {
  // tests/support/domains_app.hpp's camera_busy: busy, backoff, so 503 with Retry-After 5.
  httplib::Server server;
  server.Get("/v1/cams/0", [](const httplib::Request& request, httplib::Response& response) {
    const acme::error e = acme::media::errc::camera_busy;
    const rtcerr::lang language =
        rtcerr::preferred_language(request.get_header_value("Accept-Language"));
    response.status = rtcerr::response_status(e);
    response.set_header("Retry-After",
                        std::to_string(rtcerr::retry_advice_for(e).retry_after_seconds));
    response.set_header("Content-Language", std::string(rtcerr::content_language(language)));
    response.set_content(
        rtcerr::problem_json(e,
                             {.detail = "cam 0", .instance = request.path, .language = language}),
        std::string(rtcerr::problem_json_media_type).c_str());
  });
  const int port = server.bind_to_any_port("127.0.0.1");
  REQUIRE(port > 0);
  std::thread listening([&server] { server.listen_after_bind(); });
  httplib::Client client("127.0.0.1", port);
  client.set_read_timeout(5);
  const auto res = client.Get("/v1/cams/0", {{"Accept-Language", "zh-CN"}});
  server.stop();
  listening.join();
  REQUIRE(res);
  CHECK(res->status == 503);
  CHECK(res->get_header_value("Retry-After") == "5");
  CHECK(res->get_header_value("Content-Language") == "zh-CN");
  const rtcerr::parsed_problem p = rtcerr::parse_problem_json(res->body);
  REQUIRE_MESSAGE(p, p.reason);
  CHECK(p.details->error_as<acme::error>() == acme::error{acme::media::errc::camera_busy});
  CHECK(p.details->title == "摄像头被占用");
  CHECK(p.details->name == "camera_busy");
  CHECK(p.details->domain == "media");
  CHECK(p.details->condition == rtcerr::condition::busy);
  CHECK(p.details->retry == rtcerr::retry::backoff);
  CHECK(p.details->retryable == true);
}

TEST_CASE("gateway_server: stops by itself when its input closes") {
  CHECK(shared_server().stop(std::chrono::seconds(5)) == 0);
}

}  // namespace
