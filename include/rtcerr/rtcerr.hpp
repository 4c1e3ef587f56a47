// rtcerr/rtcerr.hpp - the umbrella header: the catalogue and everything built on it.
//
// One include gives the error value and its catalogue, results, typed
// exceptions, std::error_code interop and the fmt formatters. The pieces can
// also be included one by one (each header says what it needs); only
// rtcerr/core/checks.hpp, which is meant for one .cpp file, is left out.
#pragma once

#include "rtcerr/error_code.hpp"
#include "rtcerr/exception.hpp"
#include "rtcerr/fingerprint.hpp"
#include "rtcerr/format.hpp"
#include "rtcerr/registry.hpp"
#include "rtcerr/result.hpp"
#include "rtcerr/trace.hpp"
#include "rtcerr/wire.hpp"
