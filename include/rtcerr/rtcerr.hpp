// rtcerr/rtcerr.hpp - the umbrella header: the catalogue and everything built on it.
#pragma once

#include "rtcerr/registry.hpp"
