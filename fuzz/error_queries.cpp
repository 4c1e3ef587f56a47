// Fuzzes `rtcerr::error::from_wire` and every query on the result.
//
// A peer can send any 32-bit value. Whatever it is, every query must answer
// without crashing, and the answers must agree with one another and with a
// plain linear scan of the catalogue (an oracle independent of the
// registry's lookup table).
//
// Input: the first 4 bytes (little-endian, zero-padded) are the value. When
// the fifth byte is odd, the value is instead taken as an index into the
// catalogue plus a small offset, so that known codes and their neighbours
// are reached as often as random numbers.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "fuzz_check.hpp"
#include "rtcerr/rtcerr.hpp"

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
  return 0;
}
