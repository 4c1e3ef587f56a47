// rtcerr/rtcerr.hpp - the umbrella header: the catalogue and everything built on it.
#pragma once

#include "rtcerr/error_code.hpp"
#include "rtcerr/exception.hpp"
#include "rtcerr/registry.hpp"
#include "rtcerr/result.hpp"
