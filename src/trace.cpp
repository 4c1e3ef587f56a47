// Each thread's trace records (see rtcerr/core/trace_storage.hpp).
//
// A record is found from the 16-bit key a result carries: the key is the low
// 16 bits of the record's sequence number, the slot is the sequence number
// modulo the ring size (the ring size divides 65,536, so the key alone gives
// the slot), and a read accepts the slot only if the full sequence number it
// holds has those low bits and the error value matches. Sequence numbers are
// unique in the process: each thread takes blocks of `trace_sequence_block`
// numbers from one atomic counter (trace_take_sequence, inline in
// rtcerr/core/trace_storage.hpp), touched once per block.
// The hops after a record was opened are read from the thread's hop log: the
// entries under its key from the position the record noted when it was
// opened, provided the log has not wrapped past that position since.
#include "rtcerr/core/trace_storage.hpp"

#if RTCERR_TRACES
#include <algorithm>
#include <cstring>
#include <type_traits>

#include "rtcerr/core/text.hpp"
#endif

namespace rtcerr::detail {
inline namespace RTCERR_TRACE_ABI_NAMESPACE {

#if RTCERR_TRACES
extern RTCERR_API const int traces_enabled_in_this_build = 1;
#else
extern RTCERR_API const int traces_disabled_in_this_build = 1;
#endif

#if RTCERR_TRACES
// The thread's records, declared in rtcerr/core/trace_storage.hpp.
// Constant-initialised and trivially destructible: no guard, no
// registration, no heap. The TLS model is left to the compiler and linker:
// in an executable they reach it at a fixed offset from the thread pointer;
// a shared librtcerr reaches it through the dynamic TLS machinery, which
// lets the library also be loaded with dlopen (an initial-exec model would
// take this much static TLS, which dlopen may not have).
constinit thread_local trace_ring trace_records;
std::uint64_t trace_next_block = 1;

namespace {

static_assert(65536 % trace_ring_size == 0 && trace_sequence_block % trace_ring_size == 0);
static_assert(std::is_trivially_destructible_v<trace_ring>);

trace_slot& slot_of(std::uint64_t sequence) noexcept {
  return trace_records.slots[sequence % trace_ring_size];
}

// The record of `key`, or null when it is gone.
trace_slot* find(std::uint16_t key, std::int32_t error_value) noexcept {
  if (key == 0) return nullptr;
  trace_slot& s = slot_of(key);
  if (s.sequence == 0 || (s.sequence & 0xFFFFu) != key) return nullptr;
  if (s.record.error_value != error_value) return nullptr;
  return &s;
}

void append(trace_snapshot& r, std::uintptr_t site) noexcept {
  if (r.site_count < trace_max_hops)
    r.site_words[r.site_count++] = site;
  else if (r.sites_dropped < UINT16_MAX)
    ++r.sites_dropped;
}

// The trace of slot `s` (a record of this thread's ring): the record, then
// the hops logged under its key since it was opened. False, and `out`
// untouched, when the log has wrapped past the first of those positions.
bool read_record(const trace_slot& s, trace_snapshot& out) noexcept {
  const std::uint64_t logged = trace_records.hops_logged;
  if (logged - s.first_logged_hop > trace_hop_log_size) return false;
  out = s.record;
  const std::uint16_t key = record_key(s);
  for (std::uint64_t p = s.first_logged_hop; p != logged; ++p)
    if (trace_records.hop_keys[p % trace_hop_log_size] == key)
      append(out, trace_records.hop_sites[p % trace_hop_log_size]);
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
  text_writer key_out(e.key, e.key + trace_context_key_capacity);
  key_out.put(name);
  e.key_length = static_cast<std::uint8_t>(key_out.position() - e.key);
  return &e;
}

}  // namespace

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
  if (const trace_slot* s = find(key, error_value); s != nullptr && read_record(*s, out)) return;
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
  }
  append(s.record, site_word(where));
  return record_key(s);
}

void trace_pass_to_exception(std::uint16_t key, std::int32_t error_value) noexcept {
  const trace_slot* s = find(key, error_value);
  trace_records.pending_throw = s != nullptr ? s->sequence : 0;
}

void trace_take_for_exception(std::int32_t error_value, trace_snapshot& out) noexcept {
  const std::uint64_t sequence = trace_records.pending_throw;
  trace_records.pending_throw = 0;
  if (sequence == 0) return;
  const trace_slot& s = slot_of(sequence);
  if (s.sequence == sequence && s.record.error_value == error_value) read_record(s, out);
}
#endif

}  // namespace RTCERR_TRACE_ABI_NAMESPACE
}  // namespace rtcerr::detail
