#include "registry_export.hpp"

#include "rtcerr/core/grpc_code.hpp"
#include "rtcerr/version.hpp"

namespace rtcerr::cli {

namespace {

using json = nlohmann::ordered_json;

json http_or_null(int status) { return status != 0 ? json(status) : json(nullptr); }

std::string grpc_name(int number) { return std::string(to_string(static_cast<grpc_code>(number))); }

json default_json(const model_unknown_default& u, bool with_range) {
  json j;
  if (with_range) {
    j["first"] = u.first;
    j["last"] = u.last;
  }
  j["condition"] = u.condition;
  j["retry"] = u.retry;
  j["http_status"] = http_or_null(u.http_status);
  j["grpc_code"] = u.grpc_code;
  j["grpc_name"] = grpc_name(u.grpc_code);
  return j;
}

std::string hex_id(std::uint64_t id) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, id >>= 4) out[static_cast<std::size_t>(i)] = digits[id & 0xf];
  return out;
}

}  // namespace

json code_members(const model_code& c) {
  json j;
  j["domain"] = c.domain.empty() ? json(nullptr) : json(c.domain);
  j["code"] = c.value;
  j["name"] = c.name;
  j["message_zh"] = c.message_zh;
  j["message_en"] = c.message_en;
  j["hint_zh"] = c.hint_zh;
  j["hint_en"] = c.hint_en;
  j["condition"] = c.condition;
  j["retry"] = c.retry;
  j["http_status"] = http_or_null(c.http_status);
  return j;
}

json export_json(const catalogue_model& model) {
  json out;
  out["schema_version"] = export_schema_version;
  out["catalogue_version"] = model.version;
  out["rtcerr_version"] = RTCERR_VERSION_STRING;
  out["fingerprint"] = model.fingerprint;
  out["outside"] = {{"message_zh", model.unknown_message_zh},
                    {"message_en", model.unknown_message_en},
                    {"condition", "unknown"},
                    {"retry", "never"},
                    {"http_status", nullptr},
                    {"grpc_code", model.unknown_grpc_code},
                    {"grpc_name", grpc_name(model.unknown_grpc_code)}};
  json domains = json::array();
  for (const model_domain& d : model.domains) {
    json j;
    j["name"] = d.name;
    j["id"] = hex_id(d.id);
    j["first"] = d.first;
    j["last"] = d.last;
    j["unknown_message_zh"] = d.unknown_message_zh;
    j["unknown_message_en"] = d.unknown_message_en;
    j["unknown_default"] = default_json(d.unknown, false);
    json ranges = json::array();
    for (const model_unknown_default& u : d.unknown_ranges) ranges.push_back(default_json(u, true));
    j["unknown_ranges"] = std::move(ranges);
    json retired = json::array();
    for (const model_retired& r : d.retired)
      retired.push_back({{"code", r.value}, {"name", r.name}});
    j["retired"] = std::move(retired);
    domains.push_back(std::move(j));
  }
  out["domains"] = std::move(domains);
  json codes = json::array();
  for (const model_code& c : model.codes) {
    json j = code_members(c);
    j["grpc_code"] = c.grpc_code;
    j["grpc_name"] = grpc_name(c.grpc_code);
    codes.push_back(std::move(j));
  }
  out["codes"] = std::move(codes);
  return out;
}

std::string format_export(const catalogue_model& model) {
  return export_json(model).dump(2) + "\n";
}

}  // namespace rtcerr::cli
