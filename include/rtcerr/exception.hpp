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
// The types are generated from the domain lists (rtcerr/core/basic_exception.hpp
// explains how and what is thrown for unknown values); what() is written
// from the domain's table when the exception is made, into the exception
// object, so throwing allocates nothing but the runtime's exception object. throw_error's dispatch
// table lives in the compiled library. The types belong to the codes and domains, not to this
// registry: a catalogue code thrown through an application's registry
// (rtcerr::registry_with<...>) is caught by the same handlers.
#pragma once

#include "rtcerr/core/basic_exception.hpp"
#include "rtcerr/core/internal/export.hpp"
#include "rtcerr/registry.hpp"

namespace rtcerr {

// rtcerr::exception (the base of every rtcerr exception; code() is the
// rtcerr::error thrown), rtcerr::condition_exception<C> and
// rtcerr::exception_for<E> are defined in rtcerr/core/basic_exception.hpp; each
// domain's namespace has its `exception` (rtcerr::engine::exception, ...).

// The base of every exception of domain D: rtcerr::domain_exception<domain_id::engine>
// is rtcerr::engine::exception.
template <domain_id D>
using domain_exception = basic_domain_exception<registry, D>;

// Throws the most specific exception of `e`: exception_for<E> for a catalogue
// code, the domain's exception for an unknown value inside a domain's range,
// rtcerr::exception for a value outside every range (0 included: success is
// not an error, so throwing it is a caller's bug, reported as such by what()).
// Defined in the rtcerr library.
inline namespace RTCERR_EXCEPTIONS_ABI_NAMESPACE {  // rtcerr/core/internal/config.hpp
[[noreturn]] RTCERR_API void throw_error(error e);
}

}  // namespace rtcerr
