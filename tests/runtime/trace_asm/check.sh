#!/bin/sh
# The success path of a chain of RTCERR_TRY hops against BOOST_OUTCOME_TRY's:
# compiles chain.cpp both ways at -O2 and compares, for each function, the
# instructions from its entry to its first return (where [[unlikely]] and the
# cold failure function put the success path; the failure branch is moved
# out of the way, into a .cold clone with GCC).
#
# What is required, per function: the same calls, no access to thread-local
# storage, and no instruction (register names blanked) that the
# BOOST_OUTCOME_TRY build does not also have on its success path. The
# listings are then reported as identical, identical up to the register
# allocator's choices (registers renamed consistently, or instructions in
# another order), or as a subset: a compiler can allocate registers around a
# call on the failure branch differently from the inline repacking Outcome
# does there, and sometimes that spares an instruction. Any difference is
# printed.
#   check.sh COMPILER INCLUDE_DIR WORK_DIR [self-test] [asserts]
# BOOST_OUTCOME_TRY's success paths must also be exactly those it has with
# Outcome's own failure branch (RTCERR_TRY_FORWARDS_FAILED_WORD=0).
# With "self-test", the traced build adds one store to the success path of
# every function (chain.cpp, RTCERR_ASM_SELF_TEST): the check must then fail.
# With "asserts", everything is compiled without -DNDEBUG, as Meson's release
# builds and hand-written -O2 builds are: Outcome's checks then assert, a call
# g++ does not inline, and any of them on a failure branch of rtcerr's own
# would cost the success path a stack slot. Outcome's own failure branch
# makes exactly that call, so there the BOOST_OUTCOME_TRY build needs only to
# do no more than with it.
set -eu
compiler=$1 include=$2 work=$3
shift 3
self_test= ndebug=-DNDEBUG
for mode in "$@"; do
  case $mode in
    self-test) self_test=-DRTCERR_ASM_SELF_TEST ;;
    asserts) ndebug= ;;
    *) echo "unknown mode: $mode" >&2; exit 2 ;;
  esac
done
here=$(dirname "$0")
mkdir -p "$work"

hot_paths() {  # $1: object file
  objdump -d --no-show-raw-insn "$1" | awk '
    /^[0-9a-f]+ <.*>:$/ { name = $2; active = (name ~ /^<_ZL?4hop[0-9][^>.]*>:$/); next }
    active && /^ *[0-9a-f]+:/ {
      sub(/^ *[0-9a-f]+:[ \t]*/, "")
      sub(/[ \t]*#.*$/, "")            # rip-relative comments
      gsub(/<[^>]*>/, "")              # symbolic targets
      if ($1 ~ /^(j|call)/) $0 = $1 " X"
      print name " " $0
      if ($1 == "ret") active = 0
    }'
}

# Registers renamed in order of first use within each function.
canonical() {
  awk '{
    if ($1 != fn) { fn = $1; delete seen; n = 0 }
    line = $0; out = ""
    while (match(line, /%[a-z0-9]+/)) {
      r = substr(line, RSTART, RLENGTH)
      if (!(r in seen)) seen[r] = "%r" n++
      out = out substr(line, 1, RSTART - 1) seen[r]
      line = substr(line, RSTART + RLENGTH)
    }
    print out line
  }' "$1"
}

for variant in RTCERR_TRY BOOST_OUTCOME_TRY; do
  extra=
  [ "$variant" = RTCERR_TRY ] && extra=$self_test
  "$compiler" -std=c++20 -O2 $ndebug -DRTCERR_TRACES=1 "-DTRY_VARIANT_$variant" $extra \
    -I"$include" -c "$here/chain.cpp" -o "$work/$variant.o"
  hot_paths "$work/$variant.o" > "$work/$variant.txt"
  canonical "$work/$variant.txt" > "$work/$variant.canonical"
  sed -e 's/%[a-z0-9]*/R/g' "$work/$variant.txt" | sort > "$work/$variant.sorted"
done

# BOOST_OUTCOME_TRY once more with Outcome's own failure branch (the failed
# result rebuilt from its parts, RTCERR_TRY_FORWARDS_FAILED_WORD=0): handing
# the failed result on whole (rtcerr/core/basic_result.hpp) must leave the success
# paths exactly as they were, registers included.
"$compiler" -std=c++20 -O2 $ndebug -DRTCERR_TRACES=1 -DTRY_VARIANT_BOOST_OUTCOME_TRY \
  -DRTCERR_TRY_FORWARDS_FAILED_WORD=0 -I"$include" -c "$here/chain.cpp" -o "$work/rebuilt.o"
hot_paths "$work/rebuilt.o" > "$work/rebuilt.txt"
# Function by function: the order the compiler emits functions in is no
# part of any success path (it changes with unrelated inlining choices).
by_function() { LC_ALL=C sort -s -k1,1 "$1"; }
by_function "$work/rebuilt.txt" > "$work/rebuilt.by_function"
by_function "$work/BOOST_OUTCOME_TRY.txt" > "$work/BOOST_OUTCOME_TRY.by_function"
if [ -z "$ndebug" ]; then
  # Per function, no more instructions and no more calls than with Outcome's own.
  for f in $(cut -d' ' -f1 "$work/rebuilt.txt" | sort -u); do
    for what in '' ' call'; do
      own=$(grep -F "$f" "$work/rebuilt.txt" | grep -c -F -e "$what" || true)
      forwarded=$(grep -F "$f" "$work/BOOST_OUTCOME_TRY.txt" | grep -c -F -e "$what" || true)
      if [ "$forwarded" -gt "$own" ]; then
        diff -u "$work/rebuilt.txt" "$work/BOOST_OUTCOME_TRY.txt" >&2 || true
        echo "$f: BOOST_OUTCOME_TRY's success path does more than with Outcome's own" \
          "failure branch ($compiler, asserts)" >&2
        exit 1
      fi
    done
  done
