// The catalogue as text: one code explained, or a list in several formats.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "rtcerr/registry.hpp"

namespace rtcerr::cli {

// Every catalogue code in ascending order: success (0) first, then each
// domain's codes. With a domain, only that domain's codes (no 0).
std::vector<rtcerr::error> catalogue_codes();
std::vector<rtcerr::error> catalogue_codes(rtcerr::domain_id domain);

// One code as a JSON object with the keys domain, code, name, message_zh,
// message_en, hint_zh, hint_en, condition, retry, http_status. `domain` and
// `http_status` are null where there is none.
nlohmann::ordered_json to_json(rtcerr::error e);

// All fields of one code, both languages, for a person to read.
std::string explain(rtcerr::error e);

std::string format_table(const std::vector<rtcerr::error>& codes);
std::string format_json(const std::vector<rtcerr::error>& codes);

}  // namespace rtcerr::cli
