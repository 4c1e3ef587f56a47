// rtcerr/core/result.hpp - renamed rtcerr/core/basic_result.hpp (the framework's
// half; rtcerr/result.hpp is the catalogue's). Kept so that existing includes
// still compile.
#pragma once

#include "rtcerr/core/basic_result.hpp"  // IWYU pragma: export
