#!/bin/sh
# The success path with failure counters against the same code without them
# (RTCERR_FAILURE_COUNTERS=0): chain.cpp's BOOST_OUTCOME_TRY variant compiled
# both ways at -O2, and for each function the instructions from its entry to
# its first return compared (check.sh explains the listing).
#
# Both compilers: identical, function by function, including the chain of
# functions that call nothing but each other down to a leaf that makes the
# failure (hop5, hop6). g++ drops the 16-byte stack alignment of such frames
# unless something below calls out, so a call in the counting, even a rare
# one, would give each of them `sub $0x8,%rsp` / `add $0x8,%rsp`: the rare
# part of counting is reached from inline assembly that g++ does not see as a
# call (rtcerr/core/counters.hpp, call_made_rarely). docs/observability.md,
# "Cost".
#   counters_check.sh COMPILER INCLUDE_DIR WORK_DIR [self-test]
# With "self-test" the counted build adds a store to every success path
# (chain.cpp, RTCERR_ASM_SELF_TEST): the check must then fail.
set -eu
compiler=$1 include=$2 work=$3 mode=${4:-}
here=$(dirname "$0")
mkdir -p "$work"

hot_paths() {  # $1: object file; sorted by function, stable
  objdump -d --no-show-raw-insn "$1" | awk '
    /^[0-9a-f]+ <.*>:$/ { name = $2; active = (name ~ /^<_ZL?4hop[0-9][^>.]*>:$/); next }
    active && /^ *[0-9a-f]+:/ {
      sub(/^ *[0-9a-f]+:[ \t]*/, "")
      sub(/[ \t]*#.*$/, "")
      gsub(/<[^>]*>/, "")
      if ($1 ~ /^(j|call)/) $0 = $1 " X"
      print name " " $0
      if ($1 == "ret") active = 0
    }' | LC_ALL=C sort -s -k1,1
}

self_test=
[ "$mode" = self-test ] && self_test=-DRTCERR_ASM_SELF_TEST
for setting in 0 1; do
  extra=
  [ "$setting" = 1 ] && extra=$self_test
  "$compiler" -std=c++20 -O2 -DNDEBUG -DRTCERR_TRACES=1 -DRTCERR_FAILURE_COUNTERS=$setting \
    -DTRY_VARIANT_BOOST_OUTCOME_TRY $extra -I"$include" -c "$here/chain.cpp" \
    -o "$work/counters$setting.o"
  hot_paths "$work/counters$setting.o" > "$work/counters$setting.txt"
done

lines=$(wc -l < "$work/counters0.txt")
if [ "$lines" -lt 20 ]; then
  echo "too few instructions found ($lines): the comparison proves nothing" >&2
  exit 1
fi
if cmp -s "$work/counters0.txt" "$work/counters1.txt"; then
  echo "success paths identical with and without counters: $lines instructions ($compiler)"
  exit 0
fi
diff -u "$work/counters0.txt" "$work/counters1.txt" >&2 || true
echo "the success path changes with failure counters ($compiler)" >&2
exit 1
