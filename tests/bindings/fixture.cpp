// bindings_fixture OUT_DIR: writes what the toolchain checks compile.
//
// The catalogue's own texts hold no quote, backslash, `$`, brace, control
// character or character outside the BMP, so a check of the real catalogue
// alone would not show that each language's escaping is right. This writes
// every language's bindings for the real catalogue PLUS one extra domain,
// `hostile` (700000000 - 700000999), whose texts hold all of those, and
// OUT_DIR/catalogue.json, that model in the shape of `rtcerr list --format
// json`. check.py confirms that the real part of the JSON equals the CLI's
// export, so the expected values still come from the registry; the compiled
// program must then reproduce every text, hostile ones included, byte for
// byte.
//
// It adds a third domain, `network` (800000 - 800999), from the application
// registry of tests/support/domains_app_defaults.hpp, which states defaults
// for its unlisted numbers (a part of its range and the whole), and writes
// OUT_DIR/unlisted.json: for numbers of that domain it does not list, what
// the C++ error type (acme::net::error::from_wire) answers, so that each
// language's lookup is compared with the C++ side.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "domains_app_defaults.hpp"
#include "generate.hpp"
#include "model_of.hpp"
#include "rtcerr/problem_json.hpp"
#include "rtcerr/registry.hpp"

namespace {

using rtcerr::cli::catalogue_model;
using rtcerr::cli::model_code;

catalogue_model hostile_model() {
  catalogue_model model = rtcerr::cli::registry_model();
  model.domains.push_back({"hostile", 700000000, 700000999, "未知 \"hostile\" $code {0} \\",
                           "unknown hostile code: \"$x\" ${y} {0} \\ ?\?/"});
  const auto add = [&model](std::int64_t value, std::string name, std::string zh, std::string en,
                            std::string hint_zh, std::string hint_en, int http) {
    model.codes.push_back({value, "hostile", std::move(name), std::move(zh), std::move(en),
                           std::move(hint_zh), std::move(hint_en), "internal_error", "backoff",
                           http, 13});  // INTERNAL
  };
  add(700000001, "quotes_and_backslashes", "引号 \"双\" '单' \\反斜杠\\ \\n 不是换行 \\u000a \\",
      "Quote \" apostrophe ' backslash \\ \\\" \\\\ end\\", "C:\\path\\to\\file",
      "\\x41 \\101 \\u0041 \\U00000041 \\u{41}", 418);
  add(700000002, "interpolation", "$name ${expr} $$ {0} {{}} \\(x) #{x} %s %d",
      "$ 1 $x ${x} {} {name} \\(name) `${t}` @{x}", "$", "{", 0);
  add(700000003, "control_characters", "第一行\n第二行\r\n\t制表\x01\x1f\x7f",
      "line\nbreak\rreturn\ttab\x01\x1f\x7f end", "\u2028\u2029\u0085\ufeff", "\x0b\x0c\x08", 599);
  add(700000004, "beyond_the_bmp", "表情 😀 音符 𝄞 汉字 𠀀", "emoji 😀 clef 𝄞 han 𠀀", "é ü ñ ß",
      "\U0010FFFF", 0);
  add(700000005, "comment_breakers", "*/ /* // --> <!-- # \"\"\" ''' ?\?/ ?\?= ?\?-",
      "*/ end /* start // line # hash \"\"\" ''' ?\?/ trigraph", "?", "</summary> <!-- -->", 0);
  const catalogue_model app = rtcerr::cli::model_of<acme::net::registry>();
  model.domains.insert(model.domains.end(), app.domains.begin(), app.domains.end());
  for (const model_code& c : app.codes)
    if (c.value != 0) model.codes.push_back(c);
  return model;
}

// What the C++ side answers for unlisted numbers of the application's
// domain: the parts of its range with their own default (their ends), the
// whole range's default (a gap, the range's ends).
nlohmann::ordered_json unlisted_in_app_domain() {
  nlohmann::ordered_json all = nlohmann::ordered_json::array();
  for (const std::int32_t value :
       {800500, 800550, 800599, 800000, 800499, 800600, 800777, 800999}) {
    const acme::net::error e = acme::net::error::from_wire(value);
    nlohmann::ordered_json j;
    j["code"] = value;
    j["known"] = e.known();
    j["domain"] = std::string(e.domain_name());
    j["message_zh"] = std::string(e.message(rtcerr::lang::zh));
    j["message_en"] = std::string(e.message(rtcerr::lang::en));
    j["condition"] = std::string(rtcerr::to_string(e.condition()));
    j["retry"] = std::string(rtcerr::to_string(e.retry()));
    j["http_status"] = e.http_status() == 0 ? nlohmann::ordered_json(nullptr)
                                            : nlohmann::ordered_json(e.http_status());
    j["grpc_code"] = static_cast<int>(rtcerr::grpc_number(e.grpc_code()));
    all.push_back(j);
  }
  return all;
}

nlohmann::ordered_json to_json(const model_code& c) {
  nlohmann::ordered_json j;
  j["domain"] = c.domain.empty() ? "unknown" : c.domain;
  j["code"] = c.value;
  j["name"] = c.name;
  j["message_zh"] = c.message_zh;
  j["message_en"] = c.message_en;
  j["hint_zh"] = c.hint_zh;
  j["hint_en"] = c.hint_en;
  j["condition"] = c.condition;
  j["retry"] = c.retry;
  j["http_status"] =
      c.http_status == 0 ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(c.http_status);
  // Not in `rtcerr list --format json`: taken from rtcerr::error itself for
  // the catalogue's codes, from the model for the hostile ones.
  j["grpc_code"] =
      c.domain == "network"
          ? static_cast<int>(rtcerr::grpc_number(
                acme::net::error::from_wire(static_cast<std::int32_t>(c.value)).grpc_code()))
      : c.domain == "hostile"
          ? c.grpc_code
          : static_cast<int>(rtcerr::grpc_number(
                rtcerr::error::from_wire(static_cast<std::int32_t>(c.value)).grpc_code()));
  return j;
}

// OUT_DIR/problems.json: problem+json bodies as examples/gateway_server
// answers them (the same rtcerr::problem_json call, detail and instance from
// the request), for the bindings' decoders: catalogue codes, an unlisted code
// of a domain, a value outside every domain; then the body a newer server
// sends for a code this catalogue does not list yet, with its own name,
// condition, retry policy and texts.
nlohmann::ordered_json problem_bodies() {
  nlohmann::ordered_json all = nlohmann::ordered_json::array();
  for (const std::int32_t value : {606000006, 606000001, 605030046, 1, 605030099, 424242424}) {
    const rtcerr::error e = rtcerr::error::from_wire(value);
    all.push_back(rtcerr::problem_json(
        e, {.detail = "while handling the request", .instance = "/v1/rooms/42/recording"}));
  }
  nlohmann::ordered_json newer = nlohmann::ordered_json::parse(
      rtcerr::problem_json(rtcerr::error::from_wire(605030099), {.instance = "/v1/rooms/7"}));
  newer["title"] = "Composition quota \"exceeded\" \u00e9";
  newer["status"] = 429;
  newer["name"] = "composition_quota_exceeded";
  newer["retryable"] = true;
  newer["message_zh"] = "合成配额已用完 😀";
  newer["condition"] = "limit_exceeded";
  newer["retry"] = "backoff";
  all.push_back(newer.dump());
  return all;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: bindings_fixture OUT_DIR\n");
    return 2;
  }
  const std::filesystem::path out = argv[1];
  catalogue_model model = hostile_model();
  model.fingerprint = "0000000000000000";  // not the catalogue's: never mistaken for it
  nlohmann::ordered_json all = nlohmann::ordered_json::array();
  for (const model_code& c : model.codes) all.push_back(to_json(c));
  std::filesystem::create_directories(out);
  std::ofstream(out / "catalogue.json", std::ios::binary) << all.dump(2) << "\n";
  std::ofstream(out / "problems.json", std::ios::binary) << problem_bodies().dump(2) << "\n";
  std::ofstream(out / "unlisted.json", std::ios::binary)
      << unlisted_in_app_domain().dump(2) << "\n";
  // The same catalogue written in a third language as well ("ja", its texts
  // borrowed from English): no generator may assume the catalogue has two
  // (bindings.custom_names compiles these).
  catalogue_model three = model;
  three.locales.push_back({"ja", &model_code::message_en, &model_code::hint_en,
                           &rtcerr::cli::model_domain::unknown_message_en,
                           &catalogue_model::unknown_message_en});
  for (const auto& [dir, m] : {std::pair{std::filesystem::path(), &model},
                               std::pair{std::filesystem::path("three_languages"), &three}})
    for (const rtcerr::cli::language_generator& g : rtcerr::cli::language_generators()) {
      for (const rtcerr::cli::generated_file& f : g.generate(*m)) {
        const std::filesystem::path path = out / dir / std::string(g.name) / f.path;
        std::filesystem::create_directories(path.parent_path());
        std::ofstream file(path, std::ios::binary);
        file << f.text;
        if (!file) {
          std::fprintf(stderr, "bindings_fixture: cannot write %s\n", path.string().c_str());
          return 1;
        }
      }
    }
  return 0;
}
