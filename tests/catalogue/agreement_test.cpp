// Every writer of a code says the same thing about it.
//
// rtcerr describes one code through many writers: the error's own queries,
// the exception a throw makes (its accessors and its `{:j}` line), the
// std::error_code category and condition, the C API, the CLI's JSON export
// and `explain`, problem+json, the gRPC status and the generators' model
// (from which the bindings are written; tests/bindings compares each
// language's tables with the CLI's JSON). Each writer is checked here
// against `rtcerr::basic_error`, the one reference, for every catalogue
// code, for an unlisted value of each domain, for a value outside every
// domain, for the codes of an application's domain, and for the unlisted
// values of a domain that states their defaults (tests/domains_app_defaults.hpp).
// A writer that keeps its own copy of a fact fails here as soon as the
// copies drift.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <cstdint>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "catalogue_export.hpp"
#include "domains_app.hpp"
#include "domains_app_defaults.hpp"
#include "generate.hpp"
#include "rtcerr/problem_json.hpp"
#include "rtcerr/rtcerr.h"
#include "rtcerr/rtcerr.hpp"
#if RTCERR_AGREEMENT_GRPC
#include "rtcerr/grpc.hpp"
#endif

namespace {

using json = nlohmann::json;

// The values every writer is asked about: each catalogue code, an unlisted
// value inside each domain's range (a gap or a newer server's code), and
// values outside every range.
std::vector<rtcerr::error> catalogue_and_unlisted() {
  std::vector<rtcerr::error> all = rtcerr::cli::catalogue_codes();
  for (const rtcerr::domain_info& d : rtcerr::registry::domains)
    all.push_back(rtcerr::error::from_wire(static_cast<std::int32_t>(d.last)));
  for (const std::int32_t outside : {-1, 12345, 2000000000})
    all.push_back(rtcerr::error::from_wire(outside));
  return all;
}

// The codes of the application's domain (tests/support/domains_app.hpp), listed,
// retired and unlisted, as errors of the application's registry.
std::vector<acme::error> application_values() {
  std::vector<acme::error> all;
  for (const rtcerr::code_info& c : acme::media::domain::codes)
    all.push_back(acme::error::from_wire(c.value));
  for (const rtcerr::retired_code& r : acme::media::domain::retired)
    all.push_back(acme::error::from_wire(r.value));
  all.push_back(acme::error::from_wire(700999));
  return all;
}

// Values of the domain that states defaults for its unlisted values: a
// listed code, a retired number, gaps under the whole-range default and
// under the part's, and the ends of both.
std::vector<acme::net::error> values_with_defaults() {
  std::vector<acme::net::error> all;
  for (const std::int32_t v :
       {800001, 800501, 800002, 800003, 800499, 800500, 800550, 800599, 800600, 800999})
    all.push_back(acme::net::error::from_wire(v));
  return all;
}

// `null` where a writer has no HTTP status, as the JSON writers say it.
json http_or_null(int status) { return status != 0 ? json(status) : json(nullptr); }

// What `{:j}` must say about `e`: built here from the error's own queries,
// field by field, not by another writer.
template <class Error>
json expected_json(Error e) {
  json j;
  j["domain"] = std::string(e.domain_name());
  j["code"] = e.value();
  j["name"] = std::string(e.name());
  j["message_zh"] = std::string(e.message(rtcerr::lang::zh));
  j["message_en"] = std::string(e.message(rtcerr::lang::en));
  j["hint_zh"] = std::string(e.hint(rtcerr::lang::zh));
  j["hint_en"] = std::string(e.hint(rtcerr::lang::en));
  j["condition"] = std::string(rtcerr::to_string(e.condition()));
  j["retry"] = std::string(rtcerr::to_string(e.retry()));
  j["http_status"] = http_or_null(e.http_status());
  return j;
}

// The exception `throw_error(e)` makes, caught as the base of all.
template <class Error>
void with_thrown(Error e, auto&& check) {
  bool caught = false;
  try {
    rtcerr::throw_error(e);
  } catch (const rtcerr::exception& x) {
    caught = true;
    check(x);
  }
  CHECK(caught);
}

// The error, the thrown exception and the std::error_code of `e` agree.
template <class Error>
void check_in_process_writers(Error e) {
  CAPTURE(e.value());
  const json expected = expected_json(e);
  CHECK(json::parse(fmt::format("{:j}", e)) == expected);

  with_thrown(e, [&](const rtcerr::exception& x) {
    CHECK(x.value() == e.value());
    CHECK(x.template code<Error>() == e);
    CHECK(x.domain_name() == e.domain_name());
    // The domain's table as the error's own registry holds it.
    using registry = typename Error::registry_type;
    const rtcerr::domain_info* d = x.template domain<registry>();
    CHECK((d != nullptr ? d->name : std::string_view("unknown")) == e.domain_name());
    CHECK(std::string_view(x.what()) == fmt::format("{}", e));
    CHECK(json::parse(fmt::format("{:j}", x)) == expected);
  });

  const std::error_code ec = make_error_code(e);
  CHECK(ec.value() == e.value());
  CHECK(std::string_view(ec.category().name()) == "rtcerr." + std::string(e.domain_name()));
  CHECK(ec.message() == e.message(rtcerr::message_language()));
  CHECK(ec.default_error_condition() == rtcerr::make_error_condition(e.condition()));
  CHECK(ec == e.condition());
}

}  // namespace

