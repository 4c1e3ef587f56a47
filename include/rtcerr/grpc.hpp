// rtcerr/grpc.hpp - an error as a grpc::Status with google.rpc error details,
// and back. Link rtcerr::grpc (built when grpc++ and protoc are found).
//
// A gRPC service fails a call with the error's status:
//
//   grpc::Status Start(grpc::ServerContext*, const StartRequest*, StartReply*) override {
//     rtcerr::result<std::string> task = recorder.start(...);
//     if (!task) return rtcerr::to_grpc_status(task.error());
//     ...
//   }
//
// and its client reads the code back, known or not:
//
//   const grpc::Status status = stub->Start(&context, request, &reply);
//   if (std::optional<rtcerr::error> e = rtcerr::from_grpc_status(status)) ...
//
// The status carries, as AIP-193 and google.rpc describe:
//   - code: e.grpc_code() (rtcerr/core/status_mapping.hpp); never OK for a failure;
//   - message: the English message;
//   - details (grpc::Status::error_details()): a serialised google.rpc.Status
//     with the same code and message and these details, in this order:
//       ErrorInfo        reason: the name in UPPER_SNAKE ("STREAM_DATA_TIMEOUT",
//                        at most 63 characters; "UNKNOWN" for unlisted values),
//                        domain: the service's name (grpc_fields::service,
//                        "recording.rtc.example.com"; AIP-193 asks for a
//                        globally unique one), or the rtcerr domain when none
//                        is given; metadata: {"code": "605030046",
//                        "domain": "recording", "name": "stream_data_timeout",
//                        "condition": "timeout", "retry": "backoff"};
//       LocalizedMessage the message in the caller's language: locale "zh-CN"
//                        or "en" (grpc_fields::language; a server takes it
//                        from the call's metadata with caller_language());
//       RetryInfo        retry_delay: the suggested delay, for backoff codes only;
//       Help             one link to the code's page in the reference site
//                        (`rtcerr docs --html`), only when the caller gives the
//                        site's base (grpc_fields::code_page_base) and the site
//                        has a page for the code (0, listed and retired codes);
//       DebugInfo        the failure's trace, only when the caller gives it
//                        (grpc_fields::trace) and an edge that shares
//                        (grpc_fields::edge, an internal edge): detail is the
//                        trace's JSON object, format "rtcerr.trace/1" (the
//                        problem+json `trace` member), stack_entries one line
//                        per site ("recording-worker: at worker.cpp:88
//                        read_stream"). The caller continues it with
//                          rtcerr::remote_failure(*from_grpc_status(s), grpc_trace(s))
//                        (<rtcerr/trace.hpp>).
//
// The google.rpc messages are generated at build time from proto/google/rpc/
// (Debian ships no compiled google.rpc protos). They are registered in the
// process-wide protobuf descriptor pool under their published names, so a
// program must not also link another copy of google/rpc/status.proto or
// error_details.proto (for example googleapis' generated code); see
// docs/services.md.
#pragma once

#include <grpcpp/server_context.h>
#include <grpcpp/support/status.h>

#include <optional>
#include <string>
#include <string_view>

#include "rtcerr/code_page.hpp"
#include "rtcerr/core/grpc_code.hpp"
#include "rtcerr/problem_json.hpp"
#include "rtcerr/registry.hpp"

namespace rtcerr {

// The grpc++ status code with the same number.
constexpr ::grpc::StatusCode to_grpc_status_code(grpc_code c) noexcept {
  return static_cast<::grpc::StatusCode>(grpc_number(c));
}

// The ErrorInfo reason of `e`: its name in upper case ("STREAM_DATA_TIMEOUT"),
// cut to 63 characters (the registry checks keep catalogue names within that).
std::string grpc_error_reason(error e);

// What the caller adds to a status.
struct grpc_fields {
  // The root of the reference site (rtcerr/code_page.hpp), e.g.
  // "https://errors.example.com/rtc": the Help detail links to
  // code_page_url(code_page_base, code). Empty: no Help detail.
  std::string_view code_page_base = {};
  // ErrorInfo's domain: the name of the service answering, globally unique
  // (AIP-193: "the logical grouping to which the reason belongs", e.g.
  // "recording.rtc.example.com"). Empty: the rtcerr domain's name, which is
  // not globally unique; services should set it.
  std::string_view service = {};
  // The language of the LocalizedMessage (the status message stays English,
  // as gRPC's developer-facing message). Chinese unless the caller asks.
  lang language = lang::zh;
  // The failure's trace (rtcerr::trace_of(result)), sent as a DebugInfo detail
  // only when `edge` is set and shares (rtcerr/core/trace_remote.hpp); public
  // answers carry none. Read during the call only.
  const trace_snapshot* trace = nullptr;
  const trace_edge* edge = nullptr;
};

// The language a call asks for: its `grpc-accept-language` metadata, or else
// its `accept-language`, read as an Accept-Language value
// (rtcerr::preferred_language, <rtcerr/problem_json.hpp>); `fallback` when the
// call sends neither or names neither language.
lang caller_language(const ::grpc::ServerContextBase& context, lang fallback = lang::zh);

// `e` as a grpc::Status (see the top of this file). The success code gives
// grpc::Status::OK. Allocates (the message and the serialised details).
::grpc::Status to_grpc_status(error e);
::grpc::Status to_grpc_status(error e, const grpc_fields& fields);

namespace detail {
::grpc::Status to_grpc_status_of(const error_facts& e, const grpc_fields& fields);
}
// The same for an error of any registry, an application's included: its
// code's own gRPC code, name, texts and retry advice.
template <class Registry>
::grpc::Status to_grpc_status(const basic_error<Registry>& e, const grpc_fields& fields = {}) {
  return detail::to_grpc_status_of(detail::error_facts::of(e), fields);
}

// The rtcerr error a status carries: success for an OK status; the code in
// its ErrorInfo's metadata (kept as is, known or not) when the details hold
// an ErrorInfo with a decimal int32 `code`; otherwise (a status from a server
// that does not use rtcerr, details that do not parse) std::nullopt. Never
// throws anything but std::bad_alloc.
std::optional<error> from_grpc_status(const ::grpc::Status& status);

// The trace a status carries: the `detail` of its first DebugInfo whose text
// is an rtcerr trace object ("rtcerr.trace/1"), for rtcerr::remote_failure;
// empty when it has none (an OK status, a public answer, another server's).
std::string grpc_trace(const ::grpc::Status& status);

// The same, as an error of another registry (an application's, which knows
// its own domains): from_grpc_status<acme::error>(status).
template <class Error>
std::optional<Error> from_grpc_status(const ::grpc::Status& status) {
  const std::optional<error> e = from_grpc_status(status);
  if (!e) return std::nullopt;
  return Error::from_wire(e->value());
}

}  // namespace rtcerr
