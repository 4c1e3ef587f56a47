// Formatting an error (or an errc, a result, an exception, an rtcerr error
// code) into a caller's buffer allocates nothing.
//
// This executable replaces the global operator new with one that counts
// calls, then formats every catalogue code with every spec into a fixed
// array (fmt::format_to, fmt::format_to_n) and into a fmt::memory_buffer
// that is reused. The counter must not move. A control case proves that the
// counter does see allocations, so the test can fail.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdlib>
#include <new>
#include <string>
#include <string_view>
#include <system_error>

#include "rtcerr/format.hpp"

namespace {
std::atomic<std::size_t> allocations{0};
}  // namespace

// These replacements pair malloc with free on purpose; g++ (at -O1 and up,
// once it inlines them) reports each pairing as a mismatched new/delete.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif
void* operator new(std::size_t size) {
  allocations.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

namespace {

// Every code of the catalogue, plus success, a gap, a value outside every
// range and the extremes of int32.
template <class F>
void for_each_value(F f) {
  f(rtcerr::error{});
  for (const rtcerr::domain_info& d : rtcerr::registry::domains)
    for (const rtcerr::code_info& c : d.codes) f(rtcerr::error::from_wire(c.value));
  f(rtcerr::error::from_wire(605030002));
  f(rtcerr::error::from_wire(123456));
  f(rtcerr::error::from_wire(-2147483647 - 1));
  f(rtcerr::error::from_wire(2147483647));
}

}  // namespace

TEST_CASE("control: the counting operator new sees an allocation") {
  const std::size_t before = allocations.load();
  std::string* s = new std::string(100, 'x');  // the object, then its buffer
  const std::size_t after = allocations.load();
  delete s;
  CHECK(after - before >= 2);
}

TEST_CASE("format_to into a fixed array allocates nothing, for every code and spec") {
  std::array<char, 1024> buffer{};
  std::size_t written = 0;
  const std::size_t before = allocations.load();
  for_each_value([&](rtcerr::error e) {
    char* end =
        fmt::format_to(buffer.data(), "{} {:en} {:c} {:n} {:q} {:d} {:m} {:m.en} {:h} {:h.en} {:j}",
                       e, e, e, e, e, e, e, e, e, e, e);
    written += static_cast<std::size_t>(end - buffer.data());
  });
  for_each_value(
      [&](rtcerr::error e) { written += fmt::format_to_n(buffer.data(), 16, "{:j}", e).size; });
  fmt::format_to(buffer.data(), "{} {:q}", rtcerr::recording::errc::stream_data_timeout,
                 rtcerr::gateway::errc::system_busy);
  const std::size_t after = allocations.load();
  CHECK(after == before);
  CHECK(written > 0);
}

TEST_CASE("results, exceptions and rtcerr error codes format without allocating too") {
  const rtcerr::result<int> failed = rtcerr::recording::errc::stream_data_timeout;
  const rtcerr::result<int> value = 42;
  const rtcerr::result<void> ok = rtcerr::success();
  const std::error_code ec = rtcerr::make_error_code(rtcerr::gateway::errc::system_busy);
  std::array<char, 2048> buffer{};
  try {
    rtcerr::throw_error(rtcerr::engine::errc::not_initialized);
  } catch (const rtcerr::exception& e) {
    const std::size_t before = allocations.load();
    char* end = fmt::format_to(buffer.data(), "{} {:j} {} {:c} {} {:en} {:j} {} {:h.en}", failed,
                               failed, value, ok, ec, ec, ec, e, e);
    const std::size_t after = allocations.load();
    CHECK(after == before);
    CHECK(std::string_view(buffer.data(), static_cast<std::size_t>(end - buffer.data()))
              .find("Make sure the engine has been initialized") != std::string_view::npos);
  }
}

TEST_CASE("a reused fmt::memory_buffer allocates only while it grows") {
  fmt::memory_buffer out;
  out.reserve(4096);  // room for the longest line: the JSON object of any code
  const std::size_t before = allocations.load();
  std::size_t longest = 0;
  for_each_value([&](rtcerr::error e) {
    out.clear();
    fmt::format_to(std::back_inserter(out), "{:j} {}", e, e);
    longest = std::max(longest, out.size());
  });
  const std::size_t after = allocations.load();
  CHECK(after == before);
  CHECK(longest > 200);
  CHECK(longest < 4096);
}
