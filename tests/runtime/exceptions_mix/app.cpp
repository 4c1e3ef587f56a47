// The application's object, built with exceptions, linked after the SDK's
// object (tests/runtime/exceptions_mix/check.cmake): its value() must throw the
// typed exception, caught here, whatever the SDK object instantiated.
#include <cstdio>

#include <rtcerr/rtcerr.hpp>

int sdk_double(int x);
rtcerr::result<int> sdk_open(bool ready);
#ifdef CROSS_BY_PARAMETER
int sdk_take(const rtcerr::result<int>& r);
#endif

rtcerr::result<int> app_open() { return rtcerr::engine::errc::invalid_argument; }

int main() {
  if (sdk_double(2) != 4) return 1;
  try {
    const rtcerr::result<int> r = app_open();
    static_cast<void>(r.value());  // the same member the SDK object instantiates
    return 2;
  } catch (const rtcerr::exception& e) {
    std::printf("caught %d\n", e.code().value());
  }
  try {
    const rtcerr::result<int> r = sdk_open(false);  // made by the SDK, read here
    static_cast<void>(r.value());
    return 3;
  } catch (const rtcerr::exception& e) {
    std::printf("caught %d\n", e.code().value());
  }
#ifdef CROSS_BY_PARAMETER
  return sdk_take(app_open());
#else
  return sdk_open(true).value() == 7 ? 0 : 4;
#endif
}
