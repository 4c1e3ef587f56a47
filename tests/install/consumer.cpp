// What a consumer of rtcerr writes first: include the umbrella header, use
// the catalogue. Built against an installed rtcerr (find_package) and against
// the source tree (add_subdirectory); it checks what it prints, so a package
// that compiles but links the wrong thing still fails.
#include <fmt/format.h>

#include <cstdio>
#include <rtcerr/format.hpp>
#include <rtcerr/rtcerr.hpp>
#include <string>
#include <string_view>
#include <system_error>

namespace {

int failures = 0;

rtcerr::result<int> half(int x) {
  if (x % 2 != 0) return rtcerr::engine::errc::invalid_argument;
  return x / 2;
}

void expect(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "consumer: FAILED: %s\n", what);
    ++failures;
  }
}

}  // namespace

int main() {
  const rtcerr::error e = rtcerr::recording::errc::stream_data_timeout;
  expect(e.value() == 605030046, "value");
  expect(e.name() == "stream_data_timeout", "name");
  expect(e.domain() == rtcerr::domain_id::recording, "domain");
  expect(e.condition() == rtcerr::condition::timeout, "condition");

  const auto peer = rtcerr::error::from_wire(605030002);
  expect(!peer.known() && peer.domain() == rtcerr::domain_id::recording, "unknown code");

  // The compiled parts of the library: categories and exception dispatch.
  const std::error_code ec = make_error_code(e);
  expect(ec == rtcerr::condition::timeout, "std::error_code compares with its condition");
  expect(ec.category().name() == std::string_view("rtcerr.recording"), "category name");
  bool caught = false;
  try {
    rtcerr::throw_error(e);
  } catch (const rtcerr::condition_exception<rtcerr::condition::timeout>& x) {
    caught = x.code() == e;
  }
  expect(caught, "typed exception");
  expect(half(4).value() == 2 && half(3).error() == rtcerr::engine::errc::invalid_argument,
         "result");

  const std::string text = fmt::format("{:c} {:n}", e, e);
  expect(text == "605030046 stream_data_timeout", "fmt formatting");
  std::printf("consumer: %s\n", text.c_str());
  return failures == 0 ? 0 : 1;
}
