// The reference site (`rtcerr docs --html`), as the writer's model sees it:
//   - a page for every code at codes/<number>.html, and for every retired
//     number one that says it must not be reused (tested with a registry of
//     this file, since the catalogue has retired nothing yet);
//   - texts escaped and marked with their language;
//   - each code's name in a generated language is one that language's
//     binding really declares;
//   - every problem+json `type` a service writes with the site's base names a
//     page the site has.
// Expected texts are the catalogue's and the published addresses, spelled out
// here.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <string_view>

#include "doc_site.hpp"
#include "rtcerr/problem_json.hpp"
#include "rtcerr/rtcerr.hpp"

// clang-format off
#define SITE_TEST_CODES(CODE, RETIRED) \
  CODE(700001, camera_busy, "摄像头被占用", "", "Camera is busy", "Close other programs using the camera", busy, backoff, 0) \
  RETIRED(700002, old_codec_error)
// clang-format on

namespace site_test::media {
RTCERR_DEFINE_DOMAIN(media, 700000, 700999, SITE_TEST_CODES);
}  // namespace site_test::media

namespace site_test {
using registry = rtcerr::registry_with<media::domain>;
}  // namespace site_test

namespace {

using rtcerr::cli::generated_file;

bool contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

std::map<std::string, std::string> by_path(const std::vector<generated_file>& files) {
  std::map<std::string, std::string> out;
  for (const generated_file& f : files) CHECK(out.emplace(f.path, f.text).second);
  return out;
}

// The catalogue plus the test domain: the model a registry tool would build
// for site_test::registry, with the retired number taken from its table.
rtcerr::cli::site_model application_model() {
  rtcerr::cli::catalogue_model catalogue = rtcerr::cli::registry_model();
  catalogue.domains.push_back({"media", 700000, 700999, "未知的媒体错误码", "unknown media code"});
  catalogue.codes.push_back({700001, "media", "camera_busy", "摄像头被占用", "Camera is busy", "",
                             "Close other programs using the camera", "busy", "backoff", 503, 14});
  return rtcerr::cli::site_model_of(catalogue, site_test::registry::domains);
}

TEST_CASE("html_escape: the five characters that end text or an attribute value") {
  CHECK(rtcerr::cli::html_escape(R"(<a href="x" title='y'>&</a>)") ==
        "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  CHECK(rtcerr::cli::html_escape("流数据超时 plain") == "流数据超时 plain");
}

TEST_CASE("site: a page per code and per retired number, all linked from the index") {
  const rtcerr::cli::site_model model = application_model();
  REQUIRE(model.retired.size() == 1);
  const auto files = by_path(rtcerr::cli::write_site(model));
  const std::string& index = files.at("index.html");
  CHECK(files.size() == model.catalogue.codes.size() + 1 + 2);  // + index.html, style.css
  for (const rtcerr::cli::model_code& c : model.catalogue.codes) {
    const std::string path = "codes/" + std::to_string(c.value) + ".html";
    CAPTURE(path);
    CHECK(files.count(path) == 1);
    CHECK(contains(index, "<a href=\"" + path + "\">"));
  }
  const std::string& retired = files.at("codes/700002.html");
  CHECK(contains(retired, "<code>media.old_codec_error</code> (retired)"));
  CHECK(contains(retired, "must never be reused"));
  CHECK(contains(retired, "lang=\"zh-CN\">此错误码已废弃"));
  CHECK(contains(index, "<a href=\"codes/700002.html\">700002</a>"));
  // One row per code, and the test domain in the filter.
  std::size_t rows = 0;
  for (std::size_t at = index.find("<tr data-domain="); at != std::string::npos;
       at = index.find("<tr data-domain=", at + 1))
    ++rows;
  CHECK(rows == model.catalogue.codes.size());
  CHECK(contains(index, "<option value=\"media\">media</option>"));
}

TEST_CASE("site: a code's page says what a client should do, in both languages") {
  const auto files = by_path(rtcerr::cli::write_site(rtcerr::cli::registry_site_model()));
  const std::string& busy = files.at("codes/606000006.html");
  CHECK(contains(busy,
                 "<p class=\"t\" lang=\"zh-CN\">系统繁忙</p><p class=\"t\" lang=\"en\">System "
                 "busy</p>"));
  CHECK(contains(busy, "<dt>Retry-After</dt><dd>5 seconds"));
  CHECK(contains(busy, "<dt>HTTP status</dt><dd>503</dd>"));
  CHECK(contains(busy, "<dt>gRPC code</dt><dd>14 <code>UNAVAILABLE</code></dd>"));
  CHECK(contains(busy, "exponential backoff"));
  const std::string& expired = files.at("codes/606000001.html");
  CHECK(contains(expired, "Get a new token"));
  CHECK(contains(expired, "<dt>Retry-After</dt><dd>none</dd>"));
  CHECK(contains(expired, "<dt>HTTP status</dt><dd>401</dd>"));
  const std::string& timeout = files.at("codes/605030046.html");
  CHECK(contains(timeout, "<code>rtcerr::recording::errc::stream_data_timeout</code>"));
  CHECK(contains(timeout, "<code>ErrorCode.RecordingStreamDataTimeout</code>"));
  CHECK(contains(timeout, "<code>RtcErrors.Code.RECORDING_STREAM_DATA_TIMEOUT</code>"));
  CHECK(contains(timeout, "codes/605030046.html</code>, stays the same across releases"));
  // The index row: each text in its own element, with its language.
  CHECK(contains(files.at("index.html"),
                 "<span class=\"t\" lang=\"zh-CN\">流数据超时</span><span class=\"t\" "
                 "lang=\"en\">Timed out waiting for stream data</span>"));
}

TEST_CASE("site: every text of the model is escaped") {
  rtcerr::cli::site_model model = application_model();
  model.catalogue.codes.back().message_en = "<script>alert(1)</script> & \"q\"";
  model.catalogue.codes.back().hint_zh = "<b>'";
  const auto files = by_path(rtcerr::cli::write_site(model));
  for (const std::string path : {"index.html", "codes/700001.html"}) {
    CAPTURE(path);
    CHECK_FALSE(contains(files.at(path), "<script>alert"));
    CHECK(contains(files.at(path), "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;"));
  }
  CHECK(contains(files.at("codes/700001.html"), "&lt;b&gt;&#39;"));
}

TEST_CASE("site: each language's name is one its generated binding declares") {
  const rtcerr::cli::site_model model = rtcerr::cli::registry_site_model();
  for (const rtcerr::cli::model_code& code : model.catalogue.codes) {
    for (const rtcerr::cli::language_name& n : rtcerr::cli::names_in_languages(model, code)) {
      CAPTURE(n.name);
      if (n.generator == "c++") continue;  // the test of the C++ name is that this file compiles
      const rtcerr::cli::language_generator* g = rtcerr::cli::find_language_generator(n.generator);
      REQUIRE(g != nullptr);
      std::string text;
      for (const generated_file& f : g->generate(model.catalogue)) text += f.text;
      // The member, declared as a whole word, and the type that holds it.
      const std::string_view name = n.name;
      const std::size_t dot = name.rfind('.');
      const std::string member(dot == std::string_view::npos ? name : name.substr(dot + 1));
      bool declared = false;
      for (std::size_t at = text.find(member); at != std::string::npos && !declared;
           at = text.find(member, at + 1)) {
        const auto word = [](char c) {
          return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 c == '_';
        };
        declared = (at == 0 || !word(text[at - 1])) &&
                   (at + member.size() == text.size() || !word(text[at + member.size()]));
      }
      CHECK(declared);
      if (dot != std::string_view::npos) {
        const std::string_view qualifier = name.substr(0, dot);
        const std::string type(qualifier.substr(qualifier.rfind('.') + 1));
        CHECK(contains(text, type));
      }
    }
  }
}

TEST_CASE("site: every problem+json `type` a service writes names a page of the site") {
  const std::string base = "https://errors.example.com/rtc/";
  const auto files = by_path(rtcerr::cli::write_site(rtcerr::cli::registry_site_model()));
  std::vector<std::int32_t> values;
  for (const std::int32_t v : {0, 605030002, 606009999, 42424242, -1}) values.push_back(v);
  for (const rtcerr::domain_info& d : rtcerr::registry::domains) {
    for (const rtcerr::code_info& c : d.codes) values.push_back(c.value);
    for (const rtcerr::retired_code& r : d.retired) values.push_back(r.value);
  }
  std::size_t linked = 0;
  for (const std::int32_t v : values) {
    CAPTURE(v);
    const rtcerr::error e = rtcerr::error::from_wire(v);
    const std::string type =
        nlohmann::json::parse(rtcerr::problem_json(e, {.code_page_base = base}))["type"];
    if (type.rfind(base, 0) == 0) {
      ++linked;
      CHECK(files.count(type.substr(base.size())) == 1);
    } else {
      // Only values without a page keep the tag URI.
      CHECK_FALSE((e.known() || e.retired()));
    }
  }
  CHECK(linked == values.size() - 4);  // all but the four unlisted values above
}

}  // namespace
