// Decoding error codes received from a server, including codes this client
// does not know yet.
//
// A server can be newer than its clients and send codes added to the
// catalogue after the client was built. rtcerr::error::from_wire keeps any
// int32 exactly as received, so such a code is neither lost nor rewritten:
//   - inside a known domain's range (605030099): known() is false, domain()
//     is that domain, name() is "unknown", retry() is never;
//   - outside every range (707070707): domain() is domain_id::unknown.
// Encoding an error (value()) gives back the number that came in, so a client
// that stores or relays codes passes them on unchanged; below, a whole reply
// is decoded, re-encoded and compared with the original. A number that does
// not fit in an int32 is not a code: the decoder refuses it instead of
// truncating it into some other code.
#include <fmt/core.h>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>
#include <rtcerr/format.hpp>
#include <rtcerr/rtcerr.hpp>

namespace {

using nlohmann::json;

// The error in a JSON value: nullopt unless it is an integer within int32.
std::optional<rtcerr::error> decode_code(const json& value) {
  constexpr auto max = std::numeric_limits<std::int32_t>::max();
  constexpr auto min = std::numeric_limits<std::int32_t>::min();
  if (value.is_number_unsigned()) {  // what the parser makes of any n >= 0
    const auto n = value.get<std::uint64_t>();
    if (n > max) return std::nullopt;
    return rtcerr::error::from_wire(static_cast<std::int32_t>(n));
  }
  if (value.is_number_integer()) {
    const auto n = value.get<std::int64_t>();
    if (n < min || n > max) return std::nullopt;
    return rtcerr::error::from_wire(static_cast<std::int32_t>(n));
  }
  return std::nullopt;
}

// A reply of the (fictional) batch API: one result per operation, and
// warnings as bare codes.
struct op_result {
  std::string op;
  rtcerr::error code;
};
struct batch_reply {
  std::string request_id;
  std::vector<op_result> results;
  std::vector<rtcerr::error> warnings;
};

// The reply in `j`; nullopt when a code is malformed. (Missing keys or wrong
// types throw nlohmann::json::exception.)
std::optional<batch_reply> decode(const json& j) {
  batch_reply reply{j.at("request_id").get<std::string>(), {}, {}};
  for (const json& r : j.at("results")) {
    const std::optional<rtcerr::error> code = decode_code(r.at("code"));
    if (!code) return std::nullopt;
    reply.results.push_back({r.at("op").get<std::string>(), *code});
  }
  for (const json& w : j.at("warnings")) {
    const std::optional<rtcerr::error> code = decode_code(w);
    if (!code) return std::nullopt;
    reply.warnings.push_back(*code);
  }
  return reply;
}

json encode(const batch_reply& reply) {
  json results = json::array();
  for (const op_result& r : reply.results)
    results.push_back({{"op", r.op}, {"code", r.code.value()}});
  json warnings = json::array();
  for (const rtcerr::error w : reply.warnings) warnings.push_back(w.value());
  return {{"request_id", reply.request_id}, {"results", results}, {"warnings", warnings}};
}

void describe(std::string_view what, rtcerr::error e) {
  fmt::print("{} {}: known={} domain={} retry={} name={:q} message={:m.en}\n", what, e.value(),
             e.known(), e.domain_name(), rtcerr::to_string(e.retry()), e, e);
}

}  // namespace

int main() {
  const std::string wire = R"({
    "request_id": "r-1842",
    "results": [
      {"op": "join", "code": 0},
      {"op": "record", "code": 605030046},
      {"op": "record", "code": 605030099},
      {"op": "publish", "code": 1000021},
      {"op": "push", "code": 707070707}
    ],
    "warnings": [606000006, 605030002]
  })";
  const json original = json::parse(wire);
  const std::optional<batch_reply> reply = decode(original);
  if (!reply) return 1;

  for (const op_result& r : reply->results) describe(r.op, r.code);
  for (const rtcerr::error w : reply->warnings) describe("warning", w);

  // Unknown codes still route by domain: the recording team sees 605030099.
  for (const op_result& r : reply->results)
    if (r.code.domain() == rtcerr::domain_id::recording && !r.code.known())
      fmt::print("to the recording team: {:en}\n", r.code);

  const json again = encode(*reply);
  fmt::print("re-encoded: {}\n", again.dump());
  fmt::print("round trip {}\n", again == original ? "holds" : "BROKEN");

  // Numbers that are not int32 codes are refused, not truncated.
  for (const char* bad : {"4294967296", "-2147483649", "\"605030046\"", "6.05e8"})
    fmt::print("{}: {}\n", bad, decode_code(json::parse(bad)) ? "accepted" : "refused");
  return 0;
}
