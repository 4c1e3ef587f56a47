// The registry's lookup table on registries other than the catalogue: a
// large one (where no perfect hash is found and lookups fall back to linear
// probing), one whose stated perfect-hash multiplier does not fit its codes,
// and an empty one; the view of a domain's rows; the string_view helpers.
#include <doctest/doctest.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "rtcerr/core/basic_registry.hpp"
#include "rtcerr/core/error.hpp"
#include "rtcerr/core/internal/string_view.hpp"

namespace {

// The i-th code of the large domain: one per block of 60 numbers, at an
// irregular offset (evenly spaced codes hash too well to defeat a perfect hash).
constexpr std::int32_t large_code(std::size_t i) {
  std::uint64_t z = (i + 1) * 0x9E3779B97F4A7C15ull;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z ^= z >> 31;
  return static_cast<std::int32_t>(100000 + 60 * i + z % 50);
}

// 1500 irregular codes: far more than a perfect hash can place in the table.
struct large_domain {
  enum class errc_type : std::int32_t {};
  static constexpr std::string_view name = "large";
  static constexpr std::int64_t first = 100000;
  static constexpr std::int64_t last = 199999;
  static constexpr std::string_view unknown_message_zh = "未知错误码（large）";
  static constexpr std::string_view unknown_message_en = "unknown large error code";
  static constexpr std::size_t count = 1500;
  // Names must be unique (a registry rule): "c0000" to "c1499".
  static constexpr std::array<std::array<char, 5>, count> names = [] {
    std::array<std::array<char, 5>, count> out{};
    for (std::size_t i = 0; i < count; ++i)
      out[i] = {'c', static_cast<char>('0' + i / 1000), static_cast<char>('0' + i / 100 % 10),
                static_cast<char>('0' + i / 10 % 10), static_cast<char>('0' + i % 10)};
    return out;
  }();
  static constexpr std::array<rtcerr::code_info, count> rows = [] {
    std::array<rtcerr::code_info, count> out{};
    for (std::size_t i = 0; i < count; ++i)
      out[i] = {large_code(i),
                std::string_view(names[i].data(), names[i].size()),
                "错误",
                "",
                "Error",
                "",
                rtcerr::condition::busy,
                rtcerr::retry::backoff,
                0};
    return out;
  }();
  static constexpr std::span<const rtcerr::code_info> codes{rows};
  static constexpr std::span<const rtcerr::retired_code> retired{};
};

struct empty_domain {
  enum class errc_type : std::int32_t {};
  static constexpr std::string_view name = "empty";
  static constexpr std::int64_t first = 200000;
  static constexpr std::int64_t last = 200999;
  static constexpr std::string_view unknown_message_zh = "未知错误码（empty）";
  static constexpr std::string_view unknown_message_en = "unknown empty error code";
  // A domain written by hand may list its rows as a table_view or, like
  // large_domain above, as a std::span.
  static constexpr rtcerr::table_view<rtcerr::code_info> codes{};
  static constexpr rtcerr::table_view<rtcerr::retired_code> retired{};
};

enum class large_id { large, unknown };
using large_registry = rtcerr::basic_registry<large_id, large_domain>;
enum class empty_id { empty, unknown };
using empty_registry = rtcerr::basic_registry<empty_id, empty_domain>;

}  // namespace

// Eight codes close together, and two registries of them: one that searches
// for its multiplier, and one whose stated multiplier does not fit them (1
// puts every code of a small range in slot 0), as a stale statement would.
#define CLOSE_CODES(CODE, RETIRED)                                    \
  CODE(300001, c1, "一", "", "One", "", busy, backoff, 0)             \
  CODE(300002, c2, "二", "", "Two", "", busy, backoff, 0)             \
  CODE(300003, c3, "三", "", "Three", "", busy, backoff, 0)           \
  CODE(300005, c5, "五", "", "Five", "", busy, backoff, 0)            \
  CODE(300008, c8, "八", "", "Eight", "", busy, backoff, 0)           \
  CODE(300013, c13, "十三", "", "Thirteen", "", busy, backoff, 0)     \
  CODE(300021, c21, "二十一", "", "Twenty-one", "", busy, backoff, 0) \
  CODE(300034, c34, "三十四", "", "Thirty-four", "", busy, backoff, 0)
