#include "catalogue_export.hpp"

#include <string_view>

namespace rtcerr::cli {
namespace {

std::string or_dash(std::string_view text) { return text.empty() ? "-" : std::string(text); }

std::string padded(std::string_view text, std::size_t width) {
  std::string out(text);
  if (out.size() < width) out.append(width - out.size(), ' ');
  return out;
}

std::string status_of(rtcerr::error e) {
  if (e.known()) return "known";
  if (e.retired()) return "retired";
  return "unknown";
}

}  // namespace

std::vector<rtcerr::error> catalogue_codes() {
  std::vector<rtcerr::error> out{rtcerr::error{}};
  for (const domain_info& d : registry::domains)
    for (const code_info& c : d.codes) out.push_back(rtcerr::error::from_wire(c.value));
  return out;
}

std::vector<rtcerr::error> catalogue_codes(rtcerr::domain_id domain) {
  std::vector<rtcerr::error> out;
  if (domain == domain_id::unknown) return out;
  for (const code_info& c : registry::domains[static_cast<std::size_t>(domain)].codes)
    out.push_back(rtcerr::error::from_wire(c.value));
  return out;
}

nlohmann::ordered_json to_json(rtcerr::error e) {
  nlohmann::ordered_json j;
  j["domain"] = e.domain() == domain_id::unknown ? nlohmann::ordered_json(nullptr)
                                                 : nlohmann::ordered_json(e.domain_name());
  j["code"] = e.value();
  j["name"] = e.name();
  j["message_zh"] = e.message(lang::zh);
  j["message_en"] = e.message(lang::en);
  j["hint_zh"] = e.hint(lang::zh);
  j["hint_en"] = e.hint(lang::en);
  j["condition"] = to_string(e.condition());
  j["retry"] = to_string(e.retry());
  j["http_status"] = e.http_status() == 0 ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(e.http_status());
  return j;
}

std::string explain(rtcerr::error e) {
  const std::string qualifier =
      e.domain() == domain_id::unknown ? "" : std::string(e.domain_name()) + ".";
  std::string out = std::to_string(e.value()) + "  " + qualifier + std::string(e.name()) + "  (" +
                    status_of(e) + ")\n";
  if (const domain_info* d = registry::owner(e.value()))
    out += "  domain:     " + std::string(d->name) + " (" + std::to_string(d->first) + "-" +
           std::to_string(d->last) + ")\n";
  else
    out += "  domain:     none\n";
  out += "  message:    " + std::string(e.message(lang::zh)) + "\n";
  out += "              " + std::string(e.message(lang::en)) + "\n";
  out += "  hint:       " + or_dash(e.hint(lang::zh)) + "\n";
  out += "              " + or_dash(e.hint(lang::en)) + "\n";
  out += "  condition:  " + std::string(to_string(e.condition())) + "\n";
  out += "  retry:      " + std::string(to_string(e.retry())) + "\n";
  out += "  http:       " + (e.http_status() == 0 ? std::string("-") : std::to_string(e.http_status())) +
         "\n";
  return out;
}

std::string format_table(const std::vector<rtcerr::error>& codes) {
  std::string out = padded("code", 11) + padded("domain", 11) + padded("name", 44) +
                    padded("condition", 23) + padded("retry", 21) + padded("http", 6) +
                    "message\n";
  for (const rtcerr::error& e : codes) {
    const std::string_view domain = e.domain() == domain_id::unknown ? "-" : e.domain_name();
    out += padded(std::to_string(e.value()), 11) + padded(domain, 11) +
           padded(e.name(), 44) + padded(to_string(e.condition()), 23) +
           padded(to_string(e.retry()), 21) +
           padded(e.http_status() == 0 ? "-" : std::to_string(e.http_status()), 6) +
           std::string(e.message(lang::zh)) + " / " + std::string(e.message(lang::en)) + "\n";
  }
  return out;
}

std::string format_json(const std::vector<rtcerr::error>& codes) {
  nlohmann::ordered_json array = nlohmann::ordered_json::array();
  for (const rtcerr::error& e : codes) array.push_back(to_json(e));
  return array.dump(2) + "\n";
}

}  // namespace rtcerr::cli