TEST_CASE("the error, its exception and its std::error_code agree on every catalogue value") {
  for (const rtcerr::error e : catalogue_and_unlisted())
    if (!e.ok()) check_in_process_writers(e);
}

TEST_CASE("and on the codes of an application's domain") {
  const std::vector<acme::error> app = application_values();
  REQUIRE(app.size() == 4);
  for (const acme::error e : app) check_in_process_writers(e);
}

// A registry with no compiled writer of its own (the application's registry
// has one: tests/domains_once.cpp): {fmt} writes its errors through the
// library's writer of described errors (rtcerr/core/format.hpp), which must
// write what the error's own writer, instantiated here, writes.
using unwritten_registry =
    rtcerr::basic_registry<std::uint64_t, rtcerr::engine::domain, acme::media::domain>;
using unwritten_error = rtcerr::basic_error<unwritten_registry>;
template <class Registry>
concept has_compiled_writer =
    requires(fmt::appender out, rtcerr::basic_error<Registry> e, rtcerr::format_spec spec) {
      rtcerr::compiled_error_writer<Registry>::write(out, e, spec);
    };
static_assert(has_compiled_writer<acme::registry>);
static_assert(!has_compiled_writer<unwritten_registry>);

TEST_CASE("the library's writer of described errors writes what an error's own writer writes") {
  std::vector<std::int32_t> values{0, -1, 12345, 999, 700999};
  for (const rtcerr::code_info& c : rtcerr::engine::domain::codes) values.push_back(c.value);
  for (const acme::error e : application_values()) values.push_back(e.value());
  for (const std::int32_t value : values) {
    const unwritten_error e = unwritten_error::from_wire(value);
    for (const char* spec : {"", "zh", "en", "c", "n", "q", "d", "m", "m.en", "h", "h.en", "j"}) {
      CAPTURE(value);
      CAPTURE(spec);
      // The spec as the formatter parses it.
      const rtcerr::format_spec_parse_result parsed = rtcerr::parse_format_spec(spec);
      REQUIRE(parsed.error == nullptr);
      std::string own;
      rtcerr::write_error(std::back_inserter(own), e, parsed.spec);
      CHECK(fmt::format(fmt::runtime(std::string("{:") + spec + "}"), e) == own);
    }
  }
}

