// A framework header that includes the catalogue: what include_layers.py rejects.
#pragma once

#include "rtcerr/core/internal/config.hpp"
#include "rtcerr/registry.hpp"
