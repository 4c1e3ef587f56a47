// expect: exception_for<E> takes a listed code
// exception_for<E> takes a listed code, not a number cast to an errc.
#include "rtcerr/exception.hpp"

#ifdef RTCERR_CONTROL
using x = rtcerr::exception_for<rtcerr::recording::errc::stream_data_timeout>;
#else
using x = rtcerr::exception_for<static_cast<rtcerr::recording::errc>(605030002)>;  // a gap
#endif
void f() { throw x(); }
