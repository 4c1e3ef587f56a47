// Runs the registry rules (rtcerr/core/checks.hpp) over the catalogue once,
// here, rather than in every translation unit that includes the catalogue.
#include "rtcerr/core/checks.hpp"
#include "rtcerr/registry.hpp"

static_assert(rtcerr::registry_is_valid<rtcerr::registry>());
static_assert(sizeof(rtcerr::error) == 4);
static_assert(std::is_trivially_copyable_v<rtcerr::error>);
