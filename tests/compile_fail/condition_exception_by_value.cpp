// expect: catch a condition_exception<C> by reference
// A condition level is caught by reference: it is a view of the exception
// object, and a copy of it (a handler's by-value parameter) would outlive it.
#include "rtcerr/exception.hpp"

using busy = rtcerr::condition_exception<rtcerr::condition::busy>;

int read(rtcerr::error e) {
  try {
    rtcerr::throw_error(e);
#ifdef RTCERR_CONTROL
  } catch (const busy& x) {
#else
  } catch (busy x) {
#endif
    return x.value();
  }
}
