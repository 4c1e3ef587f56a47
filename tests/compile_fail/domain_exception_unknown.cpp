// expect: a domain exception needs one of the registry's domains, not `unknown`
// There is no domain exception for values outside every domain: their
// exception is rtcerr::exception itself.
#include "rtcerr/exception.hpp"

#ifdef RTCERR_CONTROL
using x = rtcerr::domain_exception<rtcerr::domain_id::gateway>;
#else
using x = rtcerr::domain_exception<rtcerr::domain_id::unknown>;
#endif
int f(const x& e) { return e.code().value(); }
