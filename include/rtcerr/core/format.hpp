// rtcerr/core/format.hpp - renamed rtcerr/core/basic_format.hpp (the framework's
// half; rtcerr/format.hpp is the catalogue's). Kept so that existing includes
// still compile.
#pragma once

#include "rtcerr/core/basic_format.hpp"  // IWYU pragma: export
