// The one constructor every code's exception type calls, in an object file
// of its own: a program that throws one exception_for<E> links this file,
// not src/catalogue/exception.cpp, whose throw_error<registry> makes every catalogue
// code's exception type (vtables, type_info and constructors of all 79). A
// program pays for the types it throws (docs/performance.md, "Size budget").
#include "rtcerr/core/basic_exception.hpp"

namespace rtcerr {

// Every code's exception type, of every registry, is made through this one
// constructor: its description is written from the domain's table here, so
// that no code carries a copy of its text or of this code. Not inlined:
// src/catalogue/exception.cpp makes every catalogue code's exception type
// (throw_error<registry>), and clang would otherwise copy this body (about
// 430 bytes) into each.
[[gnu::noinline]] exception::exception(std::int32_t value, const domain_info* domain,
                                       std::size_t position) noexcept
    : exception(value, domain,
                detail::error_description{domain->name, domain->codes[position].name, value,
                                          domain->codes[position].message(message_language())}) {}

}  // namespace rtcerr
