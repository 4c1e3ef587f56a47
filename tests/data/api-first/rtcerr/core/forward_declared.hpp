// A fixture for tests/api_first.py: API first, with the helper it calls
// declared before it and defined after the marker. Not reported.
#pragma once

namespace rtcerr {

namespace detail {
// Declared here for the API below; defined after it ("Implementation details
// follow").
constexpr int twice(int x) noexcept;
}  // namespace detail

constexpr int quadruple(int x) noexcept { return detail::twice(detail::twice(x)); }

// --- Implementation details follow. -----------------------------------------

namespace detail {
constexpr int twice(int x) noexcept { return 2 * x; }
}  // namespace detail

}  // namespace rtcerr
