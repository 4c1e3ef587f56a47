// The remote trace reader allocates nothing (rtcerr/core/trace_remote.hpp):
// this executable replaces the global operator new with one that counts
// calls, reads a trace of every bound's size and a refused one, and checks
// that the counter did not move. A control case proves that the counter
// sees allocations, so the test can fail.
#include <doctest/doctest.h>

#include <atomic>
#include <cstdlib>
#include <new>
#include <string>
#include <string_view>

#include "rtcerr/core/trace_remote.hpp"

namespace {
std::atomic<std::size_t> allocations{0};
}

void* operator new(std::size_t size) {
  allocations.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

TEST_CASE("control: the counting operator new sees an allocation") {
  const std::size_t before = allocations.load();
  const std::string* s = new std::string(100, 'x');
  CHECK(allocations.load() > before);
  delete s;
}

TEST_CASE("parse_remote_trace: no allocation, accepted or refused") {
  // Written by hand: four services, the last with 29 sites and a context
  // entry with escapes; then text past the end.
  std::string full = R"({"format":"rtcerr.trace/1","services":[)";
  for (int s = 0; s < 4; ++s) {
    if (s != 0) full += ',';
    full += R"({"service":"svc-)" + std::to_string(s) +
            R"(","trace_id":"4bf92f3577b34da6a3ce929d0e0e4736","origin":true,"sites":[)";
    const int sites = s == 3 ? 29 : 1;
    for (int i = 0; i < sites; ++i)
      full += std::string(i ? "," : "") +
              R"j({"file":"w.cpp","line":88,"function":"read_stream","expression":"f(\"x\")"})j";
    full += R"(],"sites_dropped":0,"copied":false,"context":[{"key":"room","value":"r-\u4e00",)"
            R"("cut":false,"redacted":false}],"context_dropped":0})";
  }
  full += R"(],"services_dropped":0})";
  const std::string refused = full + ",";

  rtcerr::remote_trace r;
  const std::size_t before = allocations.load();
  const std::string_view ok = rtcerr::parse_remote_trace(full, r);
  const std::size_t services = r.service_count, sites = r.site_count;
  const std::string_view why = rtcerr::parse_remote_trace(refused, r);
  const std::size_t after = allocations.load();
  CHECK(ok.empty());
  CHECK(services == 4);
  CHECK(sites == 32);
  CHECK(why == "the trace is not valid JSON: text after the object");
  CHECK(after == before);
}
