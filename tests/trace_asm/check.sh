#!/bin/sh
# The success path of a chain of RTCERR_TRY hops against BOOST_OUTCOME_TRY's:
# compiles chain.cpp both ways at -O2 and compares, for each function, the
# instructions from its entry to its first return (where [[likely]] and
# [[unlikely]] put the success path), register names and jump targets blanked.
#
# What is required: the same calls, no access to thread-local storage, and at
# most two instructions more per function (clang merges the success and
# failure returns of a result<void> and repacks the spare bits on both). What is not: the same order. The
# failure branch differs (one call that records the hop), and compilers merge
# the return paths, so the register allocator may pick other registers, order
# independent instructions differently or move one register; the listings
# are printed when they differ at all.
#   check.sh COMPILER INCLUDE_DIR WORK_DIR
set -eu
compiler=$1 include=$2 work=$3
here=$(dirname "$0")
mkdir -p "$work"

hot_paths() {  # $1: object file
  objdump -d --no-show-raw-insn "$1" | awk '
    /^[0-9a-f]+ <.*>:$/ { name = $2; active = (name ~ /^<_Z4hop[0-9]i>:$/); next }
    active && /^ *[0-9a-f]+:/ {
      sub(/^ *[0-9a-f]+:[ \t]*/, "")
      sub(/[ \t]*#.*$/, "")            # rip-relative comments
      gsub(/<[^>]*>/, "")              # symbolic targets
      if ($1 ~ /^(j|call)/) $0 = $1 " X"
      print name " " $0
      if ($1 == "ret") active = 0
    }'
}

for variant in RTCERR_TRY BOOST_OUTCOME_TRY; do
  "$compiler" -std=c++20 -O2 -DNDEBUG -DRTCERR_TRACES=1 "-DTRY=$variant" -I"$include" \
    -c "$here/chain.cpp" -o "$work/$variant.o"
  hot_paths "$work/$variant.o" > "$work/$variant.txt"
done


# Registers blanked, then sorted within each function.
for variant in RTCERR_TRY BOOST_OUTCOME_TRY; do
  sed -e 's/%[a-z0-9]*/R/g' "$work/$variant.txt" | sort > "$work/$variant.sorted"
done

lines=$(wc -l < "$work/RTCERR_TRY.txt")
if [ "$lines" -lt 10 ]; then
  echo "too few instructions found ($lines): the comparison proves nothing" >&2
  exit 1
fi
status=0
for f in $(cut -d' ' -f1 "$work/BOOST_OUTCOME_TRY.txt" | sort -u); do
  for what in '' ' call' '%fs'; do
    b=$(grep -F "$f" "$work/BOOST_OUTCOME_TRY.txt" | grep -c -F -e "$what" || true)
    r=$(grep -F "$f" "$work/RTCERR_TRY.txt" | grep -c -F -e "$what" || true)
    limit=$b
    [ -z "$what" ] && limit=$((b + 2))
    if [ "$r" -gt "$limit" ] || { [ -n "$what" ] && [ "$r" -ne "$b" ]; }; then
      echo "$f: ${what:-instructions}: $r with RTCERR_TRY, $b with BOOST_OUTCOME_TRY" >&2
      status=1
    fi
  done
done
if [ "$status" -ne 0 ]; then
  diff -u "$work/BOOST_OUTCOME_TRY.txt" "$work/RTCERR_TRY.txt" >&2 || true
  echo "RTCERR_TRY's success path does more than BOOST_OUTCOME_TRY's" >&2
  exit 1
fi
if diff -u "$work/BOOST_OUTCOME_TRY.txt" "$work/RTCERR_TRY.txt"; then
  echo "success paths identical: $lines instructions"
elif diff -u "$work/BOOST_OUTCOME_TRY.sorted" "$work/RTCERR_TRY.sorted" >/dev/null; then
  echo "success paths: the same $lines instructions, in another order or other registers"
else
  echo "success paths: within two instructions per function ($lines instructions)"
fi
