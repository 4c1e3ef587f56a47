// A fixture for tests/api_first.py: an internal header, not checked (it has
// a detail namespace and no marker).
#pragma once

namespace rtcerr::detail {
constexpr int three() noexcept { return 3; }
}  // namespace rtcerr::detail
