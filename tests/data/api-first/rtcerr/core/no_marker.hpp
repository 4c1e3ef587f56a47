// A fixture for tests/api_first.py: a detail namespace and no marker.
#pragma once

namespace rtcerr {

constexpr int one() noexcept { return 1; }

namespace detail {
constexpr int two() noexcept { return 2; }
}  // namespace detail

}  // namespace rtcerr
