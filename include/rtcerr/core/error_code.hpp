// rtcerr/core/error_code.hpp - renamed rtcerr/core/basic_error_code.hpp (the framework's
// half; rtcerr/error_code.hpp is the catalogue's). Kept so that existing includes
// still compile.
#pragma once

#include "rtcerr/core/basic_error_code.hpp"  // IWYU pragma: export
