// A client SDK engine that reports failures as rtcerr::result, and an app
// that reacts to them.
//
// The engine's calls (init, join_group, start_screen_share) return
// rtcerr::result<T>: a value, or an rtcerr::error of whichever domain raised
// it - the engine's own checks (engine.not_in_group) or the signalling
// service's answer (session.token_verification_failed). The app chains the
// calls with BOOST_OUTCOME_TRY, which returns the first failure unchanged,
// and then decides what to do from what every code carries:
//   - retry(): refresh_credentials (get a new token, then try again),
//     backoff (transient: wait, then try again) or never (it cannot help);
//   - condition(): what kind of failure it is, whatever its domain, which
//     chooses what the user is told.
// The app names no code: a code added to the catalogue later is handled
// through its retry policy and condition.
#include <fmt/core.h>

#include <chrono>
#include <string>
#include <string_view>
#include <thread>

#include <rtcerr/format.hpp>
#include <rtcerr/rtcerr.hpp>

namespace {

// The signalling service, faked: the token it accepts and what it will do to
// the next joins.
struct signalling_service {
  std::string valid_token = "token-2";
  int joins_over_quota = 0;      // the next N joins fail: the unicast quota is reached
  bool someone_sharing = false;  // another member is sharing their screen
  int next_member = 7;

  rtcerr::result<int> join(std::string_view token) {
    if (token != valid_token) return rtcerr::session::errc::token_verification_failed;
    if (joins_over_quota > 0) {
      --joins_over_quota;
      return rtcerr::session::errc::unicast_limit_exceeded;
    }
    return next_member++;
  }
};

class engine {
 public:
  explicit engine(signalling_service& service) : service_(service) {}

  // Fails with engine.invalid_argument for an empty app id. Calling it again
  // is harmless.
  rtcerr::result<void> init(std::string_view app_id) {
    if (app_id.empty()) return rtcerr::engine::errc::invalid_argument;
    initialized_ = true;
    return rtcerr::success();
  }

  // Joins `group` and returns this client's member id. Fails with
  // engine.not_initialized before init(), engine.invalid_argument for an
  // empty group, and with the signalling service's error when it refuses.
  rtcerr::result<int> join_group(std::string_view group, std::string_view token) {
    if (!initialized_) return rtcerr::engine::errc::not_initialized;
    if (group.empty()) return rtcerr::engine::errc::invalid_argument;
    BOOST_OUTCOME_TRY(auto member, service_.join(token));
    in_group_ = true;
    return member;
  }

  // Fails with engine.not_in_group before join_group(), and with
  // engine.receiving_screen_share while another member is sharing.
  rtcerr::result<void> start_screen_share() {
    if (!in_group_) return rtcerr::engine::errc::not_in_group;
    if (service_.someone_sharing) return rtcerr::engine::errc::receiving_screen_share;
    return rtcerr::success();
  }

 private:
  signalling_service& service_;
  bool initialized_ = false;
  bool in_group_ = false;
};

// --- The app. -----------------------------------------------------------------

struct token_source {
  int issued = 1;
  std::string current() const { return "token-" + std::to_string(issued); }
  std::string refresh() {
    ++issued;
    return current();
  }
};

// One attempt to present in `group`: the member id, or the first failure.
rtcerr::result<int> present(engine& sdk, std::string_view group, std::string_view token) {
  BOOST_OUTCOME_TRY(sdk.init("demo-app"));
  BOOST_OUTCOME_TRY(auto member, sdk.join_group(group, token));
  BOOST_OUTCOME_TRY(sdk.start_screen_share());
  return member;
}

// Tries up to `max_attempts` times, as each failure's retry policy says.
// Returns the member id, or the failure it gave up on.
rtcerr::result<int> present_with_retries(engine& sdk, std::string_view group,
                                         token_source& tokens) {
  constexpr int max_attempts = 4;
  std::string token = tokens.current();
  std::chrono::milliseconds delay{10};
  for (int attempt = 1;; ++attempt) {
    rtcerr::result<int> r = present(sdk, group, token);
    if (r) return r;
    fmt::print("  attempt {} failed: {:en}\n", attempt, r.error());
    if (attempt == max_attempts) return r;
    switch (r.error().retry()) {
      case rtcerr::retry::refresh_credentials:
        token = tokens.refresh();
        fmt::print("  refreshed the token\n");
        break;
      case rtcerr::retry::backoff:
        fmt::print("  backing off {} ms\n", delay.count());
        std::this_thread::sleep_for(delay);
        delay *= 2;
        break;
      case rtcerr::retry::never: return r;
    }
  }
}

// What the user is told: chosen by the kind of failure, not by its code.
std::string_view advice(rtcerr::error e) {
  switch (e.condition()) {
    case rtcerr::condition::invalid_state: return "someone else is presenting";
    case rtcerr::condition::authentication_failed:
    case rtcerr::condition::not_logged_in: return "please sign in again";
    case rtcerr::condition::busy:
    case rtcerr::condition::limit_exceeded:
    case rtcerr::condition::network_error: return "the service is busy, try again later";
    default: return "presenting failed";
  }
}

void scenario(std::string_view title, signalling_service service) {
  fmt::print("{}:\n", title);
  engine sdk(service);
  token_source tokens;
  if (const rtcerr::result<int> r = present_with_retries(sdk, "design-review", tokens))
    fmt::print("  presenting as member {}\n", r.value());
  else
    fmt::print("  gave up ({}): {}\n", rtcerr::to_string(r.error().condition()), advice(r.error()));
}

}  // namespace

int main() {
  scenario("expired token", {});  // the app starts with token-1
  scenario("quota reached twice", {.valid_token = "token-1", .joins_over_quota = 2});
  scenario("someone is sharing", {.valid_token = "token-1", .someone_sharing = true});
  scenario("quota never frees", {.valid_token = "token-1", .joins_over_quota = 9});
  return 0;
}