TEST_CASE("the error answers an unlisted value with its domain's stated defaults") {
  // The reference itself, against the domain's definition: the part of the
  // range that covers a value wins, else the whole-range default.
  struct expected_default {
    std::int32_t value;
    rtcerr::condition condition;
    rtcerr::retry retry;
    rtcerr::grpc_code grpc;
    int http;
  };
  for (const expected_default& x : {
           expected_default{800003, rtcerr::condition::network_error, rtcerr::retry::backoff,
                            rtcerr::grpc_code::unavailable, 503},
           expected_default{800002, rtcerr::condition::network_error, rtcerr::retry::backoff,
                            rtcerr::grpc_code::unavailable, 503},  // retired
           expected_default{800499, rtcerr::condition::network_error, rtcerr::retry::backoff,
                            rtcerr::grpc_code::unavailable, 503},
           expected_default{800500, rtcerr::condition::permission_denied, rtcerr::retry::never,
                            rtcerr::grpc_code::permission_denied, 403},
           expected_default{800599, rtcerr::condition::permission_denied, rtcerr::retry::never,
                            rtcerr::grpc_code::permission_denied, 403},
           expected_default{800600, rtcerr::condition::network_error, rtcerr::retry::backoff,
                            rtcerr::grpc_code::unavailable, 503},
       }) {
    CAPTURE(x.value);
    const acme::net::error e = acme::net::error::from_wire(x.value);
    CHECK_FALSE(e.known());
    CHECK(e.condition() == x.condition);
    CHECK(e.retry() == x.retry);
    CHECK(e.grpc_code() == x.grpc);
    CHECK(e.http_status() == x.http);
    CHECK(rtcerr::response_status(e) == x.http);
  }
  // A domain that states none keeps unknown and never.
  CHECK(acme::error::from_wire(700999).condition() == rtcerr::condition::unknown);
  CHECK(acme::error::from_wire(700999).retry() == rtcerr::retry::never);
  CHECK(acme::error::from_wire(700999).http_status() == 0);
}

TEST_CASE("every writer answers an unlisted value with its domain's defaults") {
  for (const acme::net::error e : values_with_defaults()) {
    check_in_process_writers(e);
    CAPTURE(e.value());
    const json body = json::parse(rtcerr::problem_json(e));
    CHECK(body["status"] == rtcerr::response_status(e));
    CHECK(body["condition"] == std::string(rtcerr::to_string(e.condition())));
    CHECK(body["retry"] == std::string(rtcerr::to_string(e.retry())));
    CHECK(body["retryable"] == (e.retry() == rtcerr::retry::backoff));
    const rtcerr::parsed_problem parsed = rtcerr::parse_problem_json(rtcerr::problem_json(e));
    REQUIRE(parsed);
    CHECK(parsed.details->error_as<acme::net::error>() == e);
    CHECK(parsed.details->error_as<acme::net::error>().condition() == e.condition());
    CHECK(parsed.details->condition == e.condition());
    CHECK(parsed.details->retry == e.retry());
    // What the failure hook is told (rtcerr/core/counters.hpp).
    CHECK(rtcerr::detail::failure_event_of<acme::net::registry>(e.value()).condition ==
          e.condition());
    const std::string explained = rtcerr::cli::explain_error(e);
    CHECK(explained.find("condition:  " + std::string(rtcerr::to_string(e.condition()))) !=
          std::string::npos);
    CHECK(explained.find("retry:      " + std::string(rtcerr::to_string(e.retry()))) !=
          std::string::npos);
  }
}

TEST_CASE("an unlisted value with a default condition is thrown at that condition's level") {
  bool caught = false;
  try {
    rtcerr::throw_error(acme::net::error::from_wire(800550));
  } catch (const rtcerr::condition_exception<rtcerr::condition::permission_denied>& x) {
    caught = true;
    CHECK(x.value() == 800550);
    CHECK(x.domain_name() == "network");
    const rtcerr::domain_info* d = x.domain<acme::net::error::registry_type>();
    REQUIRE(d != nullptr);
    CHECK(d->id == acme::network::domain::id);
  }
  CHECK(caught);
  caught = false;
  try {
    rtcerr::throw_error(acme::net::error::from_wire(800003));
  } catch (const rtcerr::condition_exception<rtcerr::condition::network_error>& x) {
    caught = true;
    CHECK(x.value() == 800003);
  }
  CHECK(caught);
  // Without a default, only the domain's level.
  caught = false;
  try {
    rtcerr::throw_error(acme::error::from_wire(700999));
  } catch (const rtcerr::condition_exception<rtcerr::condition::unknown>&) {
    FAIL("an unlisted value without a default has no condition level");
  } catch (const acme::media::exception& x) {
    caught = true;
    CHECK(x.value() == 700999);
  }
  CHECK(caught);
}

