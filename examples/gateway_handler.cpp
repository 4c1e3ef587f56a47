// A REST gateway handler that turns any rtcerr error into an HTTP response.
//
// The services behind the gateway fail with codes of every domain, in result
// or exception style, and sometimes with codes the gateway does not know.
// Whatever comes back, the client gets an HTTP status and a JSON body
// {"code": ..., "message": ..., "hint": ...} in its language:
//   - the status is the code's (rtcerr::response_status(e)): the published
//     one for gateway codes, for the others the one its gRPC code maps to, so
//     that a code added to any domain later needs no edit here; an unknown
//     code is a 500, since nothing says the client is at fault;
//   - the retry advice adds headers: Retry-After when the failure is
//     transient (retry::backoff), WWW-Authenticate when a new token will
//     help (retry::refresh_credentials);
//   - the code is passed on unchanged, known or not, so the client can look
//     it up (rtcerr explain CODE).
#include <fmt/core.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>
#include <rtcerr/format.hpp>
#include <rtcerr/rtcerr.hpp>

namespace {

using json = nlohmann::ordered_json;  // keeps the keys in the order written

struct http_request {
  std::string path;
  std::string token;
  std::string accept_language = "en";
};

struct http_response {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
};

// The response for a failure `e` (never the success code 0).
http_response error_response(rtcerr::error e, rtcerr::lang language) {
  http_response response;
  response.status = rtcerr::response_status(e);
  const rtcerr::retry_advice advice = rtcerr::retry_advice_for(e);
  if (advice.retry_after_seconds > 0)
    response.headers.emplace_back("Retry-After", std::to_string(advice.retry_after_seconds));
  if (advice.reauthenticate())
    response.headers.emplace_back("WWW-Authenticate", R"(Bearer error="invalid_token")");
  const json body = {{"code", e.value()},
                     {"message", std::string(e.message(language))},
                     {"hint", std::string(e.hint(language))}};
  response.body = body.dump();
  return response;
}

// The services behind the gateway, faked: each path answers with a JSON body
// or an error. (Returning result<json> would take rtcerr::failure(e) instead
// of a bare errc: nlohmann::json converts from every enum, so `return errc`
// could mean either.)
rtcerr::result<std::string> call_service(std::string_view path) {
  if (path == "/v1/rooms/42/recording") return json{{"task_id", "rec-42"}}.dump();
  if (path == "/v1/rooms/1/recording") return rtcerr::gateway::errc::system_busy;
  if (path == "/v1/rooms/7/recording") return rtcerr::recording::errc::server_tasks_overloaded;
  if (path == "/v1/rooms/5/recording") return rtcerr::recording::errc::media_service_timeout;
  if (path == "/v1/rooms/8/channels/cam-9") return rtcerr::recording::errc::input_channel_not_found;
  if (path == "/v1/rooms/9/layout")  // a service written in exception style
    rtcerr::throw_error(rtcerr::recording::errc::output_layout_missing);
  if (path == "/v1/messages") return rtcerr::session::errc::unicast_limit_exceeded;
  if (path == "/v1/apps/demo") return rtcerr::session::errc::app_not_found;
  if (path == "/v1/calls") return rtcerr::engine::errc::insufficient_balance;
  if (path == "/v1/rooms/6/recording") return rtcerr::error::from_wire(605030099);  // newer
  return rtcerr::error::from_wire(42424242);  // a legacy backend's private code
}

http_response handle(const http_request& request) {
  const rtcerr::lang language =
      request.accept_language.starts_with("zh") ? rtcerr::lang::zh : rtcerr::lang::en;
  // The gateway's own checks come first, with its own codes.
  if (request.token.empty())
    return error_response(rtcerr::gateway::errc::authentication_failed, language);
  if (request.token == "expired")
    return error_response(rtcerr::gateway::errc::access_token_expired, language);
  try {
    rtcerr::result<std::string> r = call_service(request.path);
    if (!r) return error_response(r.error(), language);
    return {200, {}, std::move(r).value()};
  } catch (const rtcerr::exception& e) {
    return error_response(e.code(), language);
  }
}

void show(const http_request& request) {
  const http_response response = handle(request);
  fmt::print("{} -> {}", request.path, response.status);
  for (const auto& [name, value] : response.headers) fmt::print(" | {}: {}", name, value);
  fmt::print(" | {}\n", response.body);
}

}  // namespace

int main() {
  show({"/v1/rooms/42/recording", "t0k3n"});
  show({"/v1/rooms/42/recording", ""});
  show({"/v1/rooms/42/recording", "expired"});
  show({"/v1/rooms/1/recording", "t0k3n"});
  show({"/v1/rooms/7/recording", "t0k3n"});
  show({"/v1/rooms/5/recording", "t0k3n"});
  show({"/v1/rooms/8/channels/cam-9", "t0k3n"});
  show({"/v1/rooms/9/layout", "t0k3n"});
  show({"/v1/messages", "t0k3n"});
  show({"/v1/apps/demo", "t0k3n"});
  show({"/v1/calls", "t0k3n", "zh-CN"});
  show({"/v1/rooms/6/recording", "t0k3n"});
  show({"/v1/legacy", "t0k3n", "zh-CN"});
  return 0;
}
