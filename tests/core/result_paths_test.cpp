// Every way Outcome offers to make or convert a result keeps rtcerr's two
// promises (docs/results-and-exceptions.md, "Every construction path"):
//   - a failure never holds the success code 0: made from 0 by any path, it
//     holds failure_from_success_value, and converted to std::error_code it
//     is truthy;
//   - a failure never changes domain: an application's code that reaches a
//     result keeps its value and its domain, or does not compile
//     (tests/compile_fail/result_narrowing_*.cpp).
// Each case below is one row of that table.
#include <doctest/doctest.h>

#include <boost/outcome/outcome.hpp>
#include <boost/outcome/std_outcome.hpp>
#include <boost/outcome/std_result.hpp>

#include <cstdint>
#include <string>
#include <system_error>
#include <type_traits>

#include "rtcerr/rtcerr.hpp"

// clang-format off
#define PATHS_ACME_CODES(CODE, RETIRED) \
  CODE(700001, camera_busy, "摄像头被占用", "", "Camera is busy", "", busy, backoff, 0)
// clang-format on

namespace paths_acme {
RTCERR_DEFINE_DOMAIN(media, 700000, 700999, PATHS_ACME_CODES);
using error = rtcerr::basic_error<rtcerr::registry_with<domain>>;
template <class T>
using result = rtcerr::basic_result<T, error>;
}  // namespace paths_acme

namespace {

namespace outcome = BOOST_OUTCOME_V2_NAMESPACE;
using rtcerr::failure_from_success_value;

// A run-time 0, as a peer would send it: the compiler cannot see it.
std::int32_t wire_zero() {
  static volatile std::int32_t zero = 0;
  return zero;
}
rtcerr::error zero_error() { return rtcerr::error::from_wire(wire_zero()); }

constexpr std::int32_t invalid_argument = 1;  // rtcerr::engine::errc::invalid_argument

rtcerr::result<int> outcome_failure_of_zero() { return outcome::failure(zero_error()); }
rtcerr::result<int> failed_int() { return rtcerr::engine::errc::invalid_argument; }
paths_acme::result<int> camera() { return paths_acme::errc::camera_busy; }

}  // namespace

TEST_CASE("Outcome's failure() of the success code gives the documented sentinel") {
  CHECK(outcome_failure_of_zero().error().value() == failure_from_success_value);

  rtcerr::result<void> v = outcome::failure(zero_error());
  CHECK(v.error().value() == failure_from_success_value);

  paths_acme::result<int> app = outcome::failure(paths_acme::error::from_wire(wire_zero()));
  CHECK(app.error().value() == failure_from_success_value);

  // The failure_type itself already holds the sentinel, so every Outcome
  // type made from it does, including Outcome's own outcome<T, rtcerr::error>.
  CHECK(outcome::failure(zero_error()).error().value() == failure_from_success_value);
  outcome::std_outcome<int, rtcerr::error> o = outcome::failure(zero_error());
  CHECK(o.error().value() == failure_from_success_value);
  outcome::std_result<int> s = outcome::failure(zero_error());
  CHECK(static_cast<bool>(s.error()));

  // Other errors pass unchanged, as do errc enumerators (Outcome's template).
  rtcerr::result<int> e = outcome::failure(rtcerr::error::from_wire(invalid_argument));
  CHECK(e.error().value() == invalid_argument);
  rtcerr::result<int> errc = outcome::failure(rtcerr::engine::errc::invalid_argument);
  CHECK(errc.error().value() == invalid_argument);
}

TEST_CASE("A failure_type of the success code, however made, becomes the sentinel in a result") {
  rtcerr::result<int> direct = outcome::failure_type<rtcerr::error>{zero_error()};
  CHECK(direct.error().value() == failure_from_success_value);
  rtcerr::result<std::string> other_value = outcome::failure_type<rtcerr::error>{zero_error()};
  CHECK(other_value.error().value() == failure_from_success_value);
  paths_acme::result<int> app = outcome::failure_type<rtcerr::error>{zero_error()};
  CHECK(app.error().value() == failure_from_success_value);
  // An errc's failure_type, converted on the way in.
  rtcerr::result<int> errc =
      outcome::failure_type<rtcerr::engine::errc>{static_cast<rtcerr::engine::errc>(wire_zero())};
  CHECK(errc.error().value() == failure_from_success_value);
}

TEST_CASE("In-place construction of an error checks it") {
  rtcerr::result<int> r{outcome::in_place_type<rtcerr::error>, zero_error()};
  CHECK(r.error().value() == failure_from_success_value);
  rtcerr::result<void> v{outcome::in_place_type<rtcerr::error>, zero_error()};
  CHECK(v.error().value() == failure_from_success_value);
}

TEST_CASE("as_failure() of a result whose error was overwritten with 0 is checked where it lands") {
  rtcerr::result<int> r = failed_int();
  r.error() = rtcerr::error{};  // not checked: a reference into the result (documented)
  rtcerr::result<void> v = std::move(r).as_failure();
  CHECK(v.error().value() == failure_from_success_value);

  rtcerr::result<int> kept = failed_int();
  rtcerr::result<long> other = kept.as_failure();
  CHECK(other.error().value() == invalid_argument);
}

