// Fuzzes `rtcerr::error::from_wire`, every query on the result, its
// conversion to std::error_code and to a typed exception, and its formatting
// with every format spec and with arbitrary ones.
//
// A peer can send any 32-bit value. Whatever it is, every query must answer
// without crashing, and the answers must agree with one another and with a
// plain linear scan of the catalogue (an oracle independent of the
// registry's lookup table). Every valid spec formats to what the queries
// say; any other spec, given at run time, is refused with fmt::format_error
// and nothing else.
//
// Input: the first 4 bytes (little-endian, zero-padded) are the value. When
// the fifth byte is odd, the value is instead taken as an index into the
// catalogue plus a small offset, so that known codes and their neighbours
// are reached as often as random numbers. The bytes after the fifth are a
// format spec, tried as "{:SPEC}", and a string held by a result, whose
// `{:j}` must parse as JSON.
#include <fmt/format.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <system_error>

#include "fuzz_check.hpp"
#include "rtcerr/format.hpp"
#include "rtcerr/rtcerr.hpp"
#include "utf8.hpp"

namespace {

// The catalogue entry for `value`, found by walking every domain.
const rtcerr::code_info* linear_find(std::int64_t value) {
  if (value == 0) return &rtcerr::success_code;
  for (const rtcerr::domain_info& d : rtcerr::registry::domains)
    for (const rtcerr::code_info& c : d.codes)
      if (c.value == value) return &c;
  return nullptr;
}

std::int32_t catalogue_neighbour(std::uint32_t index, std::int32_t offset) {
  std::size_t total = 0;
  for (const rtcerr::domain_info& d : rtcerr::registry::domains) total += d.codes.size();
  std::size_t i = index % total;
  for (const rtcerr::domain_info& d : rtcerr::registry::domains) {
    if (i < d.codes.size()) return d.codes[i].value + offset;
    i -= d.codes.size();
  }
  return 0;
}

void check_queries(std::int32_t value) {
  const rtcerr::error e = rtcerr::error::from_wire(value);
  FUZZ_CHECK(e.value() == value);

  const rtcerr::code_info* expected = linear_find(value);
  FUZZ_CHECK(e.info() == expected);
  FUZZ_CHECK(e.known() == (expected != nullptr));
  FUZZ_CHECK(rtcerr::is_registered(value) == e.known());

  // The domain is decided by the ranges alone.
  std::size_t owners = 0;
  rtcerr::domain_id owner = rtcerr::domain_id::unknown;
  for (std::size_t i = 0; i < rtcerr::registry::domain_count; ++i) {
    if (rtcerr::registry::domains[i].owns(value)) {
      ++owners;
      owner = static_cast<rtcerr::domain_id>(i);
    }
  }
  FUZZ_CHECK(owners <= 1);
  FUZZ_CHECK(e.domain() == owner);
  FUZZ_CHECK(rtcerr::domain_of(value) == owner);
  FUZZ_CHECK((owner == rtcerr::domain_id::unknown) == (e.domain_name() == "unknown"));
  if (expected != nullptr && value != 0) FUZZ_CHECK(owner != rtcerr::domain_id::unknown);

  // Every text is there, whatever the value.
  FUZZ_CHECK(!e.name().empty());
  FUZZ_CHECK(!e.message(rtcerr::lang::zh).empty());
  FUZZ_CHECK(!e.message(rtcerr::lang::en).empty());
  FUZZ_CHECK(e.message() == e.message(rtcerr::lang::zh));
  const int http = e.http_status();
  FUZZ_CHECK(http == 0 || (http >= 100 && http <= 599));
  // gRPC: OK for the success code only; every listed code has an HTTP status.
  FUZZ_CHECK((e.grpc_code() == rtcerr::grpc_code::ok) == (value == 0));
  FUZZ_CHECK(rtcerr::is_grpc_number(rtcerr::grpc_number(e.grpc_code())));
  FUZZ_CHECK(e.known() == (http != 0));

  if (expected != nullptr) {
    FUZZ_CHECK(e.name() == expected->name);
    FUZZ_CHECK(e.message(rtcerr::lang::en) == expected->message_en);
    FUZZ_CHECK(e.hint(rtcerr::lang::zh) == expected->hint_zh);
    FUZZ_CHECK(e.condition() == expected->condition);
    FUZZ_CHECK(e.condition() != rtcerr::condition::unknown);
    FUZZ_CHECK(e.retry() == expected->retry);
    FUZZ_CHECK(!e.retired());
  } else {
    // Not in the catalogue: the safe answers, never another code's.
    FUZZ_CHECK(e.condition() == rtcerr::condition::unknown);
    FUZZ_CHECK(e.retry() == rtcerr::retry::never);
    FUZZ_CHECK(http == 0);
    FUZZ_CHECK(e.hint(rtcerr::lang::zh).empty() && e.hint(rtcerr::lang::en).empty());
    FUZZ_CHECK(e.retired() || e.name() == "unknown");
  }
  FUZZ_CHECK(rtcerr::to_string(e.condition()) != std::string_view{});
  FUZZ_CHECK(rtcerr::to_string(e.retry()) != "unknown");
}

// std::error_code and back; a throw caught as rtcerr::exception with the same code.
void check_conversions(rtcerr::error e) {
  const std::error_code ec = make_error_code(e);
  FUZZ_CHECK(ec.value() == e.value());
  FUZZ_CHECK(static_cast<bool>(ec) == (e.value() != 0));
  const auto back = rtcerr::from_error_code(ec);
  FUZZ_CHECK(back.has_value() && *back == e);
  if (e.known() && e.value() != 0) FUZZ_CHECK(ec == e.condition());
  if (e.value() != 0) FUZZ_CHECK(!ec.message().empty());

  bool caught = false;
  try {
    rtcerr::throw_error(e);
  } catch (const rtcerr::exception& x) {
    caught = x.code() == e && x.what() != nullptr && x.what()[0] != '\0';
  }
  FUZZ_CHECK(caught);
}

// Every spec the grammar in rtcerr/core/basic_format.hpp allows.
// "t" (a trace, with its language) and "tj" are the result specs; on an error,
// which carries no trace, they print its line and its JSON.
constexpr std::array<std::string_view, 18> valid_specs{"",     "zh", "en",   "c",    "n",    "q",
                                                       "d",    "m",  "m.zh", "m.en", "h",    "h.zh",
                                                       "h.en", "j",  "t",    "t.zh", "t.en", "tj"};

std::string format_with(std::string_view spec, rtcerr::error e) {
  return fmt::format(fmt::runtime("{:" + std::string(spec) + "}"), e);
}

void check_formatting(rtcerr::error e, std::string_view fuzzed_spec) {
  for (const std::string_view spec : valid_specs)
    FUZZ_CHECK(!format_with(spec, e).empty() || spec[0] == 'h');
  FUZZ_CHECK(format_with("c", e) == std::to_string(e.value()));
  FUZZ_CHECK(format_with("n", e) == e.name());
  FUZZ_CHECK(format_with("m.en", e) == e.message(rtcerr::lang::en));
  FUZZ_CHECK(format_with("m", e) == e.message(rtcerr::lang::zh));
  FUZZ_CHECK(format_with("h.en", e) == e.hint(rtcerr::lang::en));
  FUZZ_CHECK(format_with("", e).find(std::to_string(e.value())) != std::string::npos);
  FUZZ_CHECK(format_with("q", e).find(e.name()) != std::string::npos);

  // The JSON form is JSON, and names the same code.
  const auto json = nlohmann::json::parse(format_with("j", e), nullptr, /*allow_exceptions=*/false);
  FUZZ_CHECK(!json.is_discarded());
  FUZZ_CHECK(json.is_object() && json.contains("code") && json["code"] == e.value());

  // Formatting into a buffer too small for the text is cut, and says how long it would be.
  char small[8];
  const auto cut = fmt::format_to_n(small, sizeof small, "{}", e);
  FUZZ_CHECK(cut.size == format_with("", e).size());

  // Any other spec: fmt::format_error, and only that (anything else escapes and aborts).
  bool formatted = false;
  try {
    (void)format_with(fuzzed_spec, e);
    formatted = true;
  } catch (const fmt::format_error&) {
  }
  if (formatted && fuzzed_spec.find_first_of("{}") == std::string_view::npos) {
    bool listed = false;
    for (const std::string_view spec : valid_specs) listed = listed || spec == fuzzed_spec;
    FUZZ_CHECK(listed);
  }
}

// `{:j}` of a result is always one JSON value: {"value":...} for a success
// (the fuzzed bytes as a string, the wire value as a number), the error's
// object for a failure. Valid UTF-8 comes back unchanged.
void check_result_json(rtcerr::error e, std::string_view bytes) {
  const std::string text(bytes);
  const auto parsed = [](const std::string& out) {
    return nlohmann::json::parse(out, nullptr, /*allow_exceptions=*/false);
  };
  const auto as_string = parsed(fmt::format("{:j}", rtcerr::result<std::string>(text)));
  FUZZ_CHECK(!as_string.is_discarded() && as_string.is_object() && as_string.size() == 1);
  FUZZ_CHECK(as_string["value"].is_string());
  if (rtcerr_fuzz::is_valid_utf8(bytes)) FUZZ_CHECK(as_string["value"].get<std::string>() == text);

  const auto as_number = parsed(fmt::format("{:j}", rtcerr::result<std::int32_t>(e.value())));
  FUZZ_CHECK(!as_number.is_discarded() && as_number["value"] == e.value());

  if (e.value() != 0) {
    const rtcerr::result<std::string> failed = e;
    const auto as_error = parsed(fmt::format("{:j}", failed));
    FUZZ_CHECK(!as_error.is_discarded() && as_error["code"] == e.value());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::uint8_t bytes[4] = {0, 0, 0, 0};
  std::memcpy(bytes, data, size < 4 ? size : 4);
  const std::uint32_t raw =
      bytes[0] | (bytes[1] << 8) | (bytes[2] << 16) | (static_cast<std::uint32_t>(bytes[3]) << 24);
  std::int32_t value = static_cast<std::int32_t>(raw);
  if (size >= 5 && (data[4] & 1) != 0)
    value = catalogue_neighbour(raw & 0xffff, static_cast<std::int8_t>(bytes[3]) % 4);
  check_queries(value);
  const std::string_view spec =
      size > 5 ? std::string_view(reinterpret_cast<const char*>(data) + 5, size - 5) : "";
  check_conversions(rtcerr::error::from_wire(value));
  check_formatting(rtcerr::error::from_wire(value), spec);
  check_result_json(rtcerr::error::from_wire(value), spec);
  return 0;
}
