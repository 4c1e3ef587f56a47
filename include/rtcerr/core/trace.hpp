// rtcerr/core/trace.hpp - renamed rtcerr/core/basic_trace.hpp (the framework's
// half; rtcerr/trace.hpp is the catalogue's). Kept so that existing includes
// still compile.
#pragma once

#include "rtcerr/core/basic_trace.hpp"  // IWYU pragma: export
