// rtcerr/core/counters.hpp - per-code failure counters: which codes are
// spiking, where.
//
// rtcerr knows every failure it makes, so it counts them, per code:
//
//   app_result<int> open_camera(int index) {
//     if (camera_in_use(index)) return media::errc::camera_busy;  // counted: made
//     return index;
//   }
//   ...
//   rtcerr::count(answer.error());  // counted apart: what a service answered
//   auto counts = rtcerr::failure_snapshot<app_registry>();
//   for (const rtcerr::failure_count& c : counts)
//     if (c.made != 0) fmt::print("{}.{} {}\n", c.domain, c.name, c.made);
//
// What is counted as *made*: a failed result constructed from an errc
// enumerator or an error (`return errc::x;`, `result<int> r = e;`,
// `from_wire(raw)` put into a result), `rtcerr::failure(e)` and
// `rtcerr::fail(e)`. What is not: lookups (`error::from_wire`, `error{32}`,
// queries, the C API, the CLI and the generators reading a number), a
// failure handed on (BOOST_OUTCOME_TRY, RTCERR_TRY, converting a failed
// result into another result type, copying one), and failures made during
// constant evaluation. `count(e)` adds one to a second, separate counter:
// what a service *answered* (a gateway counting its responses), so that a
// failure made and then answered is not mixed with one answered only.
//
// Buckets: one per code of the registry, one per domain for its unknown
// values (a newer peer's code, a gap), and one for values outside every
// domain (including `failure_from_success_value`). So the label set is
// bounded by the registry: code_count + domain_count + 1 buckets.
//
// Cost (docs/observability.md, benchmarks/counters_bench.cpp): nothing on the
// success path (tests/trace_asm); on the failure path one hash lookup of the
// code (the registry's perfect hash), one thread-local load, one load and
// one store to the thread's own row (no atomic read-modify-write, no lock,
// no allocation), and one test of the failure hook. The first failure a
// thread makes claims a row out of line (a compare-and-swap over a bitmap
// and, on POSIX, a pthread key whose destructor frees the row when the
// thread ends; the counts stay and the next thread using the row adds to
// them). With more than `counter_thread_rows` threads alive at once, the
// rest share one row of atomic counters (correct, slower). A read
// (`failure_snapshot`) sums the rows with relaxed atomic loads: each count
// is exact once the threads that made its failures have synchronised with
// the reader (joined, or handed it a message); while they run it may lag.
//
// The switch: RTCERR_FAILURE_COUNTERS (1 by default; the CMake option of the
// same name sets it for the library and everything linked to it). With 0
// nothing is counted or stored, `count(e)` does nothing, snapshots read 0,
// and the failure hook is never called (set_failure_hook returns false).
// The two settings live in different inline namespaces (counters_on_v1,
// counters_off_v1), results' policy included, so objects built with
// different settings do not share a symbol whose meaning differs: they link
// together as long as no result crosses between them (which fails to link,
// naming the namespace), and a unit built with counters against a library
// built without them fails to link.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "rtcerr/core/basic_registry.hpp"
#include "rtcerr/core/condition.hpp"
#include "rtcerr/core/internal/export.hpp"

#ifndef RTCERR_FAILURE_COUNTERS
#define RTCERR_FAILURE_COUNTERS 1
#endif

#if RTCERR_FAILURE_COUNTERS
#define RTCERR_COUNTER_ABI_NAMESPACE counters_on_v1
#else
#define RTCERR_COUNTER_ABI_NAMESPACE counters_off_v1
#endif

