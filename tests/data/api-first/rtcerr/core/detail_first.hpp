// A fixture for tests/api_first.py: a detail namespace before the marker that
// is not a block of forward declarations.
#pragma once

namespace rtcerr {

namespace detail {
constexpr int twice(int x) noexcept { return 2 * x; }
}  // namespace detail

constexpr int quadruple(int x) noexcept { return detail::twice(detail::twice(x)); }

// --- Implementation details follow. -----------------------------------------

}  // namespace rtcerr
