// rtcerr/core/internal/trace_storage.hpp - where error return traces live.
//
// The user-facing half is rtcerr/core/basic_trace.hpp (`fail`, `RTCERR_TRY`, context,
// snapshots); this header holds what results and exceptions need to know
// about traces without pulling that in: the configuration switch, the
// fixed-size record (`trace_snapshot`) and the functions, compiled once in
// the rtcerr library (src/runtime/trace.cpp), that keep each thread's records.
//
// How a trace is found. A result carries no pointer: Outcome's status word
// in `basic_result` has 16 spare bits (`hooks::spare_storage`), which
// BOOST_OUTCOME_TRY hands on at every hop, even when the value type changes.
// A traced failure stores a 16-bit *key* there:
//
//   bit 15      the copy's tag: 0, or 1 when this copy of rtcerr was built
//               with RTCERR_TRACE_PRIVATE_KEYS (an SDK's copy, see below)
//   bits 14-4   the low 11 bits of the record's number
//   bits 3-0    the depth: how many hops (and with_context steps) the result
//               has passed since its record was opened, saturating at 15
//
// Record numbers come one at a time from one atomic counter per copy of the
// library (`trace_next_record`), so that no number is wasted whatever the
// number of threads: a read reconstructs the full number from the key and
// the counter's current value, and accepts only a slot holding exactly that
// number and the same error value. The number selects nothing by itself:
// each thread keeps its last `trace_ring_size` records in a ring, and a read
// looks for the number there. A record holds the error value and the sites
// known when it was opened (the origin `fail` gives, or the first hop of a
// failure that was not traced yet); each later hop appends its site and the
// result's new key (one deeper) to the thread's *hop log*, a ring of
// `trace_hop_log_size` entries that all records share. A hop checks nothing,
// which is what makes it cheap; every read checks. It takes from the log the
// entries of its record from depth 1 to its own depth, and needs exactly one
// per depth: none means a hop was made elsewhere (another thread), two mean
// that copies of the result went along two paths from there. So a trace is
// the result's own, or reported lost, or (copies) marked `copied`:
//
//   - Fixed memory, no heap: each thread has one `detail::trace_ring` of
//     `trace_ring_size` records and a hop log of `trace_hop_log_size`
//     entries (`trace_memory_per_thread` bytes in all), in thread-local
//     storage of the rtcerr library. A hop stores only the address of its
//     call site's static `trace_site`, and the key.
//   - Limits: at most `trace_max_hops` sites and `trace_max_context` context
//     entries per trace (more are counted, not kept); a record is lost once
//     `trace_ring_size` newer records were opened on its thread, or once
//     `trace_hop_log_size` hops of any failures were logged on its thread
//     after it was opened.
//   - The window: while fewer than `trace_key_window` newer records have been
//     opened in this copy of the library (any number of threads), a read is
//     exact: the result's own trace, `lost`, or `copied`. Outside it, and
//     for a result made by another copy of the library, a read can show
//     another record of the same error value; docs/traces.md gives the rates.
//   - Copies of the library: each copy's counter starts at an offset of its
//     own (claimed when the library is loaded), so the first failures of two
//     copies never share keys. RTCERR_TRACE_PRIVATE_KEYS=1 (the CMake option
//     of the same name) gives a copy the tag bit: its keys are then disjoint
//     from every default copy's, and a read of the other's key is `lost`.
// The switch: RTCERR_TRACES (1 by default; the CMake option RTCERR_TRACES
// sets it for the library and everything linked to it). With 0, nothing is
// recorded, `RTCERR_TRY` is BOOST_OUTCOME_TRY, and `fail(e)` is `failure(e)`.
// Translation units built with different settings do not link together (each
// refers to a symbol named after its setting, which the library defines for
// the setting it was built with): mixing them would otherwise give records of
// one layout to code expecting the other.
#pragma once

#include <cstddef>
#include <cstdint>
#include <source_location>
#include <string_view>
#include <type_traits>

#include "rtcerr/core/internal/export.hpp"
#include "rtcerr/core/internal/string_view.hpp"

#ifndef RTCERR_TRACES
#define RTCERR_TRACES 1
#endif

