// The links services send lead to pages the site has: for every value a
// service can answer with (0, each listed and retired code, and values the
// catalogue does not list), the problem+json `type` and, where gRPC is
// built, the Help link either name a file that `rtcerr docs --html` wrote
// into RTCERR_SITE_DIR or, for a value without a page, are not a link into
// the site at all.
#include <doctest/doctest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "rtcerr/problem_json.hpp"
#include "rtcerr/rtcerr.hpp"
#if RTCERR_SITE_TEST_GRPC
#include "google/rpc/error_details.pb.h"
#include "google/rpc/status.pb.h"
#include "rtcerr/grpc.hpp"
#endif

namespace {

const std::string base = "https://errors.example.com/rtc/";

// The file of the written site that `url` names, or "" when `url` is not
// inside the site.
std::string page_of(const std::string& url) {
  return url.rfind(base, 0) == 0 ? url.substr(base.size()) : std::string();
}

std::vector<rtcerr::error> answerable() {
  std::vector<rtcerr::error> out;
  for (const std::int32_t v : {0, 605030002, 606009999, 42424242, -1})
    out.push_back(rtcerr::error::from_wire(v));
  for (const rtcerr::domain_info& d : rtcerr::registry::domains) {
    for (const rtcerr::code_info& c : d.codes) out.push_back(rtcerr::error::from_wire(c.value));
    for (const rtcerr::retired_code& r : d.retired)
      out.push_back(rtcerr::error::from_wire(r.value));
  }
  return out;
}

void check_page(const rtcerr::error e, const std::string& url) {
  CAPTURE(url);
  const std::string page = page_of(url);
  if (e.known() || e.retired()) {
    REQUIRE_FALSE(page.empty());
    CHECK(std::filesystem::is_regular_file(std::filesystem::path(RTCERR_SITE_DIR) / page));
  } else {
    CHECK(page.empty());
  }
}

TEST_CASE("site links: every problem+json `type` names a page the site has") {
  REQUIRE(std::filesystem::is_regular_file(std::filesystem::path(RTCERR_SITE_DIR) / "index.html"));
  for (const rtcerr::error e : answerable()) {
    CAPTURE(e.value());
    const nlohmann::json body =
        nlohmann::json::parse(rtcerr::problem_json(e, {.code_page_base = base}));
    check_page(e, body["type"].get<std::string>());
  }
}

#if RTCERR_SITE_TEST_GRPC
TEST_CASE("site links: every gRPC Help link names a page the site has") {
  for (const rtcerr::error e : answerable()) {
    CAPTURE(e.value());
    if (e.value() == 0) continue;  // OK carries no details
    google::rpc::Status status;
    REQUIRE(status.ParseFromString(
        rtcerr::to_grpc_status(e, {.code_page_base = base}).error_details()));
    std::string url;
    for (const google::protobuf::Any& any : status.details()) {
      google::rpc::Help help;
      if (any.Is<google::rpc::Help>() && any.UnpackTo(&help) && help.links_size() > 0)
        url = help.links(0).url();
    }
    check_page(e, url);
  }
}
#endif

}  // namespace
