// A program of the catalogue's headers, linked against librtcerr by
// check.cmake: as is (it must link and run), and with a gateway header whose
// catalogue was changed (it must fail to link; see "Version skew" in
// rtcerr/registry.hpp).
#include "rtcerr/registry.hpp"

int main() {
  constexpr rtcerr::error e = rtcerr::gateway::errc::system_busy;
  return e.value() == 606000006 && e.retry() == rtcerr::retry::backoff ? 0 : 1;
}
