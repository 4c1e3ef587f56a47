// rtcerr/core/internal/string_view.hpp - std::string_view from a pointer and a length,
// without the compile-time cost of its iterator constructor.
//
// `std::string_view(p, n)` (and every `substr`, which is written that way)
// lets overload resolution look at C++20's (iterator, sentinel) constructor
// too, and checking that constructor's constraints instantiates the standard
// library's iterator concepts, paid by every translation unit that does it
// once (measured in docs/performance.md, "Compile time"). Passing the
// length as a braced list, `std::string_view(p, {n})`, makes that template's
// argument deduction fail before its constraints are looked at (a braced list
// deduces nothing), which leaves only the (pointer, length) constructor. The
// two helpers below do that, so that rtcerr's headers never pay it.
#pragma once

#include <cstddef>
#include <string_view>

namespace rtcerr::detail {

// The `length` characters at `text` (which must point to that many, or be
// null with a length of 0): std::string_view(text, length).
constexpr std::string_view view_of(const char* text, std::size_t length) noexcept {
#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wbraced-scalar-init"  // the braces are the point
#endif
  return std::string_view(text, {length});
#if defined(__clang__)
#pragma clang diagnostic pop
#endif
}

// `text.substr(position, length)`, except that a position past the end gives
// an empty view instead of throwing std::out_of_range; a length reaching past
// the end stops at the end, as substr's does.
constexpr std::string_view substring(std::string_view text, std::size_t position,
                                     std::size_t length = std::string_view::npos) noexcept {
  if (position > text.size()) position = text.size();
  const std::size_t rest = text.size() - position;
  return view_of(text.data() + position, length < rest ? length : rest);
}

}  // namespace rtcerr::detail

// A std::string_view of a string literal, its length taken from its type:
// a string_view made from a `const char*` (what `std::string_view x = "..."`
// and `{"...", ...}` in a table do) measures the text character by character
// during constant evaluation, in every translation unit that includes the
// table (measured for the conditions' names and texts in
// docs/performance.md, "Compile time").
#define RTCERR_DETAIL_LITERAL(text) ::rtcerr::detail::view_of(text, sizeof(text) - 1)
