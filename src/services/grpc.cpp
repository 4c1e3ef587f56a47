// rtcerr errors as grpc::Status with google.rpc details (rtcerr/grpc.hpp).
#include "rtcerr/grpc.hpp"

#include <charconv>
#include <cstdint>
#include <string>
#include <system_error>

#include "google/rpc/error_details.pb.h"
#include "google/rpc/status.pb.h"
#include "rtcerr/core/status_mapping.hpp"
#include "rtcerr/problem_json.hpp"

namespace rtcerr {
namespace {

constexpr std::size_t max_reason_length = 63;  // AIP-193

// The ErrorInfo reason of a code named `name` (see grpc_error_reason).
std::string reason_of(std::string_view name) {
  std::string reason(name.substr(0, max_reason_length));
  for (char& c : reason)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  while (!reason.empty() && reason.back() == '_') reason.pop_back();  // reasons end in [A-Z0-9]
  return reason;
}

}  // namespace

std::string grpc_error_reason(error e) { return reason_of(e.name()); }

::grpc::Status to_grpc_status(error e) { return to_grpc_status(e, {}); }

::grpc::Status to_grpc_status(error e, const grpc_fields& fields) {
  return detail::to_grpc_status_of(detail::error_facts::of(e), fields);
}

::grpc::Status detail::to_grpc_status_of(const error_facts& e, const grpc_fields& fields) {
  if (e.value == 0) return ::grpc::Status::OK;
  const int code = grpc_number(e.grpc);
  const std::string message(e.message_en);

  google::rpc::Status status;
  status.set_code(code);
  status.set_message(message);

  google::rpc::ErrorInfo info;
  info.set_reason(reason_of(e.name));
  info.set_domain(std::string(fields.service.empty() ? e.domain : fields.service));
  auto& metadata = *info.mutable_metadata();
  metadata["code"] = std::to_string(e.value);
  metadata["domain"] = std::string(e.domain);
  metadata["name"] = std::string(e.name);
  metadata["condition"] = std::string(to_string(e.condition));
  metadata["retry"] = std::string(to_string(e.retry));
  status.add_details()->PackFrom(info);

  const lang language = fields.language == lang::en ? lang::en : lang::zh;
  google::rpc::LocalizedMessage localized;
  localized.set_locale(std::string(content_language(language)));
  localized.set_message(std::string(language == lang::en ? e.message_en : e.message_zh));
  status.add_details()->PackFrom(localized);

  if (e.advice.retry_after_seconds > 0) {
    google::rpc::RetryInfo retry_info;
    retry_info.mutable_retry_delay()->set_seconds(e.advice.retry_after_seconds);
    status.add_details()->PackFrom(retry_info);
  }

  if (!fields.code_page_base.empty() && e.has_page) {
    google::rpc::Help help;
    google::rpc::Help::Link* link = help.add_links();
    link->set_description("rtcerr reference: " + std::string(e.domain) + "." + std::string(e.name) +
                          " (" + std::to_string(e.value) + ")");
    link->set_url(code_page_url(fields.code_page_base, e.value));
    status.add_details()->PackFrom(help);
  }
  return {static_cast<::grpc::StatusCode>(code), message, status.SerializeAsString()};
}

lang caller_language(const ::grpc::ServerContextBase& context, lang fallback) {
  const auto& metadata = context.client_metadata();
  for (const char* key : {"grpc-accept-language", "accept-language"}) {
    const auto found = metadata.find(key);
    if (found != metadata.end())
      return preferred_language(std::string_view(found->second.data(), found->second.size()),
                                fallback);
  }
  return fallback;
}

std::optional<error> from_grpc_status(const ::grpc::Status& status) {
  if (status.ok()) return error{};
  google::rpc::Status details;
  if (status.error_details().empty() || !details.ParseFromString(status.error_details()))
    return std::nullopt;
  for (const google::protobuf::Any& any : details.details()) {
    google::rpc::ErrorInfo info;
    if (!any.Is<google::rpc::ErrorInfo>() || !any.UnpackTo(&info)) continue;
    const auto found = info.metadata().find("code");
    if (found == info.metadata().end()) continue;
    const std::string& text = found->second;
    std::int32_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size() || text.empty()) continue;
    if (value == 0) continue;  // a failed status cannot carry the success code
    return error::from_wire(value);
  }
  return std::nullopt;
}

}  // namespace rtcerr
