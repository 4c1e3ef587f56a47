// Each thread's trace records (see rtcerr/core/internal/trace_storage.hpp).
//
// A record is found from the 16-bit key a result carries: its tag must be
// this copy's, and its 11 record bits are completed to the full record number
// from the copy's counter (the latest number handed out with those bits);
// the read accepts a slot of this thread's ring only if it holds exactly that
// number and the error value matches. Numbers are unique in the copy, so
// within the window (fewer than trace_key_window newer records) the number
// completed is the result's own, and any slot holding it is its record.
// The hops after a record was opened are read from the thread's hop log: the
// entries under the record's keys of depth 1 to the result's depth, from the
// position the record noted when it was opened, provided the log has not
// wrapped past that position since; exactly one per depth, or the trace was
// extended elsewhere (lost) or along several paths (copied).
#include "rtcerr/core/internal/trace_storage.hpp"

#if RTCERR_TRACES
#include <algorithm>
#include <cstring>
#include <type_traits>
#if __has_include(<pthread.h>)
#include <pthread.h>
#endif

#include "rtcerr/core/internal/text.hpp"
#endif

namespace rtcerr::detail {
inline namespace RTCERR_TRACE_ABI_NAMESPACE {

#if RTCERR_TRACES
extern RTCERR_API const int traces_enabled_in_this_build = 1;
#else
extern RTCERR_API const int traces_disabled_in_this_build = 1;
#endif

#if RTCERR_TRACES
// The thread's records, declared in rtcerr/core/internal/trace_storage.hpp.
// Constant-initialised and trivially destructible: no guard, no
// registration, no heap. The TLS model is left to the compiler and linker:
// in an executable they reach it at a fixed offset from the thread pointer;
// a shared librtcerr reaches it through the dynamic TLS machinery, which
// lets the library also be loaded with dlopen (an initial-exec model would
// take this much static TLS, which dlopen may not have).
constinit thread_local trace_ring trace_records;
std::uint64_t trace_next_record = 1;

namespace {

static_assert(std::is_trivially_destructible_v<trace_ring>);

// This copy's offset, claimed once when the library is loaded, so that the
// first failures of two copies in one process get different keys. The
// copies share no symbol, but they share the C library: each claims a
// pthread key, and the key's index (unique in the process, and small) is
// spread over the record numbers by reversing its bits, so that the first n
// copies lie at least 2048 / n (rounded down to a power of two) numbers
// apart. The key is kept, never deleted, so that no later copy gets the same
// index. Without pthreads, the address of the copy's counter stands in.
std::uint64_t claim_offset() noexcept {
  std::uint64_t index = 0;
#if __has_include(<pthread.h>)
  pthread_key_t key{};
  if (pthread_key_create(&key, nullptr) == 0)
    index = static_cast<std::uint64_t>(key);
  else
#endif
    index = (reinterpret_cast<std::uintptr_t>(&trace_next_record) * 0x9E3779B97F4A7C15u) >> 53;
  std::uint64_t reversed = 0;
  for (int bit = 0; bit < 11; ++bit) reversed |= ((index >> bit) & 1u) << (10 - bit);
  return reversed;
}
[[maybe_unused]] const bool offset_claimed =
    (__atomic_fetch_add(&trace_next_record, claim_offset(), __ATOMIC_RELAXED), true);

// The number of the record that `key` names, as the latest number handed out
// in this copy with the key's record bits; 0 for a key of another tag or 0.
std::uint64_t number_of(std::uint16_t key) noexcept {
  if (key == 0 || (key & trace_key_tag_mask) != trace_key_tag) return 0;
  const std::uint64_t latest = __atomic_load_n(&trace_next_record, __ATOMIC_RELAXED) - 1;
  const std::uint64_t bits = (key & trace_key_record_mask) >> 4;
  const std::uint64_t back = (latest - bits) % trace_record_modulus;
  return back <= latest ? latest - back : 0;
}

// The record of `key`, or null when it is gone.
trace_slot* find(std::uint16_t key, std::int32_t error_value) noexcept {
  const std::uint64_t number = number_of(key);
  if (number == 0) return nullptr;
  for (trace_slot& s : trace_records.slots)
    if (s.number == number) return s.record.error_value == error_value ? &s : nullptr;
  return nullptr;
}

void append(trace_snapshot& r, std::uintptr_t site) noexcept {
  if (r.site_count < trace_max_hops)
    r.site_words[r.site_count++] = site;
  else if (r.sites_dropped < UINT16_MAX)
    ++r.sites_dropped;
}

// The trace of slot `s` (a record of this thread's ring) as a result of
// depth `depth` sees it: the record, then its hops of depth 1 to `depth`
// logged since it was opened, and the context added up to that depth. False,
// and `out` untouched, when the log has wrapped past the first of those
// positions, or a depth has no hop here (it was made on another thread).
bool read_record(const trace_slot& s, unsigned depth, trace_snapshot& out) noexcept {
  const std::uint64_t logged = trace_records.hops_logged;
  if (logged - s.first_logged_hop > trace_hop_log_size) return false;
  const std::uint16_t base = record_key(s);
  std::uint16_t per_depth[trace_key_depth_mask + 1] = {};
  for (std::uint64_t p = s.first_logged_hop; p != logged; ++p) {
    const std::uint16_t key = trace_records.hop_keys[p % trace_hop_log_size];
    const unsigned d = key & trace_key_depth_mask;
    if ((key & ~trace_key_depth_mask) == base && d != 0 && d <= depth) ++per_depth[d];
  }
  bool copied = false;
  for (unsigned d = 1; d <= depth; ++d) {
    if (per_depth[d] == 0) return false;
    // At the saturated depth several entries are one long path as well as
    // copies: copies are told apart up to depth 14, every hop a trace keeps
    // (trace_max_hops) but the last.
    if (per_depth[d] > 1 && d != trace_key_depth_mask) copied = true;
  }
  out = s.record;
  out.copied = out.copied || copied;
  for (std::uint64_t p = s.first_logged_hop; p != logged; ++p) {
    const std::uint16_t key = trace_records.hop_keys[p % trace_hop_log_size];
    const unsigned d = key & trace_key_depth_mask;
    const std::uintptr_t site = trace_records.hop_sites[p % trace_hop_log_size];
    if ((key & ~trace_key_depth_mask) == base && d != 0 && d <= depth && site != 0)
      append(out, site);
  }
  std::uint8_t kept = 0;
  for (std::uint8_t i = 0; i < out.context_count; ++i)
    if (out.context[i].depth <= depth) out.context[kept++] = out.context[i];
  out.context_count = kept;
  return true;
}

trace_context_entry* add_entry(std::uint16_t key, std::int32_t error_value,
                               std::string_view name) noexcept {
  trace_slot* s = find(key, error_value);
  if (s == nullptr) return nullptr;
  trace_snapshot& r = s->record;
  if (r.context_count == trace_max_context) {
    if (r.context_dropped < UINT16_MAX) ++r.context_dropped;
    return nullptr;
  }
  trace_context_entry& e = r.context[r.context_count++];
  e = trace_context_entry{};
  e.depth = static_cast<std::uint8_t>(key & trace_key_depth_mask);
  text_writer key_out(e.key, e.key + trace_context_key_capacity);
  key_out.put(name);
  e.key_length = static_cast<std::uint8_t>(key_out.position() - e.key);
  return &e;
}

}  // namespace

std::uint16_t trace_context_step(std::uint16_t key) noexcept {
  if (key == 0) return 0;
  const std::uint16_t next = trace_deeper(key);
  const std::uint64_t position = trace_records.hops_logged;
  trace_records.hop_sites[position % trace_hop_log_size] = 0;
  trace_records.hop_keys[position % trace_hop_log_size] = next;
  trace_records.hops_logged = position + 1;
  return next;
}

void trace_add_integer(std::uint16_t key, std::int32_t error_value, std::string_view name,
                       std::int64_t value) noexcept {
  if (trace_context_entry* e = add_entry(key, error_value, name)) e->integer = value;
}

void trace_add_text(std::uint16_t key, std::int32_t error_value, std::string_view name,
                    std::string_view value) noexcept {
  trace_context_entry* e = add_entry(key, error_value, name);
  if (e == nullptr) return;
  e->is_text = true;
  // Room for the text; when it does not fit, cut it at a UTF-8 boundary and
  // let the formatters add the mark.
  text_writer out(e->text, e->text + trace_context_text_capacity);
  out.put(value);
  e->text_length = static_cast<std::uint8_t>(out.position() - e->text);
  e->cut = e->text_length < value.size();
}

void trace_read(std::uint16_t key, std::int32_t error_value, trace_snapshot& out) noexcept {
  if (key == 0) {
    out = trace_snapshot{};
    out.error_value = error_value;
    return;
  }
  if (const trace_slot* s = find(key, error_value);
      s != nullptr && read_record(*s, key & trace_key_depth_mask, out))
    return;
  out = trace_snapshot{};
  out.state = trace_snapshot::status::lost;
  out.error_value = error_value;
}

std::uint16_t trace_restore(const trace_snapshot& from, std::int32_t error_value,
                            std::source_location where) noexcept {
  trace_slot& s = trace_open_record(error_value, 0, false);
  if (from.present()) {
    s.record = from;
    s.record.error_value = error_value;
    // The snapshot's context was read at its depth; here it is all at the start.
    for (std::uint8_t i = 0; i < s.record.context_count; ++i) s.record.context[i].depth = 0;
  }
  append(s.record, site_word(where));
  return record_key(s);
}

void trace_pass_to_exception(std::uint16_t key, std::int32_t error_value) noexcept {
  const trace_slot* s = find(key, error_value);
  trace_records.pending_throw = s != nullptr ? s->number : 0;
  trace_records.pending_throw_key = key;
}

void trace_take_for_exception(std::int32_t error_value, trace_snapshot& out) noexcept {
  const std::uint64_t number = trace_records.pending_throw;
  trace_records.pending_throw = 0;
  if (number == 0) return;
  for (const trace_slot& s : trace_records.slots)
    if (s.number == number && s.record.error_value == error_value)
      read_record(s, trace_records.pending_throw_key & trace_key_depth_mask, out);
}
#endif

}  // namespace RTCERR_TRACE_ABI_NAMESPACE
}  // namespace rtcerr::detail
