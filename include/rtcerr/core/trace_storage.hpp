// rtcerr/core/trace_storage.hpp - where error return traces live.
//
// The user-facing half is rtcerr/core/trace.hpp (`fail`, `RTCERR_TRY`, context,
// snapshots); this header holds what results and exceptions need to know
// about traces without pulling that in: the configuration switch, the
// fixed-size record (`trace_snapshot`) and the functions, compiled once in
// the rtcerr library (src/trace.cpp), that keep each thread's records.
//
// How a trace is found. A result carries no pointer: Outcome's status word
// in `basic_result` has 16 spare bits (`hooks::spare_storage`), which
// BOOST_OUTCOME_TRY hands on at every hop, even when the value type changes.
// A traced failure stores a 16-bit *key* there. The key is the low 16 bits of
// a sequence number that is unique in the process (threads take blocks of
// numbers from one atomic counter), and it selects a slot of a ring of
// `trace_ring_size` records in the thread that opened it. Every read compares
// the key, and the error value, with what the slot holds, so a trace is
// either the right one or reported lost (its slot was reused by a newer
// failure, or it is read on another thread):
//
//   - Fixed memory, no heap: each thread has one `detail::trace_ring` of
//     `trace_ring_size` records (`trace_memory_per_thread` bytes), in
//     thread-local storage of the rtcerr library. A record keeps one word
//     per site: a hop stores only the address of its call site's static
//     `trace_site`.
//   - Limits: at most `trace_max_hops` hops and `trace_max_context` context
//     entries per record (more are counted, not kept); a record is lost once
//     `trace_ring_size` newer traced failures were opened on its thread. The
//     one way a read can be wrong: a result kept unread while 65,536 further
//     traced failures are opened in the process, of which the 65,536th lands
//     in the same slot of the same thread with the same error value.
//
// The switch: RTCERR_TRACES (1 by default; the CMake option RTCERR_TRACES
// sets it for the library and everything linked to it). With 0, nothing is
// recorded, `RTCERR_TRY` is BOOST_OUTCOME_TRY, and `fail(e)` is `failure(e)`.
// Translation units built with different settings do not link together (each
// refers to a symbol named after its setting, which the library defines for
// the setting it was built with): mixing them would otherwise give records of
// one layout to code expecting the other.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <source_location>
#include <string_view>
#include <type_traits>

#include "rtcerr/core/export.hpp"
#include "rtcerr/core/string_view.hpp"

#ifndef RTCERR_TRACES
#define RTCERR_TRACES 1
#endif

namespace rtcerr {

// Names of the two settings' ABIs: what differs between them (the record's
// layout, and so basic_exception's) lives in an inline namespace named after
// the setting.
#if RTCERR_TRACES
#define RTCERR_TRACE_ABI_NAMESPACE traces_on_v1
#else
#define RTCERR_TRACE_ABI_NAMESPACE traces_off_v1
#endif

inline namespace RTCERR_TRACE_ABI_NAMESPACE {

// Capacities, fixed at compile time.
inline constexpr std::size_t trace_max_hops = 16;               // origin included
inline constexpr std::size_t trace_max_context = 4;             // key/value pairs
inline constexpr std::size_t trace_context_key_capacity = 16;   // bytes; longer keys are cut
inline constexpr std::size_t trace_context_text_capacity = 48;  // bytes; longer texts are cut
inline constexpr std::size_t trace_ring_size = 16;              // records per thread

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

  constexpr std::string_view key_view() const noexcept { return detail::view_of(key, key_length); }
  constexpr std::string_view text_view() const noexcept {
    return detail::view_of(text, text_length);
  }
};

// What is known about where a failure came from: a fixed-size, trivially
// copyable value, so that it can be kept in an exception, copied to another
// thread, and continued there (rtcerr/core/trace.hpp: `resume`). It is also
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
inline std::uintptr_t site_word(std::source_location where) noexcept {
  return std::bit_cast<std::uintptr_t>(where) | 1u;
}
inline std::uintptr_t site_word(const trace_site* site) noexcept {
  return reinterpret_cast<std::uintptr_t>(site);
}

// One slot of a thread's ring: the record and its full sequence number (0:
// never used); the key a result carries is the number's low 16 bits.
struct trace_slot {
  std::uint64_t sequence = 0;
  trace_snapshot record;
};

// A thread's records. Defined once, in the rtcerr library (src/trace.cpp),
// constant-initialised and trivially destructible, so that reaching it is an
// offset from the thread pointer in an executable: no guard, no wrapper
// call, no registration. It is declared here so that the common case of a
// hop (trace_hop below) is compiled into the caller's noinline failure
// function rather than being a call into the library.
struct trace_ring {
  std::uint64_t next = 0;           // next sequence number to hand out
  std::uint64_t end = 0;            // end of this thread's block of numbers
  std::uint64_t pending_throw = 0;  // sequence handed to the next exception, 0 for none
  trace_slot slots[trace_ring_size];
};
extern RTCERR_API constinit thread_local trace_ring trace_records;

// Starts the record numbered `sequence` in its slot of this thread's ring,
// with `origin` (a site word; 0 for none: the record starts at a hop) as its
// first site. Only the header is written: sites and context are written as
// they are appended, and read only up to their counts.
inline trace_slot& trace_start_record(std::uint64_t sequence, std::int32_t error_value,
                                      std::uintptr_t origin) noexcept {
  trace_slot& s = trace_records.slots[sequence % trace_ring_size];
  s.sequence = sequence;
  s.record.state = trace_snapshot::status::present;
  s.record.has_origin = origin != 0;
  s.record.site_count = origin != 0 ? 1 : 0;
  s.record.context_count = 0;
  s.record.sites_dropped = 0;
  s.record.context_dropped = 0;
  s.record.error_value = error_value;
  if (origin != 0) s.record.site_words[0] = origin;
  return s;
}
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
  if ((word & 1u) != 0) return {std::bit_cast<std::source_location>(word & ~std::uintptr_t{1})};
  return *reinterpret_cast<const trace_site*>(word);
}
#else
inline constexpr std::size_t trace_memory_per_thread = 0;
#endif
}  // namespace RTCERR_TRACE_ABI_NAMESPACE

