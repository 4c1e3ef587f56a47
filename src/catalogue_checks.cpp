// Facts about the catalogue's registry worth a compile error of their own.
// (The registry rules themselves run inside every registry type:
// rtcerr/core/checks.hpp.)
#include "rtcerr/registry.hpp"

static_assert(rtcerr::registry::validated);
static_assert(sizeof(rtcerr::error) == 4);
static_assert(std::is_trivially_copyable_v<rtcerr::error>);
// Not a correctness rule, a speed one: a catalogue change that makes lookups
// probe more than once should be noticed (docs/performance.md).
static_assert(rtcerr::registry::perfect_hash(),
              "rtcerr: the catalogue's lookup table is no longer a perfect hash");

// The symbol that headers of this catalogue refer to (see "Version skew" in
// rtcerr/registry.hpp): defined for this library's catalogue only, so that
// headers of another catalogue fail to link against it.
template <>
RTCERR_API const int rtcerr::catalogue_skew::librtcerr_built_with_catalogue<
    rtcerr::registry::fingerprint>::fingerprint = 1;
