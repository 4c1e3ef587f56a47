// The wire-stability guard: the committed lock of released codes against the
// catalogue, and every way a catalogue can break a lock.
//
// The first two cases read tests/data/catalogue.lock as committed; nothing
// here writes or regenerates it. The rest use a registry of their own with a
// retired code (tests/support/format_test_registry.hpp).
#include <doctest/doctest.h>

#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "catalogue_export.hpp"
#include "catalogue_lock.hpp"
#include "format_test_registry.hpp"
#include "rtcerr/registry.hpp"
#include "text_file.hpp"

using rtcerr::cli::check_lock;
using rtcerr::cli::parse_lock;

namespace {

std::string committed_lock() {
  std::string text, problem;
  REQUIRE_MESSAGE(
      rtcerr::cli::read_text_file(RTCERR_TEST_DATA_DIR "/catalogue.lock", text, problem), problem);
  return text;
}

std::vector<std::string> check_media(const std::string& lock) {
  return check_lock(parse_lock(lock), rtcerr_test::test_registry::domains, "media.lock");
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("lock: the catalogue honours every released code") {
  const auto lock = parse_lock(committed_lock());
  CHECK(lock.problems.empty());
  const std::vector<std::string> problems =
      check_lock(lock, rtcerr::registry::domains, "tests/data/catalogue.lock");
  for (const std::string& p : problems) FAIL_CHECK(p);
}

// The same verdict reached without check_lock, straight from the lines.
TEST_CASE("lock: line by line, each locked code exists and each code is locked") {
  std::set<std::tuple<std::string, std::int64_t, std::string>> locked;
  std::istringstream in(committed_lock());
  std::string domain, name;
  std::int64_t code = 0;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream words(line);
    REQUIRE_MESSAGE(static_cast<bool>(words >> domain >> code >> name), line);
    locked.emplace(domain, code, name);
    const rtcerr::error e = rtcerr::error::from_wire(static_cast<std::int32_t>(code));
    INFO(line);
    CHECK((e.known() || e.retired()));
    CHECK(e.domain_name() == domain);
    CHECK(e.name() == name);
  }
  std::size_t codes = 0;
  for (const rtcerr::domain_info& d : rtcerr::registry::domains) {
    for (const rtcerr::code_info& c : d.codes) {
      ++codes;
      CHECK_MESSAGE(locked.count({std::string(d.name), c.value, std::string(c.name)}) == 1,
                    d.name << " " << c.value << " " << c.name << " is not in the lock");
    }
  }
  CHECK(codes == 79);
  CHECK(locked.size() >= codes);
}

TEST_CASE("lock: a registry with a retired code") {
  const std::string good =
      "# comment\n"
      "\n"
      "media 700001 camera_busy\n"
      "  media\t700002   old_codec_error  \r\n"
      "media 700003 quoted_text\n";
  CHECK(parse_lock(good).entries.size() == 3);
  CHECK(check_media(good).empty());

  SUBCASE("a locked code removed") {
    const auto p = check_media(good + "media 700004 dropped_code\n");
    REQUIRE(p.size() == 1);
    CHECK(contains(p[0], "'media 700004 dropped_code' (media.lock line 6) is missing"));
    CHECK(contains(p[0], "RETIRED(700004, dropped_code)"));
  }
  SUBCASE("a locked code renamed") {
    const auto p = check_media(
        "media 700001 camera_in_use\nmedia 700002 old_codec_error\nmedia 700003 quoted_text\n");
    REQUIRE(p.size() == 1);
    CHECK(contains(p[0], "'media 700001 camera_in_use'"));
    CHECK(contains(p[0], "is now named media.camera_busy"));
    CHECK(contains(p[0], "give it back the name camera_in_use"));
  }
  SUBCASE("a locked code renumbered: one message, not two") {
    const auto p = check_media(
        "media 700005 camera_busy\nmedia 700002 old_codec_error\nmedia 700003 quoted_text\n");
    REQUIRE(p.size() == 1);
    CHECK(contains(p[0], "'media 700005 camera_busy'"));
    CHECK(contains(p[0], "renumbered to 700001"));
  }
  SUBCASE("a retired code must keep its name") {
    const auto p = check_media(
        "media 700001 camera_busy\nmedia 700002 codec_error\nmedia 700003 quoted_text\n");
    REQUIRE(p.size() == 1);
    CHECK(contains(p[0], "retired under another name, old_codec_error"));
    CHECK(contains(p[0], "RETIRED(700002, codec_error)"));
  }
  SUBCASE("a new code not yet locked: the message says how to add it") {
    const auto p = check_media("media 700001 camera_busy\nmedia 700002 old_codec_error\n");
    REQUIRE(p.size() == 1);
    CHECK(contains(p[0], "code media 700003 quoted_text is not in the lock"));
    CHECK(contains(p[0], "append the line 'media 700003 quoted_text' to the end of media.lock"));
  }
  SUBCASE("a retired number must be locked too") {
    const auto p = check_media("media 700001 camera_busy\nmedia 700003 quoted_text\n");
    REQUIRE(p.size() == 1);
    CHECK(contains(p[0], "retired code media 700002 old_codec_error is not in the lock"));
  }
  SUBCASE("a domain renamed, or a code moved out of its domain's range") {
    const auto p = check_media(good + "video 700009 frame_lost\nmedia 800001 too_far\n");
    REQUIRE(p.size() == 2);
    CHECK(contains(p[0], "the catalogue has no domain 'video'"));
    CHECK(contains(p[1], "800001 no longer lies in the range of domain media"));
  }
  SUBCASE("malformed and duplicate lines") {
    const auto lock = parse_lock(good +
                                 "media 70x bad_number\n"
                                 "media 700010\n"
                                 "media 700001 camera_busy_again\n"
                                 "media 700011 camera_busy\n"
                                 "media 99999999999 huge\n");
    REQUIRE(lock.problems.size() == 5);
    CHECK(lock.problems[0] == "line 6: '70x' is not a decimal 32-bit code");
    CHECK(lock.problems[1] == "line 7: 'media 700010' is not DOMAIN CODE NAME");
    CHECK(lock.problems[2] == "line 8: code 700001 is locked twice (first on line 3)");
    CHECK(lock.problems[3] == "line 9: name media.camera_busy is locked twice (first on line 3)");
    CHECK(lock.problems[4] == "line 10: '99999999999' is not a decimal 32-bit code");
    CHECK(check_lock(lock, rtcerr_test::test_registry::domains).size() == 5);
  }
}

TEST_CASE("retired codes: from_wire and explain say retired, not unknown") {
  using rtcerr_test::test_error;
  const test_error retired = test_error::from_wire(700002);
  CHECK(retired.retired());
  CHECK_FALSE(retired.known());
  CHECK(retired.name() == "old_codec_error");
  CHECK(retired.domain() == rtcerr_test::test_domain::media);
  CHECK(retired.message(rtcerr::lang::en) == "retired error code");
  CHECK(rtcerr::cli::explain_error(retired) ==
        "700002  media.old_codec_error  (retired)\n"
        "  domain:     media (700000-700999)\n"
        "  message:    已废弃的错误码\n"
        "              retired error code\n"
        "  hint:       -\n"
        "              -\n"
        "  condition:  unknown\n"
        "  retry:      never\n"
        "  http:       -\n");
  const test_error gap = test_error::from_wire(700004);
  CHECK_FALSE(gap.retired());
  CHECK(rtcerr::cli::explain_error(gap).rfind("700004  media.unknown  (unknown)\n", 0) == 0);
}

// The one rename made before 1.0 is deliberate and written down: the lock
// carries the new name with its reason, and a lock still holding the old name
// is refused with a message naming the new one (what a peer's stale lock sees).
TEST_CASE("lock: 605030007 was renamed authorization_failed -> auth_check_failed on purpose") {
  const std::string text = committed_lock();
  CHECK(contains(text, "\nrecording 605030007 auth_check_failed\n"));
  CHECK_FALSE(contains(text, "\nrecording 605030007 authorization_failed\n"));
  CHECK(contains(text, "authorization_failed -> auth_check_failed"));

  std::string stale = text;
  const std::string line = "recording 605030007 auth_check_failed";
  stale.replace(stale.find(line), line.size(), "recording 605030007 authorization_failed");
  const std::vector<std::string> p =
      check_lock(parse_lock(stale), rtcerr::registry::domains, "old.lock");
  REQUIRE(p.size() == 1);
  CHECK(contains(p[0], "605030007 authorization_failed"));
  CHECK(contains(p[0], "is now named recording.auth_check_failed"));
}
