// What the error path's two shortcuts rest on, checked at run time.
//
// BOOST_OUTCOME_TRY (and RTCERR_TRY) hand a failed 8-byte rtcerr result on
// as its whole 8 bytes when the function returns the same type
// (rtcerr/core/basic_result.hpp, failed_result_word), instead of rebuilding it
// from the error and the spare bits as Outcome does; and a traced hop reads
// the error and the trace key straight from those 8 bytes
// (rtcerr/core/basic_trace.hpp). Both assume Outcome's layout of an 8-byte result:
// the error in the low 32 bits, the spare bits in the top 16, and a status
// that holds only the error flag, so that Outcome's rebuild gives the same
// word. If Outcome changes its layout, these checks fail first.
#include <doctest/doctest.h>

#include <bit>
#include <boost/outcome/std_result.hpp>
#include <cstdint>
#include <ostream>
#include <system_error>

#include "rtcerr/rtcerr.hpp"

namespace {

namespace outcome = BOOST_OUTCOME_V2_NAMESPACE;
using rtcerr::error;
using rtcerr::result;

template <class R>
std::uint64_t word_of(const R& r) {
  static_assert(sizeof(R) == sizeof(std::uint64_t));
  return std::bit_cast<std::uint64_t>(r);
}

template <class T>
result<T> failed_with_spare(std::int32_t code, std::uint16_t spare) {
  result<T> r = error::from_wire(code);
  outcome::hooks::set_spare_storage(&r, spare);
  return r;
}

// Outcome's own failure branch: the result rebuilt from its error and spare bits.
template <class T>
result<T> rebuilt_by_outcome(const result<T>& r) {
  return outcome::failure(r.assume_error(), outcome::hooks::spare_storage(&r));
}

[[gnu::noinline]] result<int> relay_int(result<int> r) {
  BOOST_OUTCOME_TRY(auto v, r);
  return v + 1;
}
[[gnu::noinline]] result<void> relay_void(result<void> r) {
  BOOST_OUTCOME_TRY(r);
  return rtcerr::success();
}
[[gnu::noinline]] result<long> relay_to_long(result<int> r) {
  BOOST_OUTCOME_TRY(auto v, r);
  return v;
}
[[gnu::noinline]] result<void> relay_to_void(result<int> r) {
  BOOST_OUTCOME_TRY(r);
  return rtcerr::success();
}
[[gnu::noinline]] outcome::std_result<int> relay_to_std(result<int> r) {
  BOOST_OUTCOME_TRY(auto v, r);
  return v;
}
[[gnu::noinline]] result<int> traced_relay(result<int> r) {
  RTCERR_TRY(auto v, r);
  return v + 1;
}
[[gnu::noinline]] result<int> traced_origin() {
  return rtcerr::fail(rtcerr::recording::errc::stream_data_timeout);
}

}  // namespace

TEST_CASE("a failed 8-byte result: error in the low 32 bits, spare bits on top, nothing else") {
  const result<int> r = failed_with_spare<int>(605030046, 0xBEEF);
  CHECK(static_cast<std::int32_t>(word_of(r)) == 605030046);
  CHECK((word_of(r) >> 48) == 0xBEEF);
  CHECK(word_of(rebuilt_by_outcome(r)) == word_of(r));

  const result<void> v = failed_with_spare<void>(-7, 0x0102);
  CHECK(static_cast<std::int32_t>(word_of(v)) == -7);
  CHECK((word_of(v) >> 48) == 0x0102);
  CHECK(word_of(rebuilt_by_outcome(v)) == word_of(v));
}

TEST_CASE("BOOST_OUTCOME_TRY hands a failure on unchanged, to its own type and to others") {
  const result<int> r = failed_with_spare<int>(605030046, 0x1234);
  CHECK(word_of(relay_int(r)) == word_of(r));
  CHECK(relay_int(41).value() == 42);

  const result<void> v = failed_with_spare<void>(605030046, 0x4321);
  CHECK(word_of(relay_void(v)) == word_of(v));
  CHECK(relay_void(rtcerr::success()).has_value());

  // Other types: Outcome's conversion of the error and the spare bits.
  const result<long> l = relay_to_long(r);
  REQUIRE(l.has_error());
  CHECK(l.error().value() == 605030046);
  CHECK(outcome::hooks::spare_storage(&l) == 0x1234);
  const result<void> to_void = relay_to_void(r);
  REQUIRE(to_void.has_error());
  CHECK(to_void.error().value() == 605030046);
  CHECK(outcome::hooks::spare_storage(&to_void) == 0x1234);
  const outcome::std_result<int> s = relay_to_std(result<int>{rtcerr::gateway::errc::system_busy});
  REQUIRE(s.has_error());
  CHECK(s.error() == std::error_code(rtcerr::gateway::errc::system_busy));
}

TEST_CASE("a traced hop keeps the word and the record, one step deeper, and records the hop") {
  const result<int> r = traced_origin();
  REQUIRE(r.has_error());
  const result<int> out = traced_relay(r);
  const rtcerr::trace_snapshot t = rtcerr::trace_of(out);
#if RTCERR_TRACES
  // The error and the flags unchanged; the key one deeper (its low 4 bits).
  CHECK(word_of(out) == word_of(r) + (std::uint64_t{1} << 48));
  REQUIRE(t.present());
  CHECK(t.site_count == 2);  // the origin and the hop
  CHECK(t.error_value == r.error().value());
#else
  CHECK(word_of(out) == word_of(r));
  CHECK(t.state == rtcerr::trace_snapshot::status::none);
#endif
}
