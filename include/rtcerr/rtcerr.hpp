// rtcerr/rtcerr.hpp - the umbrella header: the catalogue and everything built on it.
//
// One include gives the error value and its catalogue, results, typed
// exceptions, std::error_code interop and the fmt formatters. The pieces can

#pragma once

#include "rtcerr/error_code.hpp"
#include "rtcerr/exception.hpp"
#include "rtcerr/fingerprint.hpp"
#include "rtcerr/format.hpp"
#include "rtcerr/registry.hpp"
#include "rtcerr/result.hpp"
#include "rtcerr/trace.hpp"
#include "rtcerr/wire.hpp"