namespace rtcerr {

// Names of the two settings' ABIs: what differs between them (the record's
// layout, and so basic_exception's) lives in an inline namespace named after
// the setting. v2: hops are kept in a hop log beside the records; v3: keys
// carry a depth and come from a per-copy counter; v4: a record may begin
// with a remote part (rtcerr/core/trace_remote.hpp), context may be sensitive. A copy built with
// private keys has a namespace of its own, so that mixing the two settings in one copy fails to
// link rather than reading keys of one as the other's.
#ifndef RTCERR_TRACE_PRIVATE_KEYS
#define RTCERR_TRACE_PRIVATE_KEYS 0
#endif
#if RTCERR_TRACES && RTCERR_TRACE_PRIVATE_KEYS
#define RTCERR_TRACE_ABI_NAMESPACE traces_on_v4_private_keys
#elif RTCERR_TRACES
#define RTCERR_TRACE_ABI_NAMESPACE traces_on_v4
#else
#define RTCERR_TRACE_ABI_NAMESPACE traces_off_v3
#endif

inline namespace RTCERR_TRACE_ABI_NAMESPACE {

// Capacities, fixed at compile time.
inline constexpr std::size_t trace_max_hops = 16;               // origin included
inline constexpr std::size_t trace_max_context = 4;             // key/value pairs
inline constexpr std::size_t trace_context_key_capacity = 16;   // bytes; longer keys are cut
inline constexpr std::size_t trace_context_text_capacity = 48;  // bytes; longer texts are cut
inline constexpr std::size_t trace_ring_size = 16;              // records per thread
inline constexpr std::size_t trace_hop_log_size = 256;          // hops per thread, all records
// Newer records (in this copy of the library, any thread) within which a
// read is exact (see the top of this file); a key holds 11 bits of a record
// number, and one number in 2,048 is skipped so that no key is 0.
inline constexpr std::size_t trace_key_window = 2047;

// One place a failure passed through: where, and (for RTCERR_TRY) the text
// of the expression tried there; `expression` is null for the origin made by
// `fail` and for the hop `resume` adds. Both point to static storage of the
// program. Each RTCERR_TRY has one constant `trace_site` of its own (a static
// local made where the macro stands), and a hop records only its address.
struct trace_site {
  std::source_location location;
  const char* expression = nullptr;
};

// One piece of context: a key and an integer or a text, copied. A text
// longer than the capacity is cut at a UTF-8 boundary and `cut` is set (the
// formatters then show "…").
struct trace_context_entry {
  char key[trace_context_key_capacity] = {};
  char text[trace_context_text_capacity] = {};
  std::int64_t integer = 0;
  std::uint8_t key_length = 0;
  std::uint8_t text_length = 0;
  bool is_text = false;
  bool cut = false;
  std::uint8_t depth = 0;  // the key's depth it was added at: a read at a lower one leaves it out
  // rtcerr::sensitive(value): kept here, printed as <redacted>, never sent.
  bool sensitive = false;

  constexpr std::string_view key_view() const noexcept { return detail::view_of(key, key_length); }
  constexpr std::string_view text_view() const noexcept {
    return detail::view_of(text, text_length);
  }
};

// What is known about where a failure came from: a fixed-size, trivially
// copyable value, so that it can be kept in an exception, copied to another
// thread, and continued there (rtcerr/core/basic_trace.hpp: `resume`). It is also
// the layout of a record in the thread's ring, so that reading one is a copy.
struct trace_snapshot {
  enum class status : std::uint8_t {
    none,     // the failure was never traced (or traces are compiled out)
    lost,     // it was traced, but its record was reused or is on another thread
    present,  // the fields below describe it
  };

#if RTCERR_TRACES
  status state = status::none;
  bool has_origin = false;          // site(0) is where `fail` made the failure
  std::uint8_t site_count = 0;      // sites kept, origin first
  std::uint8_t context_count = 0;   // context entries kept
  std::uint16_t sites_dropped = 0;  // hops past trace_max_hops, not kept
  std::uint16_t context_dropped = 0;
  std::int32_t error_value = 0;  // the error the record was made for
  // Set when copies of the result were extended along more than one path
  // (each path's hops are in the record's log, and cannot be told apart):
  // the sites may mix them. Formatters say so.
  bool copied = false;
  // The number of the remote part the trace begins with (a failure another
  // service sent: rtcerr/core/trace_remote.hpp), 0 for none. The sites
  // below follow it.
  std::uint64_t remote = 0;
  // One word per site, so that a hop stores one pointer: the address of an
  // RTCERR_TRY's static trace_site, or (low bit set) the source_location
  // given to `fail` or `resume`, which is itself one pointer to static data.
  // Read them with site(i).
  std::uintptr_t site_words[trace_max_hops] = {};
  trace_context_entry context[trace_max_context] = {};

  // Site `i` (origin first), for i < site_count; an empty trace_site beyond.
  trace_site site(std::size_t i) const noexcept;
#else
  static constexpr status state = status::none;
  static constexpr bool has_origin = false;
  static constexpr std::uint8_t site_count = 0;
  static constexpr std::uint8_t context_count = 0;
  static constexpr std::uint16_t sites_dropped = 0;
  static constexpr std::uint16_t context_dropped = 0;
  static constexpr bool copied = false;
  static constexpr std::uint64_t remote = 0;
  std::int32_t error_value = 0;
  static constexpr const trace_context_entry* context = nullptr;
  static trace_site site(std::size_t) noexcept { return {}; }
#endif

  constexpr bool present() const noexcept { return state == status::present; }
};

}  // namespace RTCERR_TRACE_ABI_NAMESPACE

namespace detail {
inline namespace RTCERR_TRACE_ABI_NAMESPACE {

// The link-time guard: defined by the rtcerr library for its own setting only.
#if RTCERR_TRACES
extern RTCERR_API const int traces_enabled_in_this_build;
[[maybe_unused, gnu::used]] static const int* const trace_setting_guard =
    &traces_enabled_in_this_build;
#else
extern RTCERR_API const int traces_disabled_in_this_build;
[[maybe_unused, gnu::used]] static const int* const trace_setting_guard =
    &traces_disabled_in_this_build;
#endif

#if RTCERR_TRACES
// A site word (see trace_snapshot::site_words) for a source_location: its
// one pointer, with the low bit set. Both standard libraries keep a
// source_location as one pointer to a static, pointer-aligned structure.
static_assert(sizeof(std::source_location) == sizeof(std::uintptr_t) &&
              std::is_trivially_copyable_v<std::source_location>);
// (__builtin_bit_cast here and in the result and trace headers: std::bit_cast
// without <bit>, whose parsing cost every unit of the catalogue:
// docs/performance.md, "Compile time".)
inline std::uintptr_t site_word(std::source_location where) noexcept {
  return __builtin_bit_cast(std::uintptr_t, where) | 1u;
}
inline std::uintptr_t site_word(const trace_site* site) noexcept {
  return reinterpret_cast<std::uintptr_t>(site);
}

// The parts of a key (see the top of this file).
inline constexpr std::uint16_t trace_key_depth_mask = 0x000F;
inline constexpr std::uint16_t trace_key_record_mask = 0x7FF0;
inline constexpr std::uint16_t trace_key_tag_mask = 0x8000;
inline constexpr std::uint16_t trace_key_tag = RTCERR_TRACE_PRIVATE_KEYS ? trace_key_tag_mask : 0;
inline constexpr std::uint64_t trace_record_modulus = 2048;  // record numbers a key tells apart

// One slot of a thread's ring: the record and its number in this copy of
// the library (0: never used). The record holds the sites known when it was
// opened (the origin, the hop that opened it, or a resumed snapshot's); the
// hops after that are in the thread's hop log, from position
// `first_logged_hop` on, under its keys of depth 1 and more.
struct trace_slot {
  std::uint64_t number = 0;
  trace_snapshot record;
  std::uint64_t first_logged_hop = 0;
};

// A thread's records. Defined once, in the rtcerr library (src/runtime/trace.cpp),
// constant-initialised and trivially destructible, so that reaching it is an
// offset from the thread pointer in an executable: no guard, no wrapper
// call, no registration. It is declared here so that the common case of a
// hop (trace_log_hop below) is compiled into the function where
// RTCERR_TRY stands rather than being a call into the library.
//
// The hop log is why a hop is cheap: a hop appends its site and the
// result's new key at the log's next position and checks nothing (a hop that
// checked its record, in an out-of-line call, cost several times as much:
// docs/performance.md, "Traces").
// Every read checks instead: it takes from the log only the entries of its
// record written since the record was opened, and reports the trace lost
// when the log has wrapped past that point.
struct trace_ring {
  std::uint64_t opened = 0;         // records opened on this thread: the next slot
  std::uint64_t pending_throw = 0;  // record number handed to the next exception, 0 for none
  std::uint64_t hops_logged = 0;    // hops appended to the log so far; the next position
  std::uintptr_t hop_sites[trace_hop_log_size] = {};  // site words; 0 for a with_context step
  std::uint16_t hop_keys[trace_hop_log_size] = {};    // the key each was appended under
  std::uint16_t pending_throw_key = 0;                // the key handed with pending_throw
  trace_slot slots[trace_ring_size];
};
extern RTCERR_API constinit thread_local trace_ring trace_records;

#endif

}  // namespace RTCERR_TRACE_ABI_NAMESPACE
}  // namespace detail

inline namespace RTCERR_TRACE_ABI_NAMESPACE {
// The thread-local memory traces take, per thread that records one.
#if RTCERR_TRACES
inline constexpr std::size_t trace_memory_per_thread = sizeof(detail::trace_ring);

inline trace_site trace_snapshot::site(std::size_t i) const noexcept {
  if (i >= site_count || i >= trace_max_hops) return {};
  const std::uintptr_t word = site_words[i];
  if ((word & 1u) != 0)
    return {__builtin_bit_cast(std::source_location, word & ~std::uintptr_t{1})};
  return *reinterpret_cast<const trace_site*>(word);
}
#else
inline constexpr std::size_t trace_memory_per_thread = 0;
#endif
}  // namespace RTCERR_TRACE_ABI_NAMESPACE

namespace detail {
inline namespace RTCERR_TRACE_ABI_NAMESPACE {

#if RTCERR_TRACES
// The thread's records (src/runtime/trace.cpp). Each takes the key found in a result
// (0: not traced) and the error value it holds, and never fails: a key whose
// record is gone is reported, never misread.

// This copy's counter of record numbers (src/runtime/trace.cpp): the next number
// to hand out. Touched only through atomic builtins, once per record opened.
// It starts at 1, plus an offset claimed for this copy when the library is
// loaded, so that two copies in one process start apart.
extern RTCERR_API std::uint64_t trace_next_record;

// The next record number. One atomic add on the copy's counter, inline and
// without a call, as is everything a hop and an opening do (always_inline,
// because g++ optimises the cold trace_failure for size and would otherwise
// call these as functions): a call, even a rare one, makes g++ give every
// function on the way to it a 16-byte stack alignment that the untraced
// functions do not need (tests/trace_asm, the chain that calls only itself).
// A number whose key bits are all 0 is skipped, so that no key is 0.
[[gnu::always_inline]] inline std::uint64_t trace_take_number() noexcept {
  std::uint64_t number = __atomic_fetch_add(&trace_next_record, 1, __ATOMIC_RELAXED);
  while (number % trace_record_modulus == 0) [[unlikely]]
    number = __atomic_fetch_add(&trace_next_record, 1, __ATOMIC_RELAXED);
  return number;
}
// The key of depth 0 of record `number`.
[[gnu::always_inline]] inline std::uint16_t trace_key_of_number(std::uint64_t number) noexcept {
  return static_cast<std::uint16_t>(trace_key_tag | ((number % trace_record_modulus) << 4));
}
// The key one step deeper: the depth saturates at 15, where copies can no
// longer be told from a longer path.
[[gnu::always_inline]] inline std::uint16_t trace_deeper(std::uint16_t key) noexcept {
  return static_cast<std::uint16_t>(key + ((key & trace_key_depth_mask) != trace_key_depth_mask));
}
// Opens a record under the next number, in the thread's next slot, with
// `first_site` (a site word; 0 for none) as its first site: the origin
// `fail` gave when `is_origin`, else the hop that opened it. Only the header
// is written: sites and context are written as they are appended, and read
// only up to their counts.
[[gnu::always_inline]] inline trace_slot& trace_open_record(std::int32_t error_value,
                                                            std::uintptr_t first_site,
                                                            bool is_origin) noexcept {
  const std::uint64_t number = trace_take_number();
  const std::uint64_t opened = trace_records.opened;
  trace_records.opened = opened + 1;
  trace_slot& s = trace_records.slots[opened % trace_ring_size];
  s.number = number;
  s.first_logged_hop = trace_records.hops_logged;
  s.record.state = trace_snapshot::status::present;
  s.record.has_origin = is_origin;
  s.record.site_count = first_site != 0 ? 1 : 0;
  s.record.context_count = 0;
  s.record.sites_dropped = 0;
  s.record.context_dropped = 0;
  s.record.copied = false;
  s.record.remote = 0;
  s.record.error_value = error_value;
  if (first_site != 0) s.record.site_words[0] = first_site;
  return s;
}
// The key of depth 0 for the record in `s`.
inline std::uint16_t record_key(const trace_slot& s) noexcept {
  return trace_key_of_number(s.number);
}
// Opens a record whose origin is `origin`; returns its key (never 0).
inline std::uint16_t trace_open(std::int32_t error_value, std::source_location origin) noexcept {
  return record_key(trace_open_record(error_value, site_word(origin), true));
}
// A hop of a traced failure (`key` not 0), inline: `site` and the key one
// deeper appended to the thread's hop log; returns that key, which the
// result carries on. Nothing is checked: a key whose record is gone, or
// lives on another thread, leaves an entry that no read takes.
[[gnu::always_inline]] inline std::uint16_t trace_log_hop(std::uint16_t key,
                                                          const trace_site* site) noexcept {
  const std::uint16_t next = trace_deeper(key);
  const std::uint64_t position = trace_records.hops_logged;
  trace_records.hop_sites[position % trace_hop_log_size] = site_word(site);
  trace_records.hop_keys[position % trace_hop_log_size] = next;
  trace_records.hops_logged = position + 1;
  return next;
}
// A hop of an untraced failure (key 0): opens a record whose first site is
// `site`; returns its key (never 0).
[[gnu::always_inline]] inline std::uint16_t trace_open_at_hop(std::int32_t error_value,
                                                              const trace_site* site) noexcept {
  return record_key(trace_open_record(error_value, site_word(site), false));
}
// A hop: appended to the log for a traced failure, or the record opened at
// it for an untraced one; returns the key to hand on.
[[gnu::always_inline]] inline std::uint16_t trace_hop(std::uint16_t key, std::int32_t error_value,
                                                      const trace_site* site) noexcept {
  if (key == 0) return trace_open_at_hop(error_value, site);
  return trace_log_hop(key, site);
}
// The step with_context makes (a log entry without a site, one deeper);
// returns the key to hand on, `key` itself when it is 0.
RTCERR_API std::uint16_t trace_context_step(std::uint16_t key) noexcept;
// Adds context to the record of `key`, at its depth; nothing when it is gone.
// A sensitive value (rtcerr::sensitive) is kept but printed as <redacted>.
RTCERR_API void trace_add_integer(std::uint16_t key, std::int32_t error_value,
                                  std::string_view name, std::int64_t value,
                                  bool sensitive = false) noexcept;
RTCERR_API void trace_add_text(std::uint16_t key, std::int32_t error_value, std::string_view name,
                               std::string_view value, bool sensitive = false) noexcept;
// Copies the record of `key` into `out` (status lost when it is gone, none
// for key 0).
RTCERR_API void trace_read(std::uint16_t key, std::int32_t error_value,
                           trace_snapshot& out) noexcept;
// Opens a record on this thread from a snapshot taken anywhere, with a hop
// at `where`; returns its key.
RTCERR_API std::uint16_t trace_restore(const trace_snapshot& from, std::int32_t error_value,
                                       std::source_location where) noexcept;
// Hands the trace of a failure about to be thrown to the exception object
// that the throw makes on this thread (basic_exception's constructor).
RTCERR_API void trace_pass_to_exception(std::uint16_t key, std::int32_t error_value) noexcept;
RTCERR_API void trace_take_for_exception(std::int32_t error_value, trace_snapshot& out) noexcept;
#else
inline void trace_pass_to_exception(std::uint16_t, std::int32_t) noexcept {}
inline void trace_take_for_exception(std::int32_t, trace_snapshot&) noexcept {}
#endif

}  // namespace RTCERR_TRACE_ABI_NAMESPACE
}  // namespace detail
}  // namespace rtcerr
