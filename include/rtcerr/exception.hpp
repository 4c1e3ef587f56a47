// rtcerr/exception.hpp - the catalogue's typed exceptions.
//
// Each throw of a catalogue code can be caught at any of its levels:
//
//   try {
//     rtcerr::throw_error(rtcerr::recording::errc::stream_data_timeout);
//   } catch (const rtcerr::exception_for<rtcerr::recording::errc::stream_data_timeout>&) {
//     // exactly that code
//   } catch (const rtcerr::condition_exception<rtcerr::condition::timeout>& e) {
//     // any timeout, of any domain; e.code() tells which
//   } catch (const rtcerr::recording::exception& e) {
//     // any other recording error, including codes newer than this catalogue
//   } catch (const rtcerr::exception& e) {
//     // any rtcerr error; e.what() is "recording.stream_data_timeout (605030046): 流数据超时"
//   }
//
// The types are generated from the domain lists (rtcerr/core/exception.hpp
// explains how and what is thrown for unknown values); their what() texts
// are built at compile time, and throwing allocates nothing but the
// runtime's exception object. throw_error's dispatch table lives in the
// compiled library.
#pragma once

#include "rtcerr/core/exception.hpp"
#include "rtcerr/core/export.hpp"
#include "rtcerr/registry.hpp"

namespace rtcerr {

// The base of every rtcerr exception; derives from std::exception.
// `code()` is the rtcerr::error thrown.
using exception = basic_exception<registry>;

// The base of every exception of domain D: rtcerr::domain_exception<domain_id::engine>
// is rtcerr::engine::exception.
template <domain_id D>
using domain_exception = basic_domain_exception<registry, D>;

// The base of every exception whose code has condition C, in any domain.
template <condition C>
using condition_exception = basic_condition_exception<registry, C>;

// The exception of exactly one code, E an errc enumerator:
// rtcerr::exception_for<rtcerr::recording::errc::stream_data_timeout>.
template <auto E>
using exception_for = basic_exception_for<registry, E>;

// Throws the most specific exception of `e`: exception_for<E> for a catalogue
// code, the domain's exception for an unknown value inside a domain's range,
// rtcerr::exception for a value outside every range (0 included: success is
// not an error, so throwing it is a caller's bug, reported as such by what()).
// Defined in the rtcerr library.
[[noreturn]] RTCERR_API void throw_error(error e);

namespace engine {
using exception = domain_exception<domain_id::engine>;
}
namespace session {
using exception = domain_exception<domain_id::session>;
}
namespace recording {
using exception = domain_exception<domain_id::recording>;
}
namespace gateway {
using exception = domain_exception<domain_id::gateway>;
}

}  // namespace rtcerr
