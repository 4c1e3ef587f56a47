// rtcerr/core/exception.hpp - renamed rtcerr/core/basic_exception.hpp (the framework's
// half; rtcerr/exception.hpp is the catalogue's). Kept so that existing includes
// still compile.
#pragma once

#include "rtcerr/core/basic_exception.hpp"  // IWYU pragma: export