TEST_CASE("the C API says what the error says") {
  for (const rtcerr::error e : catalogue_and_unlisted()) {
    CAPTURE(e.value());
    CHECK(rtcerr_is_known(e.value()) == (e.known() ? 1 : 0));
    CHECK(std::string_view(rtcerr_domain_name(e.value())) == e.domain_name());
    CHECK(std::string_view(rtcerr_name(e.value())) == e.name());
    CHECK(std::string_view(rtcerr_message(e.value(), RTCERR_LANG_ZH)) ==
          e.message(rtcerr::lang::zh));
    CHECK(std::string_view(rtcerr_message(e.value(), RTCERR_LANG_EN)) ==
          e.message(rtcerr::lang::en));
    CHECK(std::string_view(rtcerr_hint(e.value(), RTCERR_LANG_ZH)) == e.hint(rtcerr::lang::zh));
    CHECK(std::string_view(rtcerr_hint(e.value(), RTCERR_LANG_EN)) == e.hint(rtcerr::lang::en));
    CHECK(std::string_view(rtcerr_condition_name(e.value())) == rtcerr::to_string(e.condition()));
    CHECK(std::string_view(rtcerr_retry_name(e.value())) == rtcerr::to_string(e.retry()));
    CHECK(rtcerr_http_status(e.value()) == e.http_status());
  }
}

TEST_CASE("the CLI's JSON export and explain say what the error says") {
  for (const rtcerr::error e : catalogue_and_unlisted()) {
    CAPTURE(e.value());
    CHECK(json::parse(rtcerr::cli::to_json(e).dump()) == expected_json(e));
    const std::string explained = rtcerr::cli::explain(e);
    CHECK(explained.find(std::string(e.message(rtcerr::lang::zh))) != std::string::npos);
    CHECK(explained.find(std::string(e.message(rtcerr::lang::en))) != std::string::npos);
    CHECK(explained.find("condition:  " + std::string(rtcerr::to_string(e.condition()))) !=
          std::string::npos);
    CHECK(explained.find("retry:      " + std::string(rtcerr::to_string(e.retry()))) !=
          std::string::npos);
  }
}

TEST_CASE("problem+json says what the error says") {
  for (const rtcerr::error e : catalogue_and_unlisted()) {
    if (e.ok()) continue;
    CAPTURE(e.value());
    const json body = json::parse(rtcerr::problem_json(e));
    CHECK(body["code"] == e.value());
    CHECK(body["name"] == std::string(e.name()));
    CHECK(body["domain"] == std::string(e.domain_name()));
    CHECK(body["title"] == std::string(e.message(rtcerr::lang::en)));
    CHECK(body["message_zh"] == std::string(e.message(rtcerr::lang::zh)));
    CHECK(body["status"] == rtcerr::response_status(e));
    if (e.known()) CHECK(body["status"] == e.http_status());
    CHECK(body["condition"] == std::string(rtcerr::to_string(e.condition())));
    CHECK(body["retry"] == std::string(rtcerr::to_string(e.retry())));
    CHECK(body["retryable"] == (e.retry() == rtcerr::retry::backoff));
    const rtcerr::parsed_problem parsed = rtcerr::parse_problem_json(rtcerr::problem_json(e));
    REQUIRE(parsed);
    CHECK(parsed.details->error == e);
    CHECK(parsed.details->name == e.name());
    CHECK(parsed.details->domain == e.domain_name());
    CHECK(parsed.details->condition == e.condition());
    CHECK(parsed.details->retry == e.retry());
  }
}

