// A fixture for tests/include_cycles.py: a.hpp and b.hpp include each other.
#pragma once

#include "rtcerr/core/b.hpp"