namespace rtcerr {

template <class Registry>
class basic_error;

inline namespace RTCERR_COUNTER_ABI_NAMESPACE {

// True when this build counts failures.
inline constexpr bool failure_counters_enabled = RTCERR_FAILURE_COUNTERS != 0;

// Threads that can count at once without sharing: each has a row of its own.
inline constexpr std::size_t counter_thread_rows = 64;

// What the failure hook is told about a failure made (see set_failure_hook).
struct failure_event {
  std::int32_t value = 0;   // the code
  std::string_view domain;  // its domain's name, "unknown" outside every domain
  std::string_view name;    // its name, "unknown" when not listed
  // Its condition; for a value its domain does not list, the domain's
  // default for it (unknown_default, rtcerr/core/domain.hpp).
  ::rtcerr::condition condition = ::rtcerr::condition::unknown;
};

// The failure hook: called after a failure is counted, on the thread that made it.
//
// Re-entrancy rules (tests/runtime/counters_hook_test.cpp checks them):
//   - it may run on many threads at once: it must be thread-safe;
//   - it must not throw (noexcept; an exception ends the program);
//   - a failure made on the same thread while the hook runs (the hook's own
//     code returning results, logging that fails) is counted, but does not
//     call the hook again: no recursion;
//   - it must not block for long: it runs inside the function that fails;
//   - `failure_event`'s strings point to static storage: keep them freely.
using failure_hook = void (*)(const failure_event&) noexcept;

// Installs `hook` for the whole process, once: true when installed; false
// when a hook is installed already (the first one stays), when `hook` is
// null, or when counters are compiled out. Install it before threads make
// failures: a thread that fails while it is being installed may or may not
// call it. There is no way to remove it (so no thread can run a hook that
// has been unloaded while another uninstalls it): a hook that must stop
// checks a flag of its own.
RTCERR_API bool set_failure_hook(failure_hook hook) noexcept;
// The installed hook, or null.
RTCERR_API failure_hook get_failure_hook() noexcept;

// One bucket of a snapshot: a code of the registry, or the unknown values of
// a domain (`known` false, `code` 0), or the values outside every domain
// (`domain` "unknown", `known` false, `code` 0).
struct failure_count {
  std::string_view domain;
  std::int32_t code = 0;
  bool known = false;
  std::string_view name;
  ::rtcerr::condition condition = ::rtcerr::condition::unknown;
  std::uint64_t made = 0;      // failures made (see the top of this file)
  std::uint64_t answered = 0;  // count(e) calls
};

}  // namespace RTCERR_COUNTER_ABI_NAMESPACE

namespace detail {
// Declared here for the API below; defined after it ("Implementation details
// follow"). counter_buckets, a variable template, is declared `extern const`
// here and defined `inline constexpr`.
inline namespace RTCERR_COUNTER_ABI_NAMESPACE {
template <class Registry>
extern const std::size_t counter_buckets;
template <class Registry>
constexpr std::size_t counter_bucket(std::int32_t value) noexcept;
template <class Registry>
struct counter_storage;
#if RTCERR_FAILURE_COUNTERS
template <std::size_t Buckets>
[[gnu::always_inline]] inline void counter_increment(
    std::uint64_t (&rows)[counter_thread_rows + 1][Buckets], std::size_t bucket) noexcept;
#endif
template <std::size_t Buckets>
std::uint64_t counter_sum(const std::uint64_t (&rows)[counter_thread_rows + 1][Buckets],
                          std::size_t bucket) noexcept;
}  // namespace RTCERR_COUNTER_ABI_NAMESPACE
template <class Registry>
struct otel_error_types;
}  // namespace detail

inline namespace RTCERR_COUNTER_ABI_NAMESPACE {

// Counts `e` as answered (a response, a reply, a status a service sent),
// apart from the failures made. The success code counts nothing.
template <class Registry>
void count(basic_error<Registry> e) noexcept {
#if RTCERR_FAILURE_COUNTERS
  if (e.value() == 0) return;
  detail::counter_increment(detail::counter_storage<Registry>::block.answered,
                            detail::counter_bucket<Registry>(e.value()));
#else
  static_cast<void>(e);
#endif
}

// The counts of every bucket of `Registry`, in registry order: the codes of
// each domain, then each domain's unknown values, then the values outside
// every domain. Fixed size, no heap: an array of
// `counter_buckets<Registry>` entries whose strings are static.
template <class Registry>
class failure_counts {
 public:
  static constexpr std::size_t size() noexcept { return detail::counter_buckets<Registry>; }
  const failure_count* begin() const noexcept { return entries_.data(); }
  const failure_count* end() const noexcept { return entries_.data() + size(); }
  const failure_count& operator[](std::size_t i) const noexcept { return entries_[i]; }
  // The bucket `e` is counted in.
  const failure_count& of(basic_error<Registry> e) const noexcept {
    return entries_[detail::counter_bucket<Registry>(e.value())];
  }
  // Sums over all buckets.
  std::uint64_t total_made() const noexcept {
    std::uint64_t n = 0;
    for (const failure_count& c : *this) n += c.made;
    return n;
  }
  std::uint64_t total_answered() const noexcept {
    std::uint64_t n = 0;
    for (const failure_count& c : *this) n += c.answered;
    return n;
  }

  // Adds the counts of another registry whose domains are all in this one
  // (an application's registry_with<...> takes the catalogue's): each of
  // its buckets to the bucket here that holds the same values. A program
  // that makes failures of both registries exposes one snapshot this way,
  // with no series twice.
  template <class Other>
    requires(Registry::template contains_all_of<Other>)
  failure_counts& add(const failure_counts<Other>& other) noexcept {
    for (std::size_t i = 0; i < other.size(); ++i) {
      const std::size_t here =
          i < Other::code_count ? detail::counter_bucket<Registry>(Other::entry_at(i).value)
          : i < Other::code_count + Other::domain_count
              ? Registry::code_count +
                    Registry::domain_index(Other::domains[i - Other::code_count].first)
              : size() - 1;
      entries_[here].made += other[i].made;
      entries_[here].answered += other[i].answered;
    }
    return *this;
  }

 private:
  template <class R>
  friend failure_counts<R> failure_snapshot() noexcept;
  std::array<failure_count, detail::counter_buckets<Registry>> entries_{};
};

// Reads every counter of `Registry` (see the top of this file for what a
// read sees while other threads count). Zeros when counters are compiled out.
template <class Registry>
failure_counts<Registry> failure_snapshot() noexcept {
  failure_counts<Registry> out;
  std::size_t b = 0;
  for (std::size_t d = 0; d < Registry::domain_count; ++d)
    for (const code_info& c : Registry::domains[d].codes) {
      failure_count& f = out.entries_[b++];
      f.domain = Registry::domains[d].name;
      f.code = c.value;
      f.known = true;
      f.name = c.name;
      f.condition = c.condition;
    }
  for (std::size_t d = 0; d <= Registry::domain_count; ++d) {
    failure_count& f = out.entries_[b++];
    f.domain = d < Registry::domain_count ? Registry::domains[d].name : std::string_view("unknown");
    f.name = "unknown";
  }
#if RTCERR_FAILURE_COUNTERS
  const auto& block = detail::counter_storage<Registry>::block;
  for (std::size_t i = 0; i < out.size(); ++i) {
    out.entries_[i].made = detail::counter_sum(block.made, i);
    out.entries_[i].answered = detail::counter_sum(block.answered, i);
  }
#endif
  return out;
}

}  // namespace RTCERR_COUNTER_ABI_NAMESPACE

// The OpenTelemetry semantic conventions' `error.type` attribute for `e`
// (docs/observability.md): "media.camera_busy" for a listed
// code, "media._OTHER" for an unknown value of a domain, "_OTHER" for a
// value outside every domain, and "" for the success code (the convention:
// error.type is not set when the operation succeeded). Low cardinality by
// construction (one value per counter bucket), predictable, and static
// storage.
template <class Registry>
constexpr std::string_view otel_error_type(basic_error<Registry> e) noexcept {
  if (e.value() == 0) return {};
  using types = detail::otel_error_types<Registry>;
  const std::size_t b = detail::counter_bucket<Registry>(e.value());
  return std::string_view(types::values.text.data() + types::values.start[b],
                          types::values.start[b + 1] - types::values.start[b]);
}

// --- Implementation details follow. -----------------------------------------

namespace detail {
inline namespace RTCERR_COUNTER_ABI_NAMESPACE {

// The bucket of `value` in a registry's counters: its position in
// Registry::entries for a listed code, code_count + its domain's position
// for an unknown value of a domain, code_count + domain_count outside every
// domain.
template <class Registry>
inline constexpr std::size_t counter_buckets = Registry::code_count + Registry::domain_count + 1;

template <class Registry>
constexpr std::size_t counter_bucket(std::int32_t value) noexcept {
  const std::size_t i = Registry::find_index(value);
  if (i < Registry::code_count) return i;
  return Registry::code_count + Registry::domain_index(value);
}

// A registry's counters: a row per thread, plus the shared row
// (`counter_thread_rows`), touched with atomic read-modify-writes, for the
// threads that found no row free. Zero-initialised static storage: no
// constructor, no heap; untouched pages cost no memory.
template <std::size_t Buckets>
struct counter_block {
  std::uint64_t made[counter_thread_rows + 1][Buckets];
  std::uint64_t answered[counter_thread_rows + 1][Buckets];
};

// Where a registry's counters live. By default an inline variable of the
// program; the platform's catalogue (rtcerr/registry.hpp) keeps its own in
// the compiled library instead, so that a shared librtcerr, its C API and
// the application count in one place.
template <class Registry>
struct counter_storage {
  static constinit inline counter_block<counter_buckets<Registry>> block{};
};

#if RTCERR_FAILURE_COUNTERS
// The thread's row plus one: 0 before its first count, counter_thread_rows
// + 1 for a thread that found no row free. Constant-initialised, trivially
// destructible: reaching it is an offset from the thread pointer in an
// executable.
extern RTCERR_API constinit thread_local std::uint32_t counter_row_of_thread;
// Claims a row for this thread (out of line, once per thread); returns what
// counter_row_of_thread now holds.
RTCERR_API std::uint32_t counter_claim_row() noexcept;
// The installed hook (null: none). Read with an acquire load.
extern RTCERR_API failure_hook installed_failure_hook;
// Calls the hook with `event` unless this thread is inside it already.
RTCERR_API void call_failure_hook(const failure_event& event) noexcept;

// The thread's row gets one more: an atomic (relaxed) load and store, plain
// moves on every mainstream target, since no other thread writes the row (a
// snapshot only reads it); the shared row takes an atomic add.
template <std::size_t Buckets>
[[gnu::always_inline]] inline void counter_increment(
    std::uint64_t (&rows)[counter_thread_rows + 1][Buckets], std::size_t bucket) noexcept {
  std::uint32_t row = counter_row_of_thread;
  if (row == 0) [[unlikely]]
    row = counter_claim_row();
  if (row <= counter_thread_rows) [[likely]] {
    std::uint64_t* c = &rows[row - 1][bucket];
    __atomic_store_n(c, __atomic_load_n(c, __ATOMIC_RELAXED) + 1, __ATOMIC_RELAXED);
  } else {
    __atomic_fetch_add(&rows[counter_thread_rows][bucket], 1, __ATOMIC_RELAXED);
  }
}

template <class Registry>
failure_event failure_event_of(std::int32_t value) noexcept {
  failure_event event;
  event.value = value;
  // From the compact tables (rtcerr/core/internal/code_table.hpp), as the
  // run-time queries read them.
  const std::size_t d = Registry::domain_index(value);
  event.domain =
      d < Registry::domain_count ? Registry::tables[d]->name() : std::string_view("unknown");
  const std::size_t i = Registry::find_index(value);
  if (i < Registry::code_count) {
    const detail::packed_code& row = Registry::rows[i];
    event.name = row.name(Registry::blob_of(row));
    event.condition = row.condition;
  } else {
    event.name = "unknown";
    // An unlisted value of a domain: the domain's default condition for it.
    if constexpr (detail::states_unknown_defaults<Registry>)
      if (d < Registry::domain_count)
        event.condition = Registry::tables[d]->unknown_default_for(value).condition;
  }
  return event;
}

template <class Registry>
[[gnu::cold, gnu::noinline]] void failure_hook_for(std::int32_t value) noexcept {
  call_failure_hook(failure_event_of<Registry>(value));
}
#endif

#if RTCERR_FAILURE_COUNTERS
// The rare part of counting a failure made, out of line: the thread's first
// count (which claims a row), a thread without a row of its own (the shared
// row), and the hook. It returns `value` so that the caller keeps nothing
// across the call: the caller takes the error it returns as the one to put
// in the result, so the function that makes the failure needs no
// callee-saved register for it, and its success path no extra push and pop.
template <class Registry>
[[gnu::cold, gnu::noinline]] std::int32_t count_made_rarely(std::int32_t value) noexcept {
  counter_increment(counter_storage<Registry>::block.made, counter_bucket<Registry>(value));
  if (__atomic_load_n(&installed_failure_hook, __ATOMIC_ACQUIRE) != nullptr)
    failure_hook_for<Registry>(value);
  return value;
}

// The rare part's entry, count_made_rarely<Registry> or the library's copy.
using count_made_function = std::int32_t (*)(std::int32_t) noexcept;

// Calls `rarely(value)`. With g++ on x86-64 (ELF) the call is made from
// inline assembly, through a trampoline in the library
// (src/runtime/counters.cpp) that aligns the stack itself: g++ then sees no
// call in the function that makes the failure. A call there, even one that
// never runs, would make it ask its callers for a 16-byte aligned stack,
// and g++ (-fipa-stack-alignment) would then give every function of a
// chain that calls only down to it a stack adjustment on every path
// (docs/observability.md, "Cost"). The assembly steps over the red zone
// (the function may keep data below its stack pointer, as one that calls
// nothing may), and tells the compiler what the call clobbers: the
// registers the ABI lets a callee change. The trampoline's unwind table
// describes the step, so that a backtrace from the hook reaches the
// function that failed and its callers (tests/runtime/counters_hook_test.cpp).
// clang keeps the alignment in such chains anyway, so it calls directly (as
// do other targets, and x32).
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && !defined(__ILP32__) && \
    defined(__ELF__)
#define RTCERR_DETAIL_COUNT_CALL_IN_ASM 1
#else
#define RTCERR_DETAIL_COUNT_CALL_IN_ASM 0
#endif
#if RTCERR_DETAIL_COUNT_CALL_IN_ASM
#if defined(__AVX512F__)
#define RTCERR_DETAIL_AVX512_CLOBBERS                                                           \
  , "xmm16", "xmm17", "xmm18", "xmm19", "xmm20", "xmm21", "xmm22", "xmm23", "xmm24", "xmm25",   \
      "xmm26", "xmm27", "xmm28", "xmm29", "xmm30", "xmm31", "k0", "k1", "k2", "k3", "k4", "k5", \
      "k6", "k7"
#else
#define RTCERR_DETAIL_AVX512_CLOBBERS
#endif
#endif
[[gnu::always_inline]] inline std::int32_t call_made_rarely(count_made_function rarely,
                                                            std::int32_t value) noexcept {
#if RTCERR_DETAIL_COUNT_CALL_IN_ASM
  std::int32_t out;
  asm volatile(
      "lea -128(%%rsp), %%rsp\n\t"
      "call rtcerr_counters_on_v1_call_rarely@PLT\n\t"
      "lea 128(%%rsp), %%rsp"
      : "=a"(out), "+D"(value), "+S"(rarely)
      :
      : "rcx", "rdx", "r8", "r9", "r10", "r11", "memory", "cc", "xmm0", "xmm1", "xmm2", "xmm3",
        "xmm4", "xmm5", "xmm6", "xmm7", "xmm8", "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14",
        "xmm15", "st", "st(1)", "st(2)", "st(3)", "st(4)", "st(5)", "st(6)",
        "st(7)" RTCERR_DETAIL_AVX512_CLOBBERS);
  return out;
#else
  return rarely(value);
#endif
}
#endif

// One failure of `value` made (see the top of this file); returns `value`
// (see count_made_rarely). Inline, and without a call in the common case:
// a thread with a row of its own and no hook installed; the rare case is
// reached through call_made_rarely.
template <class Registry>
[[gnu::always_inline]] inline std::int32_t count_made(std::int32_t value) noexcept {
#if RTCERR_FAILURE_COUNTERS
  const std::uint32_t row = counter_row_of_thread;
  if (row - 1u < counter_thread_rows &&
      __atomic_load_n(&installed_failure_hook, __ATOMIC_ACQUIRE) == nullptr) [[likely]] {
    std::uint64_t* c =
        &counter_storage<Registry>::block.made[row - 1][counter_bucket<Registry>(value)];
    __atomic_store_n(c, __atomic_load_n(c, __ATOMIC_RELAXED) + 1, __ATOMIC_RELAXED);
    return value;
  }
#if RTCERR_DETAIL_COUNT_CALL_IN_ASM
  // The label's attribute tells g++ that the rare part is cold, as the call
  // of a cold function did: the common case falls through to its return.
  goto rarely;
rarely:
  __attribute__((cold));
#endif
  // A registry whose counters the library keeps has this part compiled
  // there too (rtcerr/registry.hpp): a unit that makes a failure then does
  // not emit it, nor the registry's tables it reads.
  if constexpr (requires { counter_storage<Registry>::made_rarely(value); })
    return call_made_rarely(&counter_storage<Registry>::made_rarely, value);
  else
    return call_made_rarely(&count_made_rarely<Registry>, value);
#else
  return value;
#endif
}

// Sums a bucket's rows.
template <std::size_t Buckets>
std::uint64_t counter_sum(const std::uint64_t (&rows)[counter_thread_rows + 1][Buckets],
                          std::size_t bucket) noexcept {
  std::uint64_t sum = 0;
  for (std::size_t r = 0; r <= counter_thread_rows; ++r)
    sum += __atomic_load_n(&rows[r][bucket], __ATOMIC_RELAXED);
  return sum;
}

}  // namespace RTCERR_COUNTER_ABI_NAMESPACE
}  // namespace detail

namespace detail {
// The OpenTelemetry `error.type` values of a registry, one per counter
// bucket, in one static array: "<domain>.<name>" for a listed code,
// "<domain>._OTHER" for an unknown value of a domain, "_OTHER" outside
// every domain.
template <class Registry>
struct otel_error_types {
  static constexpr std::string_view other = "_OTHER";
  template <class Put>
  static constexpr void each(Put put) {
    for (std::size_t d = 0; d < Registry::domain_count; ++d)
      for (const code_info& c : Registry::domains[d].codes) put(Registry::domains[d].name, c.name);
    for (std::size_t d = 0; d < Registry::domain_count; ++d) put(Registry::domains[d].name, other);
    put(std::string_view(), other);
  }
  static constexpr std::size_t length = [] {
    std::size_t n = 0;
    each([&](std::string_view a, std::string_view b) {
      n += a.size() + (a.empty() ? 0 : 1) + b.size();
    });
    return n;
  }();
  struct table {
    std::array<char, length + 1> text{};
    std::array<std::size_t, counter_buckets<Registry> + 1> start{};
  };
  static constexpr table values = [] {
    table t;
    std::size_t at = 0;
    std::size_t i = 0;
    each([&](std::string_view a, std::string_view b) {
      t.start[i++] = at;
      for (char ch : a) t.text[at++] = ch;
      if (!a.empty()) t.text[at++] = '.';
      for (char ch : b) t.text[at++] = ch;
    });
    t.start[i] = at;
    return t;
  }();
};
}  // namespace detail

}  // namespace rtcerr
