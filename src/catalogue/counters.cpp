// The catalogue registry's failure counters (rtcerr/core/counters.hpp), one
// copy per program in the compiled library. Apart from the shared state in
// src/runtime/counters.cpp: a program whose failures are counted under an
// application's registry (registry_with<...>) links that registry's counters,
// not these (docs/performance.md, "Size budget").
#include "rtcerr/core/counters.hpp"
#include "rtcerr/registry.hpp"

namespace rtcerr {

#if RTCERR_FAILURE_COUNTERS
namespace detail {
inline namespace RTCERR_COUNTER_ABI_NAMESPACE {

counter_block<counter_buckets<registry>> counter_storage<registry>::block{};
std::int32_t counter_storage<registry>::made_rarely(std::int32_t value) noexcept {
  return count_made_rarely<registry>(value);
}

}  // namespace RTCERR_COUNTER_ABI_NAMESPACE
}  // namespace detail
#endif

}  // namespace rtcerr
