#!/bin/sh
# rtcerr refuses a Boost older than 1.76 with a message naming the version:
# a unit that includes rtcerr's results is compiled against Debian 12's Boost
# 1.74 headers (fetched by scripts/boost-1.74-headers into the build tree)
# and must stop with the #error of rtcerr/core/internal/boost_version.hpp. First the
# same unit must compile against the system's Boost, so that the failure is
# the version's and not the unit's.
#   check.sh COMPILER INCLUDE_DIR WORK_DIR FETCH_SCRIPT
set -eu
compiler=$1 include=$2 work=$3 fetch=$4
mkdir -p "$work"
unit="$work/unit.cpp"
cat >"$unit" <<'UNIT'
#include <rtcerr/result.hpp>
static_assert(sizeof(rtcerr::result<int>) == 8);
int main() { return rtcerr::result<int>{7}.value() == 7 ? 0 : 1; }
UNIT
flags="-std=c++20 -fsyntax-only -I$include"
if ! "$compiler" $flags "$unit"; then
  echo "the unit does not compile against the system's Boost: the test proves nothing" >&2
  exit 1
fi
status=0
"$fetch" "$work/boost-1.74" || status=$?
if [ "$status" -ne 0 ]; then
  exit "$status"  # 77: skipped, and the script said why
fi
if "$compiler" $flags -isystem "$work/boost-1.74/usr/include" "$unit" >"$work/out.txt" 2>&1; then
  echo "compiled against Boost 1.74, but rtcerr must refuse it" >&2
  exit 1
fi
grep -q "BOOST_VERSION 107400" "$work/boost-1.74/usr/include/boost/version.hpp"
if ! grep -q "rtcerr needs Boost 1.76 or newer" "$work/out.txt"; then
  echo "refused, but not with rtcerr's message:" >&2
  cat "$work/out.txt" >&2
  exit 1
fi
grep -m1 "rtcerr needs Boost" "$work/out.txt"
