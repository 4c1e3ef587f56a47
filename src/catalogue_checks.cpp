// Runs the registry rules (rtcerr/core/checks.hpp) over the catalogue once,
// here, rather than in every translation unit that includes the catalogue.
#include "rtcerr/core/checks.hpp"
#include "rtcerr/registry.hpp"

static_assert(rtcerr::registry_is_valid<rtcerr::registry>());
static_assert(sizeof(rtcerr::error) == 4);
static_assert(std::is_trivially_copyable_v<rtcerr::error>);
// Not a correctness rule, a speed one: a catalogue change that makes lookups
// probe more than once should be noticed (docs/performance.md).
static_assert(rtcerr::registry::perfect_hash(),
              "rtcerr: the catalogue's lookup table is no longer a perfect hash");