elif ! diff -u "$work/rebuilt.by_function" "$work/BOOST_OUTCOME_TRY.by_function" >&2; then
  echo "BOOST_OUTCOME_TRY's success path differs from the one with Outcome's own failure" \
    "branch ($compiler)" >&2
  exit 1
fi

lines=$(wc -l < "$work/RTCERR_TRY.txt")
functions=$(cut -d' ' -f1 "$work/BOOST_OUTCOME_TRY.txt" | sort -u)
if [ "$lines" -lt 20 ] || [ "$(echo "$functions" | wc -l)" -lt 4 ]; then
  echo "too few instructions or functions found ($lines): the comparison proves nothing" >&2
  exit 1
fi
# The frame: bytes pushed and subtracted from %rsp on the success path. It
# is compared as a size (RTCERR_TRY's no larger), and its instructions are
# left out of the instruction comparison, because a compiler may make the same
# adjustment as `push %rax` in one build and `sub $0x8,%rsp` in the other.
frame_bytes() {  # $1: listing of one function
  awk '$2 ~ /^push/ { n += 8 }
       $2 == "sub" && $3 ~ /^\$0x[0-9a-f]+,%rsp$/ { v = $3; sub(/^\$0x/, "", v); sub(/,.*/, "", v)
         n += ("0x" v) + 0 }
       END { print n + 0 }' "$1"
}
without_frame() {  # $1: listing; the other instructions, registers blanked, sorted
  grep -v -E ' (push|pop) +%[a-z0-9]+$| (sub|add) +\$0x[0-9a-f]+,%rsp$' "$1" |
    sed -e 's/%[a-z0-9]*/R/g' | sort
}
status=0
for f in $functions; do
  grep -F "$f" "$work/BOOST_OUTCOME_TRY.txt" > "$work/b.t" || true
  grep -F "$f" "$work/RTCERR_TRY.txt" > "$work/r.t" || true
  without_frame "$work/b.t" > "$work/b.f"
  without_frame "$work/r.t" > "$work/r.f"
  extra=$(comm -13 "$work/b.f" "$work/r.f")
  if [ -n "$extra" ]; then
    echo "$f: on the success path with RTCERR_TRY only:" >&2
    echo "$extra" | sed 's/^/    /' >&2
    status=1
  fi
  b=$(frame_bytes "$work/b.t")
  r=$(frame_bytes "$work/r.t")
  if [ "$r" -gt "$b" ]; then
    echo "$f: a frame of $r bytes with RTCERR_TRY, $b with BOOST_OUTCOME_TRY" >&2
    status=1
  fi
  for what in ' call' '%fs'; do
    b=$(grep -c -F -e "$what" "$work/b.f" || true)
    r=$(grep -c -F -e "$what" "$work/r.f" || true)
    if [ "$r" -gt "$b" ]; then
      echo "$f: $what: $r with RTCERR_TRY, $b with BOOST_OUTCOME_TRY" >&2
      status=1
    fi
  done
done
if [ "$status" -ne 0 ]; then
  diff -u "$work/BOOST_OUTCOME_TRY.txt" "$work/RTCERR_TRY.txt" >&2 || true
  echo "RTCERR_TRY's success path does more than BOOST_OUTCOME_TRY's ($compiler${ndebug:+, NDEBUG})" >&2
  exit 1
fi
# Per function: identical, the same up to register names, the same in
# another order, or fewer instructions.
for f in $functions; do
  for v in BOOST_OUTCOME_TRY RTCERR_TRY; do
    for form in txt canonical sorted; do
      grep -F "$f" "$work/$v.$form" > "$work/$v.f.$form" || true
    done
  done
  if cmp -s "$work/BOOST_OUTCOME_TRY.f.txt" "$work/RTCERR_TRY.f.txt"; then
    how=identical
  elif cmp -s "$work/BOOST_OUTCOME_TRY.f.canonical" "$work/RTCERR_TRY.f.canonical"; then
    how="identical up to register names"
  elif cmp -s "$work/BOOST_OUTCOME_TRY.f.sorted" "$work/RTCERR_TRY.f.sorted"; then
    how="the same instructions, in another order or other registers"
  else
    how="$(wc -l < "$work/RTCERR_TRY.f.txt") instructions, $(wc -l < "$work/BOOST_OUTCOME_TRY.f.txt") with BOOST_OUTCOME_TRY"
  fi
  echo "$f $how"
done
if diff -u "$work/BOOST_OUTCOME_TRY.txt" "$work/RTCERR_TRY.txt"; then
  echo "success paths identical: $lines instructions ($compiler)"
elif diff -u "$work/BOOST_OUTCOME_TRY.canonical" "$work/RTCERR_TRY.canonical" >/dev/null; then
  echo "success paths identical up to register names: $lines instructions ($compiler)"
elif diff -u "$work/BOOST_OUTCOME_TRY.sorted" "$work/RTCERR_TRY.sorted" >/dev/null; then
  echo "success paths: the same $lines instructions, in another order ($compiler)"
else
  echo "success paths: $lines instructions, each also on BOOST_OUTCOME_TRY's (which has" \
    "$(wc -l < "$work/BOOST_OUTCOME_TRY.txt")) ($compiler)"
fi