namespace close_codes {
RTCERR_DEFINE_DOMAIN(close, 300000, 300999, CLOSE_CODES);
}
namespace {
enum class close_id { close, unknown };
using searched_registry = rtcerr::basic_registry<close_id, close_codes::domain>;
enum class stale_id { close, unknown };
using stale_registry = rtcerr::basic_registry<stale_id, close_codes::domain>;

}  // namespace

template <>
inline constexpr std::uint32_t rtcerr::detail::stated_hash_multiplier<stale_registry> = 1;

TEST_CASE("a registry too large for a perfect hash still finds every code, and nothing else") {
  static_assert(!large_registry::perfect_hash());
  std::size_t found = 0;
  for (std::int64_t v = large_domain::first - 10; v <= large_domain::last + 10; ++v) {
    const auto block = static_cast<std::size_t>((v - 100000) / 60);
    const bool listed = v >= 100000 && block < large_domain::count && large_code(block) == v;
    const rtcerr::code_info* c = large_registry::find(v);  // run time: a pointer is fine
    if ((c != nullptr) != listed || (c != nullptr && c->value != v))
      FAIL_CHECK("lookup is wrong for " << v);
    found += c != nullptr;
  }
  CHECK(found == large_domain::count);
  CHECK(large_registry::find(0) == &rtcerr::success_code);
}

TEST_CASE("a stated multiplier that does not fit the codes makes lookups probe, never miss") {
  static_assert(searched_registry::perfect_hash());
  static_assert(!stale_registry::perfect_hash());
  for (std::int64_t v = 299990; v < 300100; ++v) {
    const rtcerr::code_info* searched = searched_registry::find(v);
    const rtcerr::code_info* stale = stale_registry::find(v);
    if (searched != stale) FAIL_CHECK("the registries disagree about " << v);
    bool listed = false;
    for (const rtcerr::code_info& c : close_codes::domain::codes) listed = listed || c.value == v;
    if ((stale != nullptr) != listed || (stale != nullptr && stale->value != v))
      FAIL_CHECK("lookup is wrong for " << v);
  }
  static_assert(stale_registry::is_registered(300034) && !stale_registry::is_registered(300004));
}

TEST_CASE("a registry with an empty domain finds nothing but success") {
  static_assert(rtcerr::registry_is_valid<empty_registry>());
  CHECK(empty_registry::find(200001) == nullptr);
  CHECK(empty_registry::domain_of(200001) == empty_id::empty);
  const auto e = rtcerr::basic_error<empty_registry>::from_wire(200001);
  CHECK_FALSE(e.known());
  CHECK(e.message(rtcerr::lang::en) == "unknown empty error code");
}

TEST_CASE("a domain's rows are a table_view: size, order, iteration, and a std::span of them") {
  const rtcerr::domain_info& large = large_registry::domains[0];
  REQUIRE(large.codes.size() == large_domain::count);
  CHECK_FALSE(large.codes.empty());
  CHECK(large.codes.data() ==
        large_domain::rows.data());  // a view of the domain's rows, not a copy
  CHECK(large.codes.end() - large.codes.begin() == static_cast<std::ptrdiff_t>(large.codes.size()));
  std::size_t i = 0;
  for (const rtcerr::code_info& c : large.codes) CHECK(c.value == large_code(i++));
  CHECK(large.codes[large.codes.size() - 1].value == large_code(large_domain::count - 1));
  const std::span<const rtcerr::code_info> as_span(large.codes.data(), large.codes.size());
  CHECK(as_span.size() == large_domain::count);

  const rtcerr::domain_info& empty = empty_registry::domains[0];
  CHECK(empty.codes.empty());
  CHECK(empty.codes.begin() == empty.codes.end());
  CHECK(empty.retired.size() == 0);
}

TEST_CASE("detail::substring is substr that clamps instead of throwing") {
  using rtcerr::detail::substring;
  constexpr std::string_view text = "engine.not_initialized";
  static_assert(substring(text, 0, 6) == "engine");
  static_assert(substring(text, 7) == "not_initialized");
  static_assert(substring(text, 7, 1000) == "not_initialized");  // a long length stops at the end
  static_assert(substring(text, text.size()).empty());
  static_assert(substring(text, text.size() + 5).empty());  // substr would throw out_of_range
  static_assert(substring(text, text.size() + 5).data() == text.data() + text.size());
  CHECK(substring(std::string_view(), 3).empty());
  CHECK(rtcerr::detail::view_of("abc\0def", 7).size() == 7);  // a length, not a C string
}
