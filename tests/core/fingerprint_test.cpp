// The catalogue fingerprint: a compile-time FNV-1a hash of everything a user
// can observe about a registry's codes. It must change whenever any one field
// changes, and the printed form must be 16 lowercase hex digits. Beside it,
// registry::fingerprint (what the link-time skew check is named after) must
// change with every field a compiled library relies on, and only with those.
#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "rtcerr/core/basic_fingerprint.hpp"
#include "rtcerr/core/basic_registry.hpp"
#include "rtcerr/fingerprint.hpp"

namespace {

using rtcerr::code_info;
using rtcerr::condition;
using rtcerr::retired_code;
using rtcerr::retry;

// One one-domain registry's data; each row of the table below changes one
// field of the base.
struct variant {
  const char* what = "nothing";
  bool changes_fingerprint = true;           // fingerprint_of<R>(): every observable field
  bool changes_registry_fingerprint = true;  // R::fingerprint: what the library relies on
  std::string_view domain_name = "media";
  std::int64_t first = 700000;
  std::int64_t last = 700999;
  code_info code{700001, "camera_busy",   "摄像头被占用", "提示", "Camera is busy",
                 "Hint", condition::busy, retry::backoff, 0};
  retired_code retired{700002, "old_codec_error"};
};

constexpr variant with(const char* what, bool changes_fingerprint,
                       bool changes_registry_fingerprint, void (*change)(variant&)) {
  variant v;
  v.what = what;
  v.changes_fingerprint = changes_fingerprint;
  v.changes_registry_fingerprint = changes_registry_fingerprint;
  change(v);
  return v;
}

constexpr bool all = true, texts_only = false, same = false;

// clang-format off
constexpr variant variants[] = {
  with("value", all, all, [](variant& v) { v.code.value = 700003; }),
  with("name", all, all, [](variant& v) { v.code.name = "camera_used"; }),
  with("Chinese message", all, texts_only, [](variant& v) { v.code.message_zh = "摄像头占用"; }),
  with("Chinese hint", all, texts_only, [](variant& v) { v.code.hint_zh = "提示。"; }),
  with("English message", all, texts_only, [](variant& v) { v.code.message_en = "Camera busy"; }),
  with("English hint", all, texts_only, [](variant& v) { v.code.hint_en = "Hint."; }),
  with("text moved from one field to the next", all, texts_only,
       [](variant& v) { v.code.message_zh = "摄像头被占用提示"; v.code.hint_zh = ""; }),
  with("condition", all, all, [](variant& v) { v.code.condition = condition::timeout; }),
  with("retry policy", all, all, [](variant& v) { v.code.retry = retry::never; }),
  with("HTTP status", all, all, [](variant& v) { v.code.http_status = 503; }),
  with("gRPC override", all, all, [](variant& v) {
         v.code.grpc_override = static_cast<std::int8_t>(rtcerr::grpc_code::unavailable); }),
  with("retired number", all, all, [](variant& v) { v.retired.value = 700004; }),
  with("retired name", all, all, [](variant& v) { v.retired.name = "old_codec_failure"; }),
  with("end of the range", all, all, [](variant& v) { v.last = 700998; }),
  with("start of the range", all, all, [](variant& v) { v.first = 600000; }),
  with("domain name", all, all, [](variant& v) { v.domain_name = "video"; }),
  with("nothing (the same data again)", same, same, [](variant&) {}),
};
// clang-format on
constexpr std::size_t base_index = std::size(variants);

// The domain of row I (of the base for base_index), written out as
// RTCERR_DEFINE_DOMAIN would.
template <std::size_t I>
struct media {
  static constexpr variant data = I < base_index ? variants[I] : variant{};
  enum class errc : std::int32_t {};
  using errc_type = errc;
  static constexpr std::string_view name = data.domain_name;
  static constexpr std::uint64_t id = rtcerr::name_hash(name);
  static constexpr std::int64_t first = data.first;
  static constexpr std::int64_t last = data.last;
  static constexpr std::string_view unknown_message_zh = "未知错误码";
  static constexpr std::string_view unknown_message_en = "unknown error code";
  static constexpr code_info code_rows[] = {data.code};
  static constexpr retired_code retired_rows[] = {data.retired};
  static constexpr std::span<const code_info> codes{code_rows};
  static constexpr std::span<const retired_code> retired{retired_rows};
};
template <std::size_t I>
using registry_of = rtcerr::basic_registry<std::uint64_t, media<I>>;

template <std::size_t I>
void check_row() {
  constexpr variant row = variants[I];
  INFO("changed: " << std::string(row.what));
  CHECK((rtcerr::fingerprint_of<registry_of<I>>() !=
         rtcerr::fingerprint_of<registry_of<base_index>>()) == row.changes_fingerprint);
  CHECK((registry_of<I>::fingerprint != registry_of<base_index>::fingerprint) ==
        row.changes_registry_fingerprint);
}

template <std::size_t... I>
void check_rows(std::index_sequence<I...>) {
  (check_row<I>(), ...);
}

}  // namespace

TEST_CASE("FNV-1a is the published function (test vectors for \"\" and \"a\")") {
  rtcerr::detail::fnv1a64 h;
  CHECK(h.value() == 0xcbf29ce484222325ull);
  h.byte('a');
  CHECK(h.value() == 0xaf63dc4c8601ec8cull);
  // A domain's default id is the same function over the name's bytes.
  static_assert(rtcerr::name_hash("a") == 0xaf63dc4c8601ec8cull);
  static_assert(rtcerr::name_hash("foobar") == 0x85944171f73967e8ull);
}

TEST_CASE("the same data gives the same fingerprint, computed at compile time") {
  static_assert(rtcerr::catalogue_fingerprint() == rtcerr::fingerprint_of<rtcerr::registry>());
  static_assert(std::string_view(variants[base_index - 1].what).starts_with("nothing"));
}

TEST_CASE("changing any one observable field changes the fingerprint") {
  check_rows(std::make_index_sequence<base_index>{});
}

TEST_CASE("a stale stated fingerprint is reported with the value to state, as a C++ literal") {
  // The literal is a template argument of the failing rule (compile-fail
  // test stale_fingerprint): it must read as the hex of the value.
  constexpr auto literal = rtcerr::detail::checks::fingerprint_literal_of(0x0123456789abcdefull);
  CHECK(std::string_view(literal.text) == "0x0123456789abcdef");
  static_assert(
      rtcerr::stated_fingerprint_is_current<rtcerr::registry, rtcerr::catalogue_fingerprint()>());
}

TEST_CASE("the printed fingerprint is 16 lowercase hex digits of the value") {
  char out[16];
  CHECK(rtcerr::fingerprint_hex(0x0123456789abcdefull, out) == out + 16);
  CHECK(std::string_view(out, 16) == "0123456789abcdef");
  CHECK(rtcerr::fingerprint_hex(0, out) == out + 16);
  CHECK(std::string_view(out, 16) == "0000000000000000");

  const std::string_view hex = rtcerr::catalogue_fingerprint_hex;
  REQUIRE(hex.size() == 16);
  std::uint64_t parsed = 0;
  for (const char c : hex) {
    REQUIRE(((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')));
    parsed = parsed * 16 + static_cast<std::uint64_t>(c <= '9' ? c - '0' : c - 'a' + 10);
  }
  CHECK(parsed == rtcerr::catalogue_fingerprint());
}
