// The one constructor every code's exception type calls, in an object file
// of its own: a program that throws one exception_for<E> links this file,
// not src/catalogue/exception.cpp, whose throw_error<registry> makes every catalogue
// code's exception type (vtables, type_info and constructors of all 79). A
// program pays for the types it throws (docs/performance.md, "Size budget").
#include "rtcerr/core/basic_exception.hpp"

namespace rtcerr {

// Every exception of a value a domain does not list, and of a value outside
// every domain, is made through this constructor, and so is every code's
// (below): one copy of the description writer in a program. Not inlined
// into the constructor below, for the same reason.
[[gnu::noinline]] exception::exception(std::int32_t value, const detail::domain_table* domain,
                                       const detail::error_description& description) noexcept
    : value_(value), domain_(domain) {
  detail::trace_take_for_exception(value_, trace_);
  detail::text_writer out(buffer_, buffer_ + inline_capacity - 1);
  description.write(out);
  *out.position() = '\0';
}

// Every code's exception type, of every registry, is made through this one
// constructor: its description is written from the domain's table here, so
// that no code carries a copy of its text or of this code. Not inlined:
// src/catalogue/exception.cpp makes every catalogue code's exception type
// (throw_error<registry>), and clang would otherwise copy this body (about
// 430 bytes) into each.
[[gnu::noinline]] exception::exception(std::int32_t value, const detail::domain_table* domain,
                                       std::size_t position) noexcept
    : exception(value, domain,
                detail::error_description{
                    domain->name(), domain->codes[position].name(domain->blob), value,
                    domain->codes[position].message(domain->blob, message_language())}) {}

}  // namespace rtcerr
