// rtcerr/problem_json.hpp - an error as an HTTP API problem document (RFC 9457,
// `application/problem+json`), and back.
//
// A server answers a failure with the error's HTTP status and a body that
// both people and programs can read:
//
//   const rtcerr::error e = rtcerr::gateway::errc::system_busy;
//   response.status = rtcerr::response_status(e);               // 503
//   response.set_header("Content-Type", rtcerr::problem_json_media_type);
//   response.body = rtcerr::problem_json(e, {.detail = "42 tasks queued",
//                                            .instance = "/v1/rooms/42/recording"});
//
//   {"type":"tag:rtcerr,2026:error:606000006","title":"System busy","status":503,
//    "detail":"42 tasks queued","instance":"/v1/rooms/42/recording",
//    "code":606000006,"domain":"gateway","name":"system_busy","condition":"busy",
//    "retry":"backoff","retryable":true,"message_zh":"系统繁忙"}
//
// `type` names the kind of problem (the code) and `title` is its message (in
// English unless the caller asks for Chinese, see problem_fields::language),
// the same for every occurrence; `detail` and `instance` describe this
// occurrence and come from the caller. The extension members carry what a
// client acts on: the code, its condition and its retry policy. A client
// reads the body back with parse_problem_json(), which keeps what the server
// said even for a code the client does not know.
//
// An internal caller (another service of the same platform, a support tool)
// can also be sent where the failure came from: pass the error's trace
// (rtcerr::trace_of(result), see <rtcerr/trace.hpp>) as `fields.trace` and the
// body gains a `trace` member, the same object `{:tj}` writes. Its file names
// and function names are the server's: leave it out of public responses.
//
// This header is light (the catalogue's error type and <string>); the writer
// and the parser are compiled into the library (src/services/problem_json.cpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rtcerr/code_page.hpp"
#include "rtcerr/core/internal/export.hpp"
#include "rtcerr/core/internal/trace_storage.hpp"
#include "rtcerr/registry.hpp"

namespace rtcerr {

// The media type of a problem document (RFC 9457 §3).
inline constexpr std::string_view problem_json_media_type = "application/problem+json";

// The default start of `type`, to which the decimal code is appended. RFC 9457
// suggests a tag URI when the type is not meant to be dereferenced; a service
// with documentation pages sets its own base, e.g. "https://docs.example.com/errors/".
inline constexpr std::string_view default_problem_type_base = "tag:rtcerr,2026:error:";

// What the caller adds to a problem document. Empty members are left out.
struct problem_fields {
  std::string_view detail = {};    // this occurrence, for a person ("42 tasks queued")
  std::string_view instance = {};  // a URI reference for this occurrence ("/v1/rooms/42")
  std::string_view type_base = default_problem_type_base;  // `type` = type_base + code
  // The root of a site written by `rtcerr docs --html` (rtcerr/code_page.hpp).
  // When set, `type` is the code's page, code_page_url(code_page_base, code),
  // for the codes the site has a page for: 0, listed and retired codes. Other
  // values (a newer peer's code) keep type_base + code, since no page exists
  // to send a person to.
  std::string_view code_page_base = {};
  // The error's trace and context (rtcerr::trace_of(result), or an exception's
  // trace()), written as the extension member `trace`; none when null. Read
  // during the call only.
  const trace_snapshot* trace = nullptr;
  // The language of `title` (the code's message); `detail` is the caller's and
  // should be in the same language. A server chooses it from the request's
  // Accept-Language (rtcerr::preferred_language) and says which in
  // Content-Language (rtcerr::content_language).
  lang language = lang::en;
  // The response's HTTP status when it is not the code's own, for a failure
  // the code describes only in part (a route the server does not have: 404;
  // a method it does not allow there: 405). 0: response_status(e).
  int status = 0;
};

// The language a request asks for in its Accept-Language (RFC 9110 §12.5.4)
// or grpc-accept-language value: the one of zh and en with the highest
// weight ("zh-CN,zh;q=0.9,en;q=0.8" -> zh; "en-US" -> en; "*" -> fallback),
// `fallback` when it names neither, is empty or does not parse. Never throws.
RTCERR_API lang preferred_language(std::string_view accept_language,
                                   lang fallback = lang::en) noexcept;

// The language tag of a language, for Content-Language and a gRPC
// LocalizedMessage's locale: "zh-CN" or "en".
constexpr std::string_view content_language(lang l) noexcept {
  return l == lang::zh ? "zh-CN" : "en";
}

namespace detail {
// What the writers need of an error of any registry, read through its public
// queries (so that an application's codes get their own answers).
struct error_facts {
  std::int32_t value = 0;
  bool has_page = false;  // known() or retired(): the reference site has a page
  std::string_view domain, name, message_zh, message_en;
  rtcerr::condition condition = condition::unknown;
  rtcerr::retry retry = retry::never;
  int response_status = 500;
  retry_advice advice = {};
  grpc_code grpc = grpc_code::unknown;

