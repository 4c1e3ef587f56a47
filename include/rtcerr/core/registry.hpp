// rtcerr/core/registry.hpp - renamed rtcerr/core/basic_registry.hpp (the framework's
// half; rtcerr/registry.hpp is the catalogue's). Kept so that existing includes
// still compile.
#pragma once

#include "rtcerr/core/basic_registry.hpp"  // IWYU pragma: export
