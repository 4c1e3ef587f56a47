// Two writers of one JSON object: the header-only `{:j}` formatter (no
// allocation, for logs) and the CLI's nlohmann::json export (`rtcerr list
// --format json`). They must agree byte for byte on every code, so that a
// log line and the catalogue export can be joined on their text.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "catalogue_export.hpp"
#include "rtcerr/format.hpp"

TEST_CASE("{:j} and the CLI's JSON agree on every catalogue code and on unknown values") {
  std::vector<rtcerr::error> codes = rtcerr::cli::catalogue_codes();
  REQUIRE(codes.size() > 50);
  for (const std::int32_t v :
       {605030002, 1000999, 999, -1, 12345, std::numeric_limits<std::int32_t>::min(),
        std::numeric_limits<std::int32_t>::max()})
    codes.push_back(rtcerr::error::from_wire(v));
  for (const rtcerr::error e : codes) {
    CAPTURE(e.value());
    CHECK(fmt::format("{:j}", e) == rtcerr::cli::to_json(e).dump());
  }
}

TEST_CASE("and the array the CLI prints is made of the same objects") {
  const std::vector<rtcerr::error> codes = rtcerr::cli::catalogue_codes(rtcerr::domain_id::gateway);
  const nlohmann::ordered_json array =
      nlohmann::ordered_json::parse(rtcerr::cli::format_json(codes));
  REQUIRE(array.size() == codes.size());
  for (std::size_t i = 0; i < codes.size(); ++i)
    CHECK(array[i].dump() == fmt::format("{:j}", codes[i]));
}
