// rtcerr/core/fingerprint.hpp - renamed rtcerr/core/basic_fingerprint.hpp (the framework's
// half; rtcerr/fingerprint.hpp is the catalogue's). Kept so that existing includes
// still compile.
#pragma once

#include "rtcerr/core/basic_fingerprint.hpp"  // IWYU pragma: export
