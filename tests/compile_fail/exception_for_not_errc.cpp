// expect: exception_for<E> takes an errc enumerator of one of the registry's domains
// exception_for<E> takes an errc enumerator, not a plain number.
#include "rtcerr/exception.hpp"

#ifdef RTCERR_CONTROL
using x = rtcerr::exception_for<rtcerr::recording::errc::stream_data_timeout>;
#else
using x = rtcerr::exception_for<605030046>;
#endif
void f() { throw x(); }