TEST_CASE("problem+json says what an application's error says") {
  for (const acme::error e : application_values()) {
    CAPTURE(e.value());
    const json body = json::parse(rtcerr::problem_json(e));
    CHECK(body["code"] == e.value());
    CHECK(body["name"] == std::string(e.name()));
    CHECK(body["domain"] == std::string(e.domain_name()));
    CHECK(body["title"] == std::string(e.message(rtcerr::lang::en)));
    CHECK(body["message_zh"] == std::string(e.message(rtcerr::lang::zh)));
    CHECK(body["status"] == rtcerr::response_status(e));
    CHECK(body["condition"] == std::string(rtcerr::to_string(e.condition())));
    CHECK(body["retry"] == std::string(rtcerr::to_string(e.retry())));
    CHECK(body["retryable"] == (e.retry() == rtcerr::retry::backoff));
    const rtcerr::parsed_problem parsed = rtcerr::parse_problem_json(rtcerr::problem_json(e));
    REQUIRE(parsed);
    CHECK(parsed.details->error_as<acme::error>() == e);
  }
}

#if RTCERR_AGREEMENT_GRPC
TEST_CASE("the gRPC status says what an application's error says") {
  for (const acme::error e : application_values()) {
    CAPTURE(e.value());
    const grpc::Status status = rtcerr::to_grpc_status(e);
    CHECK(status.error_code() == rtcerr::to_grpc_status_code(e.grpc_code()));
    CHECK(status.error_message() == e.message(rtcerr::lang::en));
    CHECK(rtcerr::from_grpc_status<acme::error>(status) == e);
  }
}

TEST_CASE("the gRPC status answers an unlisted value with its domain's defaults") {
  for (const acme::net::error e : values_with_defaults()) {
    CAPTURE(e.value());
    const grpc::Status status = rtcerr::to_grpc_status(e);
    CHECK(status.error_code() == rtcerr::to_grpc_status_code(e.grpc_code()));
    CHECK(status.error_message() == e.message(rtcerr::lang::en));
    CHECK(rtcerr::from_grpc_status<acme::net::error>(status) == e);
    CHECK(rtcerr::from_grpc_status<acme::net::error>(status)->condition() == e.condition());
  }
}

TEST_CASE("the gRPC status says what the error says") {
  for (const rtcerr::error e : catalogue_and_unlisted()) {
    if (e.ok()) continue;
    CAPTURE(e.value());
    const grpc::Status status = rtcerr::to_grpc_status(e);
    CHECK(status.error_code() == rtcerr::to_grpc_status_code(e.grpc_code()));
    CHECK(status.error_message() == e.message(rtcerr::lang::en));
    const std::optional<rtcerr::error> back = rtcerr::from_grpc_status(status);
    REQUIRE(back.has_value());
    CHECK(*back == e);
  }
}
#endif

TEST_CASE("the generators' model, from which every binding is written, says what the error says") {
  const rtcerr::cli::catalogue_model model = rtcerr::cli::registry_model();
  std::size_t compared = 0;
  for (const rtcerr::cli::model_code& c : model.codes) {
    CAPTURE(c.value);
    const rtcerr::error e = rtcerr::error::from_wire(static_cast<std::int32_t>(c.value));
    REQUIRE(e.known());
    CHECK(c.domain == (e.ok() ? std::string() : std::string(e.domain_name())));
    CHECK(c.name == e.name());
    CHECK(c.message_zh == e.message(rtcerr::lang::zh));
    CHECK(c.message_en == e.message(rtcerr::lang::en));
    CHECK(c.hint_zh == e.hint(rtcerr::lang::zh));
    CHECK(c.hint_en == e.hint(rtcerr::lang::en));
    CHECK(c.condition == rtcerr::to_string(e.condition()));
    CHECK(c.retry == rtcerr::to_string(e.retry()));
    CHECK(c.http_status == e.http_status());
    CHECK(c.grpc_code == rtcerr::grpc_number(e.grpc_code()));
    ++compared;
  }
  CHECK(compared == rtcerr::cli::catalogue_codes().size());
  CHECK(model.unknown_grpc_code == rtcerr::grpc_number(rtcerr::error::from_wire(-1).grpc_code()));
}