  template <class Error>
  static constexpr error_facts of(const Error& e) noexcept {
    return {e.value(),
            e.known() || e.retired(),
            e.domain_name(),
            e.name(),
            e.message(lang::zh),
            e.message(lang::en),
            e.condition(),
            e.retry(),
            ::rtcerr::response_status(e),
            ::rtcerr::retry_advice_for(e),
            e.grpc_code()};
  }
};
RTCERR_API std::string problem_json_of(const error_facts& e, const problem_fields& fields);
}  // namespace detail

// The problem document for `e`, one line of JSON with the members, in this
// order: type, title (the message in `fields.language`), status
// (`fields.status` when set, else response_status(e): 500 for a value not in
// the catalogue, 200 for 0), detail and instance (when not empty), then the
// extensions code (the value, kept as is), domain ("unknown" outside every
// range), name, condition (to_string(e.condition())), retry (the policy:
// "never", "backoff" or "refresh_credentials"), retryable (true for `backoff`
// only: never for a code that needs new credentials or a user's action),
// message_zh, and trace when `fields.trace` is set: {"status": "present" |
// "lost" | "none", "origin", "sites": [{"file", "line", "function",
// "expression"}...], "sites_dropped", "context": [{"key", "value", "cut"}...],
// "context_dropped"}, origin first, as {:tj} writes it. Any input is accepted: every string is
// escaped as JSON requires, and bytes that are not valid UTF-8 in the caller's strings become
// U+FFFD, so the result is always valid UTF-8 JSON.
RTCERR_API std::string problem_json(error e, const problem_fields& fields = {});

// The same for an error of any registry, an application's included
// (rtcerr::registry_with<acme::media::domain>): its code's own status,
// condition, retry advice, name and texts.
//
//   const acme::error e = acme::media::errc::camera_busy;
//   rtcerr::problem_json(e);  // {..."status":503,..."name":"camera_busy","condition":"busy",...}
template <class Registry>
std::string problem_json(const basic_error<Registry>& e, const problem_fields& fields = {}) {
  return detail::problem_json_of(detail::error_facts::of(e), fields);
}

// A member of a problem document that parse_problem_json() does not read
// into a field: its name and its value's JSON text, exactly as sent.
struct problem_member {
  std::string name;
  std::string json;  // e.g. `30`, `"30"`, `{"a":[1,2]}`
};

// A problem document read back by a client. Everything the server said is
// kept, so that a client can act on a code it does not know (a newer
// server's): its name, condition, retry policy and title come from the body.
struct problem_details {
  rtcerr::error error;  // the `code` member, kept as is (known or not)
  int status = 0;       // 0 when absent or not an integer in 100-599
  std::string type;     // the string members; empty when absent or not strings
  std::string title;
  std::string detail;
  std::string instance;
  std::string domain;  // rtcerr's extensions, as the server wrote them
  std::string name;
  // The `condition` and `retry` members when they are strings naming a
  // condition or policy this client knows (a newer one goes to `extensions`).
  std::optional<rtcerr::condition> condition;
  std::optional<rtcerr::retry> retry;
  std::optional<bool> retryable;  // the `retryable` member when a boolean
  // Every other member (message_zh, trace, another server's own), in order,
  // and the string members above when their value is not a string.
  std::vector<problem_member> extensions;

  // The code as an error of another registry (an application's, which knows
  // its own domains): the same value, kept as is.
  //   const acme::error e = p.details->error_as<acme::error>();
  template <class Error>
  Error error_as() const noexcept {
    return Error::from_wire(error.value());
  }

  // The extension member `name`, or nullptr.
  const problem_member* extension(std::string_view member) const noexcept {
    for (const problem_member& m : extensions)
      if (m.name == member) return &m;
    return nullptr;
  }
};

// The outcome of parse_problem_json: details, or the reason there are none.
struct parsed_problem {
  std::optional<problem_details> details;
  std::string reason;  // empty when `details` holds a value

  explicit operator bool() const noexcept { return details.has_value(); }
};

// Reads a problem document, from rtcerr or from another server, for a code of
// any registry (problem_details::error_as gives an application's error). Tolerant of
// what it does not need: unknown members and members of unexpected types are
// ignored, and so are `status`, `type`, ... when absent. Strict where a client
// would otherwise act on a wrong code: the body must be one well-formed JSON
// object (RFC 8259, valid UTF-8, nesting at most 64 deep) with exactly one
// `code` member holding an integer in int32 range. Otherwise the result is
// empty and `reason` says why in one line ("no \"code\" member: not an rtcerr
// problem document"). Never throws anything but std::bad_alloc; never reads
// outside `body`.
RTCERR_API parsed_problem parse_problem_json(std::string_view body);

}  // namespace rtcerr
