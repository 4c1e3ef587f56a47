// What a service answers for each code: the contract, then every code.
//   - e.grpc_code(): OK for 0, never OK for anything else (unknown values
//     included); a per-code override in the domain list wins over the
//     condition;
//   - e.http_status(): the published status for gateway codes, else the one
//     code.proto gives the gRPC code, except for the conditions whose meaning
//     calls for another (out of memory 503, timeouts 504, wrong state 409,
//     insufficient balance 403, storage full 507); non-zero for every listed
//     code, 0 for values that are not
//     listed; never 429 for a server or device out of storage or memory;
//   - retry advice: a Retry-After for backoff codes, re-authenticate for
//     refresh_credentials, nothing for never; `retryable()` only for backoff;
//     an INTERNAL code backs off only when its line says `safe_to_retry`;
//   - all of it constexpr and allocation-free.
// Expected values are written here from googleapis' code.proto and the
// published gateway table, not read back from the library's tables.
#include <doctest/doctest.h>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <new>

#include "rtcerr/core/basic_registry.hpp"
#include "rtcerr/rtcerr.hpp"

namespace {
std::atomic<long> allocations{0};
std::atomic<bool> counting{false};
}  // namespace

// These replacements pair malloc with free on purpose; g++ (at -O1 and up,
// once it inlines them) reports each pairing as a mismatched new/delete.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif
void* operator new(std::size_t size) {
  if (counting.load()) ++allocations;
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

// An application's domain with both kinds of per-code mapping: a published
// HTTP status and a gRPC override (the optional tenth field).
// clang-format off
#define STATUS_TEST_CODES(CODE, RETIRED) \
  CODE(800001, quota_full, "配额已满", "", "Quota full", "", limit_exceeded, backoff, 0, unavailable) \
  CODE(800002, payment_required, "需要付费", "", "Payment required", "", insufficient_balance, never, 402) \
  CODE(800003, plain_timeout, "超时", "", "Timed out", "", timeout, backoff, 0) \
  CODE(800005, relay_failed, "中继失败", "", "Relay failed", "", internal_error, backoff, 0, safe_to_retry) \
  CODE(800006, ledger_failed, "账本失败", "", "Ledger failed", "", operation_failed, backoff, 0, internal, safe_to_retry) \
  CODE(800007, ledger_lost, "账本丢失", "", "Ledger lost", "", operation_failed, backoff, 0, safe_to_retry, internal) \
  CODE(800008, ledger_torn, "账本损坏", "", "Ledger torn", "", internal_error, never, 0, data_loss) \
  RETIRED(800004, old_code)
// clang-format on
namespace status_test {
RTCERR_DEFINE_DOMAIN(billing, 800000, 800999, STATUS_TEST_CODES);
enum class ids : std::uint8_t { billing, unknown };
using registry = rtcerr::basic_registry<ids, domain>;
using error = rtcerr::basic_error<registry>;
static_assert(rtcerr::registry_is_valid<registry>());
}  // namespace status_test

namespace {

using rtcerr::error;
using rtcerr::grpc_code;
using rtcerr::retry;

// Compile time: the queries are constant expressions.
static_assert(error{}.grpc_code() == grpc_code::ok);
static_assert(error{}.http_status() == 200);
static_assert(error{606000006}.grpc_code() == grpc_code::unavailable);
static_assert(error{606000006}.http_status() == 503);
static_assert(rtcerr::retry_advice_for(error{606000006}).retry_after_seconds > 0);
static_assert(error::from_wire(605030002).grpc_code() == grpc_code::unknown);
static_assert(error::from_wire(605030002).http_status() == 0);
static_assert(rtcerr::grpc_number(grpc_code::unauthenticated) == 16);

TEST_CASE("code.proto's gRPC -> HTTP table, number by number") {
  // googleapis google/rpc/code.proto, as quoted in the issue.
  const int expected[][2] = {{0, 200},  {1, 499},  {2, 500},  {3, 400},  {4, 504},  {5, 404},
                             {6, 409},  {7, 403},  {8, 429},  {9, 400},  {10, 409}, {11, 400},
                             {12, 501}, {13, 500}, {14, 503}, {15, 500}, {16, 401}};
  for (const auto& [number, http] : expected) {
    INFO("google.rpc.Code " << number);
    REQUIRE(rtcerr::is_grpc_number(number));
    CHECK(rtcerr::http_status_of(static_cast<grpc_code>(number)) == http);
  }
  CHECK_FALSE(rtcerr::is_grpc_number(17));
  CHECK_FALSE(rtcerr::is_grpc_number(-1));
  CHECK(rtcerr::to_string(grpc_code::failed_precondition) == "FAILED_PRECONDITION");
  CHECK(rtcerr::to_string(static_cast<grpc_code>(99)) == "UNKNOWN");
  CHECK(rtcerr::http_status_of(static_cast<grpc_code>(99)) == 500);
}

TEST_CASE("every one of the 80 codes maps to gRPC, HTTP and retry advice") {
  std::size_t walked = 0;
  const auto check_code = [&](const error e) {
    INFO("code " << e.value() << " " << e.name());
    ++walked;
    const grpc_code g = e.grpc_code();
    CHECK(rtcerr::is_grpc_number(static_cast<int>(g)));
    CHECK((g == grpc_code::ok) == (e.value() == 0));
    const int http = e.http_status();
    if (e.value() == 0) {
      CHECK(http == 200);
    } else {
      CHECK(http >= 400);
      CHECK(http <= 599);
    }
    if (e.domain() == rtcerr::domain_id::gateway) {
      CHECK(http == e.info()->http_status);  // the published status is kept
    } else if (e.value() != 0) {
      // The conditions whose HTTP status is not code.proto's, with the reason
      // in rtcerr/core/condition.hpp.
      int by_meaning = rtcerr::http_status_of(g);
      if (e.info()->grpc_override < 0) {
        switch (e.condition()) {
          case rtcerr::condition::out_of_memory: by_meaning = 503; break;
          case rtcerr::condition::timeout: by_meaning = 504; break;
          case rtcerr::condition::invalid_state: by_meaning = 409; break;
          case rtcerr::condition::insufficient_balance: by_meaning = 403; break;
          case rtcerr::condition::insufficient_storage: by_meaning = 507; break;
          default: break;
        }
      }
      CHECK(http == by_meaning);
    }
    // 429 tells a client that *it* sends too much: only quotas answer it.
    if (http == 429) CHECK(e.condition() == rtcerr::condition::limit_exceeded);
    // A server's own timeout is not the client's deadline.
    CHECK(g != grpc_code::deadline_exceeded);
    // INTERNAL backs off only where the line says the operation is safe to retry.
    if (g == grpc_code::internal && e.retry() == retry::backoff) CHECK(e.info()->safe_to_retry);
    CHECK(rtcerr::response_status(e) == http);

    const rtcerr::retry_advice advice = rtcerr::retry_advice_for(e);
    CHECK(advice.policy == e.retry());
    switch (e.retry()) {
      case retry::never:
        CHECK_FALSE(advice.retryable());
        CHECK(advice.retry_after_seconds == 0);
        break;
      case retry::backoff:
        CHECK(advice.retryable());
        CHECK_FALSE(advice.reauthenticate());
        CHECK(advice.retry_after_seconds >= 1);
        CHECK(advice.retry_after_seconds <= 60);
        break;
      case retry::refresh_credentials:
        CHECK(advice.reauthenticate());
        CHECK_FALSE(advice.retryable());  // not as it is, with the same token
        CHECK(advice.retry_after_seconds == 0);
        // Only an authentication failure asks for new credentials.
        CHECK(g == grpc_code::unauthenticated);
        break;
    }
  };
  check_code(error{});
  for (const rtcerr::domain_info& d : rtcerr::registry::domains)
    for (const rtcerr::code_info& c : d.codes) check_code(error::from_wire(c.value));
  CHECK(walked == 80);
}

TEST_CASE("spot checks, written from the published table and the review") {
  struct expected {
    std::int32_t code;
    grpc_code grpc;
    int http;
  };
  const expected rows[] = {
      {606000000, grpc_code::unauthenticated, 401},
      {606000001, grpc_code::unauthenticated, 401},
      {606000002, grpc_code::invalid_argument, 400},
      {606000003, grpc_code::invalid_argument, 400},
      {606000004, grpc_code::unavailable, 504},
      {606000005, grpc_code::unknown, 500},
      {606000006, grpc_code::unavailable, 503},
      // Not enabled for the app: PERMISSION_DENIED, like engine 71/72.
      {71, grpc_code::permission_denied, 403},
      {1000004, grpc_code::permission_denied, 403},
      {1000005, grpc_code::permission_denied, 403},
      {1000009, grpc_code::permission_denied, 403},
      {1000020, grpc_code::permission_denied, 403},
      {1000023, grpc_code::permission_denied, 403},
      // Wrong state of a task that exists: FAILED_PRECONDITION, HTTP 409 Conflict.
      {605030035, grpc_code::failed_precondition, 409},
      {605030039, grpc_code::failed_precondition, 409},
      {31, grpc_code::failed_precondition, 409},
      // Out of storage or memory: not 429 (the client is not sending too much).
      {605030008, grpc_code::resource_exhausted, 507},
      {3, grpc_code::resource_exhausted, 503},
      // A server-side wait that timed out: not the client's deadline.
      {605030046, grpc_code::unavailable, 504},
      {605030041, grpc_code::unavailable, 504},
      {605030032, grpc_code::unavailable, 504},
      // An app taken offline exists but is disabled (AIP-193's SERVICE_DISABLED).
      {1000002, grpc_code::permission_denied, 403},
      {1000001, grpc_code::not_found, 404},
      // Top up first: RFC 9457's "out of credit" example answers 403.
      {70, grpc_code::failed_precondition, 403},
      {1000007, grpc_code::failed_precondition, 403},
      {605030007, grpc_code::unauthenticated, 401},
      {605030028, grpc_code::unauthenticated, 401},
      {1000003, grpc_code::unauthenticated, 401},
      {1, grpc_code::invalid_argument, 400},
      {33, grpc_code::not_found, 404},
      {605030022, grpc_code::not_found, 404},
      {605030004, grpc_code::already_exists, 409},
      {1000021, grpc_code::resource_exhausted, 429},
      {605030009, grpc_code::unavailable, 503},
      {301, grpc_code::internal, 500},
      {302, grpc_code::unknown, 500},
  };
  for (const expected& row : rows) {
    INFO("code " << row.code);
    const error e = error::from_wire(row.code);
    CHECK(e.grpc_code() == row.grpc);
    CHECK(e.http_status() == row.http);
  }
  CHECK(rtcerr::retry_advice_for(error{606000006}) == rtcerr::retry_advice{retry::backoff, 5});
  CHECK(rtcerr::retry_advice_for(error{1000021}) == rtcerr::retry_advice{retry::backoff, 30});
  CHECK(rtcerr::retry_advice_for(error{606000001}) ==
        rtcerr::retry_advice{retry::refresh_credentials, 0});
  CHECK(rtcerr::retry_advice_for(error{606000003}) == rtcerr::retry_advice{retry::never, 0});
  CHECK_FALSE(rtcerr::retry_advice_for(error{606000001}).retryable());
  CHECK(rtcerr::retry_advice_for(error{605030008}) == rtcerr::retry_advice{retry::backoff, 30});
  CHECK(rtcerr::retry_advice_for(error{3}) == rtcerr::retry_advice{retry::backoff, 5});
}

TEST_CASE("INTERNAL codes: backoff only where the line says safe_to_retry") {
  // The review's verdicts (docs/services.md): a failure to reach or hear from
  // a dependency, or an idempotent setting, may be sent again; an internal
  // error of unknown cause, a bad answer, a broken file or a failed
  // composition may not.
  const std::int32_t safe[] = {605030013, 605030016, 605030023, 605030027, 605030029,
                               605030034, 605030036, 605030042, 605030043, 605030044};
  const std::int32_t not_retried[] = {301, 605030000, 605030017, 605030018, 605030031, 605030045};
  for (const std::int32_t v : safe) {
    INFO("code " << v);
    const error e = error::from_wire(v);
    CHECK(e.grpc_code() == grpc_code::internal);
    CHECK(e.retry() == retry::backoff);
    CHECK(e.info()->safe_to_retry);
    CHECK(rtcerr::retry_advice_for(e) == rtcerr::retry_advice{retry::backoff, 2});
  }
  for (const std::int32_t v : not_retried) {
    INFO("code " << v);
    const error e = error::from_wire(v);
    CHECK(e.grpc_code() == grpc_code::internal);
    CHECK(e.retry() == retry::never);
    CHECK_FALSE(e.info()->safe_to_retry);
  }
  std::size_t internal_codes = 0;
  for (const rtcerr::domain_info& d : rtcerr::registry::domains)
    for (const rtcerr::code_info& c : d.codes)
      if (rtcerr::grpc_code_of(c) == grpc_code::internal) ++internal_codes;
  CHECK(internal_codes == std::size(safe) + std::size(not_retried));
}

TEST_CASE("values that are not listed codes: UNKNOWN, no HTTP status, never retried") {
  for (const std::int32_t v :
       {605030002, 1009999, 606000999, 123456, -1, std::numeric_limits<std::int32_t>::min(),
        std::numeric_limits<std::int32_t>::max()}) {
    INFO("value " << v);
    const error e = error::from_wire(v);
    CHECK(e.grpc_code() == grpc_code::unknown);
    CHECK(e.http_status() == 0);
    CHECK(rtcerr::response_status(e) == 500);
    CHECK(rtcerr::retry_advice_for(e) == rtcerr::retry_advice{retry::never, 0});
  }
}

TEST_CASE("a domain of one's own: per-code overrides win, the rest is derived") {
  using status_test::errc;
  const status_test::error quota = errc::quota_full;
  CHECK(quota.grpc_code() == grpc_code::unavailable);  // the override, not RESOURCE_EXHAUSTED
  CHECK(quota.http_status() == 503);                   // follows the override
  const status_test::error payment = errc::payment_required;
  CHECK(payment.grpc_code() == grpc_code::failed_precondition);  // from the condition
  CHECK(payment.http_status() == 402);                           // as listed
  const status_test::error timeout = errc::plain_timeout;
  CHECK(timeout.grpc_code() == grpc_code::unavailable);  // a server's wait, by its condition
  CHECK(timeout.http_status() == 504);
  // The options after the HTTP status, in either order.
  const status_test::error relay = errc::relay_failed;
  CHECK(relay.grpc_code() == grpc_code::internal);
  CHECK(relay.info()->safe_to_retry);
  CHECK(relay.info()->grpc_override == -1);
  for (const status_test::error e :
       {status_test::error{errc::ledger_failed}, status_test::error{errc::ledger_lost}}) {
    CHECK(e.grpc_code() == grpc_code::internal);  // the override
    CHECK(e.http_status() == 500);
    CHECK(e.info()->safe_to_retry);
  }
  const status_test::error torn = errc::ledger_torn;
  CHECK(torn.grpc_code() == grpc_code::data_loss);
  CHECK_FALSE(torn.info()->safe_to_retry);
  const auto retired = status_test::error::from_wire(800004);
  CHECK(retired.grpc_code() == grpc_code::unknown);
  CHECK(retired.http_status() == 0);
}

TEST_CASE("the mapping allocates nothing") {
  long sum = 0;
  allocations = 0;
  counting = true;
  for (std::int32_t v = 605029990; v < 605030060; ++v) {
    const error e = error::from_wire(v);
    sum += static_cast<int>(e.grpc_code()) + e.http_status() + rtcerr::response_status(e) +
           rtcerr::retry_advice_for(e).retry_after_seconds;
  }
  counting = false;
  CHECK(allocations == 0);
  CHECK(sum > 0);
}

}  // namespace
