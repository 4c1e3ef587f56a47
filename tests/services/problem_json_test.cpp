// problem+json (RFC 9457): the body a server writes for an error, and the
// client's reading of it.
//   - the writer's output is always valid UTF-8 JSON with the RFC's members
//     and rtcerr's extensions, whatever the caller passes (quotes, control
//     characters, invalid UTF-8);
//   - every code survives the round trip, unknown values included;
//   - the reader takes other servers' bodies (unknown members ignored) and
//     refuses, with a reason and without crashing, bodies it cannot trust.
// The writer's output is checked with nlohmann/json, an independent parser.
#include <doctest/doctest.h>

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "domains_app.hpp"
#include "rtcerr/problem_json.hpp"
#include "rtcerr/rtcerr.hpp"
#include "rtcerr/trace.hpp"

namespace {

using rtcerr::error;
using json = nlohmann::json;

bool contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

TEST_CASE("problem_json: the members, in order, for a gateway code") {
  const error e = rtcerr::gateway::errc::system_busy;
  CHECK(rtcerr::problem_json(e, {.detail = "42 tasks queued", .instance = "/v1/rooms/42"}) ==
        R"({"type":"tag:rtcerr,2026:error:606000006","title":"System busy","status":503,)"
        R"("detail":"42 tasks queued","instance":"/v1/rooms/42","code":606000006,)"
        R"("domain":"gateway","name":"system_busy","condition":"busy","retry":"backoff",)"
        R"("retryable":true,"message_zh":"系统繁忙"})");
  // Without detail and instance they are left out; the base of `type` is the caller's.
  CHECK(
      rtcerr::problem_json(rtcerr::recording::errc::input_channel_not_found,
                           {.type_base = "https://docs.example.com/errors/"}) ==
      R"({"type":"https://docs.example.com/errors/605030022",)"
      R"("title":"Failed to remove the input channel: the specified input channel does not exist",)"
      R"("status":404,"code":605030022,"domain":"recording","name":"input_channel_not_found",)"
      R"("condition":"not_found","retry":"never","retryable":false,)"
      R"("message_zh":"移除输入通道失败，不存在指定的输入通道"})");
}

TEST_CASE("problem_json: retry advice a client can follow") {
  // New credentials first: sent again as it is, the request fails again.
  const json expired =
      json::parse(rtcerr::problem_json(rtcerr::gateway::errc::access_token_expired));
  CHECK(expired["status"] == 401);
  CHECK(expired["condition"] == "authentication_failed");
  CHECK(expired["retry"] == "refresh_credentials");
  CHECK(expired["retryable"] == false);
  // Top up first (a user's action): never retryable.
  const json balance =
      json::parse(rtcerr::problem_json(rtcerr::session::errc::insufficient_balance));
  CHECK(balance["status"] == 403);
  CHECK(balance["retry"] == "never");
  CHECK(balance["retryable"] == false);
  // Storage full: 507, not 429; retried later.
  const json storage =
      json::parse(rtcerr::problem_json(rtcerr::recording::errc::insufficient_storage));
  CHECK(storage["status"] == 507);
  CHECK(storage["condition"] == "insufficient_storage");
  CHECK(storage["retry"] == "backoff");
  CHECK(storage["retryable"] == true);
  CHECK(json::parse(rtcerr::problem_json(rtcerr::engine::errc::out_of_memory))["status"] == 503);
  // An internal error of unknown cause is not retried; a dependency's failure may be.
  const json internal = json::parse(rtcerr::problem_json(rtcerr::recording::errc::internal_error));
  CHECK(internal["status"] == 500);
  CHECK(internal["retry"] == "never");
  CHECK(internal["retryable"] == false);
  CHECK(json::parse(rtcerr::problem_json(
            rtcerr::recording::errc::event_gateway_login_failed))["retryable"] == true);
  // Every code: retryable exactly for backoff, never for refresh_credentials.
  for (const rtcerr::domain_info& d : rtcerr::registry::domains)
    for (const rtcerr::code_info& c : d.codes) {
      INFO("code " << c.value);
      const json body = json::parse(rtcerr::problem_json(error::from_wire(c.value)));
      CHECK(body["retryable"] == (c.retry == rtcerr::retry::backoff));
      if (c.retry == rtcerr::retry::refresh_credentials) CHECK(body["retryable"] == false);
      if (body["status"] == 429) CHECK(c.condition == rtcerr::condition::limit_exceeded);
    }
}

TEST_CASE("problem_json: the language of the title, and a status of the caller's") {
  const error e = rtcerr::recording::errc::stream_data_timeout;
  CHECK(json::parse(rtcerr::problem_json(e))["title"] == "Timed out waiting for stream data");
  const json zh =
      json::parse(rtcerr::problem_json(e, {.detail = "房间 42", .language = rtcerr::lang::zh}));
  CHECK(zh["title"] == "流数据超时");
  CHECK(zh["detail"] == "房间 42");
  CHECK(zh["status"] == 504);
  const json moved =
      json::parse(rtcerr::problem_json(rtcerr::gateway::errc::invalid_argument, {.status = 405}));
  CHECK(moved["status"] == 405);
  CHECK(moved["code"] == 606000003);
}

TEST_CASE("preferred_language: Accept-Language, by weight") {
  using rtcerr::lang;
  using rtcerr::preferred_language;
  CHECK(preferred_language("") == lang::en);
  CHECK(preferred_language("", lang::zh) == lang::zh);
  CHECK(preferred_language("zh-CN") == lang::zh);
  CHECK(preferred_language("ZH") == lang::zh);
  CHECK(preferred_language("zh-Hant-TW, en;q=0.5") == lang::zh);
  CHECK(preferred_language("en-US,en;q=0.9,zh-CN;q=0.8") == lang::en);
  CHECK(preferred_language("fr-CH, fr;q=0.9, zh;q=0.8, en;q=0.7") == lang::zh);
  CHECK(preferred_language("en;q=0.2, zh;q=0.7") == lang::zh);
  CHECK(preferred_language("zh;q=0, en") == lang::en);
  CHECK(preferred_language("zh;q=0", lang::zh) == lang::zh);  // nothing acceptable: fallback
  CHECK(preferred_language("de, fr") == lang::en);
  CHECK(preferred_language("*", lang::zh) == lang::zh);
  CHECK(preferred_language("zhx, enx", lang::zh) == lang::zh);  // not zh or en subtags
  CHECK(preferred_language("zh;q=2, en;q=0.1") == lang::en);    // a weight that does not parse
  CHECK(preferred_language(",,;;q=,zh") == lang::zh);
  CHECK(rtcerr::content_language(lang::zh) == "zh-CN");
  CHECK(rtcerr::content_language(lang::en) == "en");
}

TEST_CASE("problem_json: an application's code, with its own answers (any registry)") {
  // tests/support/domains_app.hpp: 700001 camera_busy (busy, backoff), 700003
  // codec_missing (not_supported, never), 700002 retired. Expected values are
  // written from the domain's lines and the condition table.
  const acme::error busy = acme::media::errc::camera_busy;
  CHECK(rtcerr::problem_json(busy, {.detail = "cam 0", .instance = "/v1/cams/0"}) ==
        R"({"type":"tag:rtcerr,2026:error:700001","title":"Camera is busy","status":503,)"
        R"("detail":"cam 0","instance":"/v1/cams/0","code":700001,"domain":"media",)"
        R"("name":"camera_busy","condition":"busy","retry":"backoff","retryable":true,)"
        R"("message_zh":"摄像头被占用"})");
  const json codec = json::parse(rtcerr::problem_json(
      acme::error{acme::media::errc::codec_missing},
      {.code_page_base = "https://errors.example.com/acme", .language = rtcerr::lang::zh}));
  CHECK(codec["status"] == 501);
  CHECK(codec["title"] == "缺少编解码器");
  CHECK(codec["retryable"] == false);
  CHECK(codec["type"] == "https://errors.example.com/acme/codes/700003.html");
  const json retired = json::parse(rtcerr::problem_json(acme::error::from_wire(700002)));
  CHECK(retired["status"] == 500);
  CHECK(retired["name"] == "old_codec_error");
  CHECK(retired["domain"] == "media");
  // A catalogue code as the application's error says what the catalogue's does.
  const acme::error catalogue_code = rtcerr::gateway::errc::system_busy;
  CHECK(rtcerr::problem_json(catalogue_code) ==
        rtcerr::problem_json(rtcerr::gateway::errc::system_busy));
  // And back: the client reads it as its registry's error.
  const rtcerr::parsed_problem p = rtcerr::parse_problem_json(rtcerr::problem_json(busy));
  REQUIRE_MESSAGE(p, p.reason);
  CHECK(p.details->error_as<acme::error>() == busy);
  CHECK(p.details->error_as<acme::error>().name() == "camera_busy");
  CHECK(p.details->name == "camera_busy");
  CHECK(p.details->condition == rtcerr::condition::busy);
}

TEST_CASE("problem_json: values not in the catalogue keep their code and answer 500") {
  const json gap = json::parse(rtcerr::problem_json(error::from_wire(605030002)));
  CHECK(gap["status"] == 500);
  CHECK(gap["code"] == 605030002);
  CHECK(gap["domain"] == "recording");
  CHECK(gap["name"] == "unknown");
  CHECK(gap["retryable"] == false);
  CHECK(gap["title"] == "unknown recording error code");
  const json outside = json::parse(rtcerr::problem_json(error::from_wire(-7)));
  CHECK(outside["code"] == -7);
  CHECK(outside["domain"] == "unknown");
  CHECK(outside["type"] == "tag:rtcerr,2026:error:-7");
}

TEST_CASE("problem_json: with a site's base, `type` is the code's page") {
  // The address is the published one, spelled out here rather than taken
  // from code_page_url(), so that a change to it fails this test.
  const std::string_view base = "https://errors.example.com/rtc";
  CHECK(json::parse(rtcerr::problem_json(rtcerr::recording::errc::stream_data_timeout,
                                         {.code_page_base = base}))["type"] ==
        "https://errors.example.com/rtc/codes/605030046.html");
  CHECK(json::parse(
            rtcerr::problem_json(rtcerr::gateway::errc::system_busy,
                                 {.code_page_base = "https://errors.example.com/rtc/"}))["type"] ==
        "https://errors.example.com/rtc/codes/606000006.html");
  // A value the site has no page for keeps the tag URI, which names it.
  CHECK(json::parse(
            rtcerr::problem_json(error::from_wire(605030002), {.code_page_base = base}))["type"] ==
        "tag:rtcerr,2026:error:605030002");
  CHECK(rtcerr::code_page_path(605030046) == "codes/605030046.html");
  CHECK(rtcerr::code_page_url("", 1) == "codes/1.html");
}

TEST_CASE("problem_json: any caller input is escaped into valid UTF-8 JSON") {
  struct sample {
    std::string input;
    std::string decoded;  // what a JSON parser must read back
  };
  const sample samples[] = {
      {"say \"hi\" \\ bye", "say \"hi\" \\ bye"},
      {std::string("nul\0byte", 8), std::string("nul\0byte", 8)},
      {"\x01\x1f\b\f\n\r\t\x7f", "\x01\x1f\b\f\n\r\t\x7f"},
      {"房间 42 ✓ 😀", "房间 42 ✓ 😀"},
      {"bad \xff byte", "bad \xEF\xBF\xBD byte"},
      {"cut \xe4\xb8", "cut \xEF\xBF\xBD\xEF\xBF\xBD"},            // truncated 3-byte sequence
      {"overlong \xc0\xaf", "overlong \xEF\xBF\xBD\xEF\xBF\xBD"},  // '/' as 2 bytes
      {"surrogate \xed\xa0\x80", "surrogate \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
      {"beyond \xf4\x90\x80\x80", "beyond \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
      {"</script><!--", "</script><!--"},
  };
  for (const sample& s : samples) {
    INFO("input " << json(s.decoded).dump());
    const std::string body = rtcerr::problem_json(rtcerr::gateway::errc::invalid_argument,
                                                  {.detail = s.input, .instance = s.input});
    // No raw control character, and nlohmann (which validates UTF-8) reads it.
    for (const char c : body) CHECK(static_cast<unsigned char>(c) >= 0x20);
    json parsed;
    REQUIRE_NOTHROW(parsed = json::parse(body));
    CHECK(parsed["detail"] == s.decoded);
    CHECK(parsed["instance"] == s.decoded);
    // And rtcerr's own reader agrees.
    const rtcerr::parsed_problem back = rtcerr::parse_problem_json(body);
    REQUIRE(back);
    CHECK(back.details->detail == s.decoded);
    CHECK(back.details->instance == s.decoded);
  }
  // A type base from configuration is escaped too.
  const json odd = json::parse(rtcerr::problem_json(error{1}, {.type_base = "x\"y\n"}));
  CHECK(odd["type"] == "x\"y\n1");
}

TEST_CASE("problem_json: every code of the catalogue survives the round trip") {
  std::size_t walked = 0;
  const auto round_trip = [&](const error e) {
    INFO("code " << e.value());
    ++walked;
    const std::string body =
        rtcerr::problem_json(e, {.detail = "occurrence", .instance = "/req/1"});
    const json checked = json::parse(body);  // well-formed for an independent parser
    CHECK(checked["title"] == std::string(e.message(rtcerr::lang::en)));
    CHECK(checked["message_zh"] == std::string(e.message(rtcerr::lang::zh)));
    const rtcerr::parsed_problem p = rtcerr::parse_problem_json(body);
    REQUIRE_MESSAGE(p, p.reason);
    CHECK(p.reason.empty());
    CHECK(p.details->error == e);
    CHECK(p.details->status == rtcerr::response_status(e));
    CHECK(p.details->title == e.message(rtcerr::lang::en));
    CHECK(p.details->detail == "occurrence");
    CHECK(p.details->instance == "/req/1");
    CHECK(p.details->type == "tag:rtcerr,2026:error:" + std::to_string(e.value()));
  };
  round_trip(error{});
  for (const rtcerr::domain_info& d : rtcerr::registry::domains)
    for (const rtcerr::code_info& c : d.codes) round_trip(error::from_wire(c.value));
  CHECK(walked == 80);
  for (const std::int32_t v : {605030002, 606009999, 123456, -1, INT32_MIN, INT32_MAX})
    round_trip(error::from_wire(v));
}

// A failure with a trace: opened in stop_stream, passed on by finish_task
// with the task's id as context. The lines are where fail() and RTCERR_TRY are.
constexpr std::uint_least32_t origin_line = __LINE__ + 2;
rtcerr::result<int> stop_stream() {
  return rtcerr::fail(rtcerr::recording::errc::stream_data_timeout);
}
constexpr std::uint_least32_t hop_line = __LINE__ + 2;
rtcerr::result<int> finish_task(std::string_view task) {
  RTCERR_TRY(auto frames, stop_stream(), "task", task);
  return frames;
}

TEST_CASE("problem_json: the trace member, written only when the caller passes a trace") {
  const rtcerr::result<int> r = finish_task("task-7");
  REQUIRE(r.has_error());
  const rtcerr::trace_snapshot trace = rtcerr::trace_of(r);
  const std::string body = rtcerr::problem_json(r.error(), {.trace = &trace});
  const json doc = json::parse(body);
  CHECK(doc["code"] == 605030046);
  CHECK(doc["message_zh"] == "流数据超时");  // the trace comes after every other member
  CHECK(body.find(R"("message_zh":"流数据超时","trace":{)") != std::string::npos);
#if RTCERR_TRACES
  const json& t = doc["trace"];
  CHECK(t["status"] == "present");
  CHECK(t["origin"] == true);
  REQUIRE(t["sites"].size() == 2);
  CHECK(t["sites"][0]["line"] == origin_line);
  CHECK(t["sites"][0]["expression"].is_null());
  CHECK(contains(t["sites"][0]["function"].get<std::string>(), "stop_stream"));
  CHECK(t["sites"][1]["line"] == hop_line);
  CHECK(t["sites"][1]["expression"] == "stop_stream()");
  CHECK(contains(t["sites"][1]["function"].get<std::string>(), "finish_task"));
  CHECK(contains(t["sites"][1]["file"].get<std::string>(), "problem_json_test.cpp"));
  CHECK(t["sites_dropped"] == 0);
  CHECK(t["context"] == json::parse(R"([{"key":"task","value":"task-7","cut":false}])"));
  CHECK(t["context_dropped"] == 0);
#else
  CHECK(doc["trace"]["status"] == "none");
#endif
  // A trace that is not there says so.
  const rtcerr::trace_snapshot none{};
  CHECK(json::parse(rtcerr::problem_json(r.error(), {.trace = &none}))["trace"]["status"] ==
        "none");
  // Without one, no member; the client reads the code either way.
  CHECK_FALSE(json::parse(rtcerr::problem_json(r.error())).contains("trace"));
  const rtcerr::parsed_problem back = rtcerr::parse_problem_json(body);
  REQUIRE_MESSAGE(back, back.reason);
  CHECK(back.details->error == r.error());
}

TEST_CASE("parse_problem_json: keeps what the server said about a code it does not know") {
  // A newer server's code, with a condition this client knows and one member
  // it has never heard of.
  const auto p = rtcerr::parse_problem_json(
      R"({"type":"https://errors.example.com/rtc/codes/605030099.html","title":"Shard moved",)"
      R"("status":503,"code":605030099,"domain":"recording","name":"shard_moved",)"
      R"("condition":"busy","retry":"backoff","retryable":true,"message_zh":"分片已迁移",)"
      R"("shard":{"id":7,"to":["b", null]},"retry_after":5})");
  REQUIRE_MESSAGE(p, p.reason);
  const rtcerr::problem_details& d = *p.details;
  CHECK_FALSE(d.error.known());
  CHECK(d.error.value() == 605030099);
  CHECK(d.name == "shard_moved");
  CHECK(d.domain == "recording");
  CHECK(d.title == "Shard moved");
  CHECK(d.condition == rtcerr::condition::busy);
  CHECK(d.retry == rtcerr::retry::backoff);
  CHECK(d.retryable == true);
  REQUIRE(d.extensions.size() == 3);
  CHECK(d.extensions[0].name == "message_zh");
  CHECK(d.extensions[0].json == R"("分片已迁移")");
  CHECK(d.extensions[1].name == "shard");
  CHECK(d.extensions[1].json == R"({"id":7,"to":["b", null]})");
  REQUIRE(d.extension("retry_after") != nullptr);
  CHECK(d.extension("retry_after")->json == "5");
  CHECK(d.extension("absent") == nullptr);

  // A condition or policy newer than this client: not guessed, kept as sent.
  const auto newer = rtcerr::parse_problem_json(
      R"({"code":605030098,"condition":"quarantined","retry":"after_review","retryable":false})");
  REQUIRE_MESSAGE(newer, newer.reason);
  CHECK_FALSE(newer.details->condition.has_value());
  CHECK_FALSE(newer.details->retry.has_value());
  CHECK(newer.details->retryable == false);
  REQUIRE(newer.details->extension("condition") != nullptr);
  CHECK(newer.details->extension("condition")->json == R"("quarantined")");
  CHECK(newer.details->extension("retry")->json == R"("after_review")");

  // Absent members stay absent; members of another type are kept as extensions.
  const auto bare = rtcerr::parse_problem_json(R"({"code":1,"name":7,"retryable":"yes"})");
  REQUIRE_MESSAGE(bare, bare.reason);
  CHECK(bare.details->name.empty());
  CHECK_FALSE(bare.details->condition.has_value());
  CHECK_FALSE(bare.details->retryable.has_value());
  REQUIRE(bare.details->extensions.size() == 2);
  CHECK(bare.details->extension("name")->json == "7");
  CHECK(bare.details->extension("retryable")->json == R"("yes")");
}

TEST_CASE("parse_problem_json: other servers' bodies") {
  SUBCASE("extra members of every type are ignored, order does not matter") {
    const auto p = rtcerr::parse_problem_json(
        " \r\n\t{ \"balance\": 30, \"accounts\": [\"/account/12345\", {\"deep\": [1, 2.5e3, "
        "true, false, null]}], \"code\" : 606000001, \"title\": \"\\u7cfb\\u7edf \\ud83d\\ude00\","
        " \"status\": 401, \"type\": 17, \"detail\": null, \"instance\": \"\\/a\\/b\" } ");
    REQUIRE_MESSAGE(p, p.reason);
    CHECK(p.details->error == rtcerr::gateway::errc::access_token_expired);
    CHECK(p.details->status == 401);
    CHECK(p.details->title == "系统 😀");
    CHECK(p.details->type.empty());    // not a string: ignored
    CHECK(p.details->detail.empty());  // null: ignored
    CHECK(p.details->instance == "/a/b");
  }
  SUBCASE("a byte order mark and an unknown code") {
    const auto p = rtcerr::parse_problem_json("\xEF\xBB\xBF{\"code\":605030099}");
    REQUIRE_MESSAGE(p, p.reason);
    CHECK(p.details->error.value() == 605030099);
    CHECK_FALSE(p.details->error.known());
    CHECK(p.details->status == 0);
  }
  SUBCASE("RFC 9457's own example has no code: a clear refusal") {
    const auto p = rtcerr::parse_problem_json(
        R"({"type": "https://example.com/probs/out-of-credit", "title": "You do not have )"
        R"(enough credit.", "detail": "Your current balance is 30, but that costs 50.", )"
        R"("instance": "/account/12345/msgs/abc", "balance": 30})");
    CHECK_FALSE(p);
    CHECK_FALSE(p.details.has_value());
    CHECK(p.reason == R"(no "code" member: not an rtcerr problem document)");
  }
  SUBCASE("a status outside 100-599 or not an integer is ignored") {
    CHECK(rtcerr::parse_problem_json(R"({"code":1,"status":700})").details->status == 0);
    CHECK(rtcerr::parse_problem_json(R"({"code":1,"status":"400"})").details->status == 0);
    CHECK(rtcerr::parse_problem_json(R"({"code":1,"status":400.0})").details->status == 0);
  }
}

TEST_CASE("parse_problem_json: bodies it refuses, each with its reason") {
  struct refused {
    std::string body;
    std::string reason;
  };
  const refused cases[] = {
      {"", "empty body"},
      {"   ", "empty body"},
      {"[1,2]", "not a JSON object"},
      {"<html>502 Bad Gateway</html>", "not a JSON object"},
      {R"({"code":"606000006"})", R"("code" member is not a number)"},
      {R"({"code":6.06e8})", R"("code" member is not an integer in int32 range)"},
      {R"({"code":1.5})", R"("code" member is not an integer in int32 range)"},
      {R"({"code":2147483648})", R"("code" member is not an integer in int32 range)"},
      {R"({"code":-2147483649})", R"("code" member is not an integer in int32 range)"},
      {R"({"code":99999999999999999999999})", "int32 range"},
      {R"({"code":1,"code":2})", R"("code" member appears twice)"},
      {R"({"code":1,"title":"a","title":"b"})", R"("title" member appears twice)"},
      {R"({"code":1,"name":"a","name":"b"})", R"("name" member appears twice)"},
      {R"({"code":1,"retry":"never","retry":"backoff"})", R"("retry" member appears twice)"},
      {R"({"code":1,"condition":"busy","condition":"busy"})",
       R"("condition" member appears twice)"},
      {R"({"code":1,"retryable":true,"retryable":false})", R"("retryable" member appears twice)"},
      {R"({"code":1,"retryable":tru})", "expected a value"},
      {R"({"code":1)", "invalid JSON at byte 9: expected ',' or '}'"},
      {R"({"code":1}x)", "unexpected text after the object"},
      {R"({"code":1,})", "expected a string"},
      {R"({"code" 1})", "expected ':'"},
      {R"({"code":01})", "expected ',' or '}'"},
      {R"({"code":-})", "expected a value"},
      {R"({"code":1,"title":"a)", "unterminated string"},
      {"{\"code\":1,\"title\":\"a\nb\"}", "control character in a string"},
      {"{\"code\":1,\"title\":\"\xff\"}", "invalid UTF-8"},
      {"{\"code\":1,\"title\":\"\xed\xa0\x80\"}", "invalid UTF-8"},
      {R"({"code":1,"title":"\ud800"})", "unpaired high surrogate"},
      {R"({"code":1,"title":"\udc00"})", "unpaired low surrogate"},
      {R"({"code":1,"title":"\u12"})", "bad hex digit"},
      {R"({"code":1,"title":"\q"})", "unknown escape"},
      {R"({"code":1,"x":[1,2)", "expected ',' or ']'"},
      {R"({"code":1,"x":tru})", "expected a value"},
      {"{\"code\":1,\"x\":" + std::string(100000, '[') + std::string(100000, ']') + "}",
       "nested deeper than 64 levels"},
      {"{\"x\":" + std::string(65, '[') + std::string(65, ']') + ",\"code\":1}",
       "nested deeper than 64 levels"},
  };
  for (const refused& r : cases) {
    INFO("body " << r.body.substr(0, 60));
    const rtcerr::parsed_problem p = rtcerr::parse_problem_json(r.body);
    CHECK_FALSE(p);
    CHECK_MESSAGE(contains(p.reason, r.reason), p.reason);
  }
  // 64 levels are fine.
  CHECK(rtcerr::parse_problem_json("{\"x\":" + std::string(64, '[') + std::string(64, ']') +
                                   ",\"code\":1}"));
}

}  // namespace