namespace detail {
inline namespace RTCERR_TRACE_ABI_NAMESPACE {

#if RTCERR_TRACES
// The thread's records (src/trace.cpp). Each takes the key found in a result
// (0: not traced) and the error value it holds, and never fails: a key whose
// record is gone is reported, never misread.

// Everything trace_open does not do inline: takes a new block of sequence
// numbers from the process's counter (once per 256 records), or skips the
// number that would give key 0.
RTCERR_API std::uint16_t trace_open_slow(std::int32_t error_value,
                                         std::source_location origin) noexcept;
// Opens a record whose origin is `origin`; returns its key (never 0). The
// common case, inline: the next number of the thread's block, and the
// record's header and first site written.
inline std::uint16_t trace_open(std::int32_t error_value, std::source_location origin) noexcept {
  const std::uint64_t sequence = trace_records.next;
  if (sequence == trace_records.end || (sequence & 0xFFFFu) == 0) [[unlikely]]
    return trace_open_slow(error_value, origin);
  trace_records.next = sequence + 1;
  trace_start_record(sequence, error_value, site_word(origin));
  return static_cast<std::uint16_t>(sequence);
}
// Everything trace_hop does not do inline: opens a record at this hop when
// there is none (key 0, or lost), counts a hop past trace_max_hops.
RTCERR_API std::uint16_t trace_hop_slow(std::uint16_t key, std::int32_t error_value,
                                        const trace_site* site) noexcept;
// The common case of a hop, inline: when the record of `key` is there and
// has room, appends `site` to it (one stored pointer) and returns true; the
// key stays the same. Otherwise does nothing and returns false.
inline bool trace_hop_fast(std::uint16_t key, std::int32_t error_value,
                           const trace_site* site) noexcept {
  trace_slot& slot = trace_records.slots[key % trace_ring_size];
  trace_snapshot& r = slot.record;
  if (key != 0 && static_cast<std::uint16_t>(slot.sequence) == key &&
      r.error_value == error_value && r.site_count < trace_max_hops) [[likely]] {
    r.site_words[r.site_count++] = site_word(site);
    return true;
  }
  return false;
}
// Appends a hop to the record of `key`, or opens a record at this hop when
// there is none; returns the key to hand on.
inline std::uint16_t trace_hop(std::uint16_t key, std::int32_t error_value,
                               const trace_site* site) noexcept {
  if (trace_hop_fast(key, error_value, site)) [[likely]]
    return key;
  return trace_hop_slow(key, error_value, site);
}
// Adds context to the record of `key`; nothing when it is gone.
RTCERR_API void trace_add_integer(std::uint16_t key, std::int32_t error_value,
                                  std::string_view name, std::int64_t value) noexcept;
RTCERR_API void trace_add_text(std::uint16_t key, std::int32_t error_value, std::string_view name,
                               std::string_view value) noexcept;
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