TEST_CASE("Converting constructors keep the code and its domain") {
  const rtcerr::result<int> r = failed_int();
  const rtcerr::result<long> wider{r};
  CHECK(wider.error().value() == invalid_argument);
  const paths_acme::result<int> app{r};  // the catalogue's error into the application's: lossless
  CHECK(app.error().value() == invalid_argument);
  CHECK(app.error().domain_name() == "engine");
  const outcome::std_result<int> s{r};
  CHECK(bool(s.error() == rtcerr::condition::invalid_argument));

  const rtcerr::result<int> ok = 7;
  CHECK(rtcerr::result<long>{ok}.value() == 7);
}

namespace {

template <class To, class From>
To outcome_try(From (*f)()) {
  BOOST_OUTCOME_TRY(auto v, f());
  static_cast<void>(v);
  return To{outcome::in_place_type<typename To::value_type>};
}
template <class From>
rtcerr::result<void> outcome_try_void(From (*f)()) {
  BOOST_OUTCOME_TRY(f());
  return rtcerr::success();
}
template <class To, class From>
To rtcerr_try(From (*f)()) {
  RTCERR_TRY(auto v, f());
  static_cast<void>(v);
  return To{outcome::in_place_type<typename To::value_type>};
}
template <class From>
rtcerr::result<void> rtcerr_try_void(From (*f)()) {
  RTCERR_TRY(f());
  return rtcerr::success();
}

}  // namespace

TEST_CASE(
    "BOOST_OUTCOME_TRY and RTCERR_TRY propagate losslessly where the code keeps its meaning") {
  // rtcerr::result<int> into results of other value types and into the
  // application's result.
  CHECK(outcome_try<rtcerr::result<int>>(failed_int).error().value() == invalid_argument);
  CHECK(outcome_try<rtcerr::result<std::string>>(failed_int).error().value() == invalid_argument);
  CHECK(outcome_try_void(failed_int).error().value() == invalid_argument);
  CHECK(outcome_try<paths_acme::result<int>>(failed_int).error().domain_name() == "engine");
  CHECK(rtcerr_try<rtcerr::result<int>>(failed_int).error().value() == invalid_argument);
  CHECK(rtcerr_try<rtcerr::result<std::string>>(failed_int).error().value() == invalid_argument);
  CHECK(rtcerr_try_void(failed_int).error().value() == invalid_argument);
  CHECK(rtcerr_try<paths_acme::result<int>>(failed_int).error().domain_name() == "engine");

  // The application's result into its own kind keeps its code and domain.
  const auto app = outcome_try<paths_acme::result<long>>(camera);
  CHECK(app.error().value() == 700001);
  CHECK(app.error().domain_name() == "media");
  CHECK(rtcerr_try<paths_acme::result<long>>(camera).error().name() == "camera_busy");

  // Into Outcome's std::error_code results: a truthy code of the domain.
  const auto s = outcome_try<outcome::std_result<int>>(failed_int);
  CHECK(static_cast<bool>(s.error()));
  CHECK(bool(s.error() == rtcerr::condition::invalid_argument));
  CHECK(bool(rtcerr_try<outcome::std_result<int>>(failed_int).error() ==
             rtcerr::condition::invalid_argument));
  const auto zero = outcome_try<outcome::std_result<int>>(outcome_failure_of_zero);
  CHECK(static_cast<bool>(zero.error()));  // the example: no "Success" failure

  // Into Outcome's outcome<T, rtcerr::error>: the same error.
  const auto o = outcome_try<outcome::std_outcome<int, rtcerr::error>>(failed_int);
  CHECK(o.error().value() == invalid_argument);
  CHECK(rtcerr_try<outcome::std_outcome<int, rtcerr::error>>(failed_int).error().value() ==
        invalid_argument);
}

#if RTCERR_HAS_EXCEPTIONS
TEST_CASE("Outcome's outcome<T, rtcerr::error>::value() throws the typed exception") {
  const outcome::std_outcome<int, rtcerr::error> o =
      outcome::failure(rtcerr::error{rtcerr::engine::errc::invalid_argument});
  CHECK_THROWS_AS(static_cast<void>(o.value()),
                  const rtcerr::exception_for<rtcerr::engine::errc::invalid_argument>&);
}
#endif

TEST_CASE("Boost's outcome<T, rtcerr::error> takes rtcerr failures as they are") {
  const auto o = outcome_try<outcome::outcome<int, rtcerr::error>>(failed_int);
  CHECK(o.error().value() == invalid_argument);
  const outcome::outcome<int, rtcerr::error> zero = outcome::failure(zero_error());
  CHECK(zero.error().value() == failure_from_success_value);
#if RTCERR_HAS_EXCEPTIONS
  CHECK_THROWS_AS(static_cast<void>(o.value()),
                  const rtcerr::exception_for<rtcerr::engine::errc::invalid_argument>&);
#endif
}

TEST_CASE("The promises cost nothing in size or copying") {
  static_assert(sizeof(rtcerr::result<int>) == 8);
  static_assert(std::is_trivially_copyable_v<rtcerr::result<int>>);
  static_assert(sizeof(paths_acme::result<int>) == 8);
  CHECK(true);
}
