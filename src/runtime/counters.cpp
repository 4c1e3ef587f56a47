// The failure counters' shared state (rtcerr/core/counters.hpp): the rows
// threads claim and the failure hook (the catalogue's own counters are in
// src/catalogue/counters.cpp, so that a program counting only an
// application registry's failures does not link them). One copy per
// program, in the compiled library, so that a shared librtcerr and
// everything using it agree.
#include "rtcerr/core/counters.hpp"

#if RTCERR_FAILURE_COUNTERS
#include <atomic>
#include <cstdint>
#if __has_include(<pthread.h>)
#include <pthread.h>
#define RTCERR_COUNTERS_PTHREAD 1
#else
#define RTCERR_COUNTERS_PTHREAD 0
#endif
#endif

namespace rtcerr {

#if RTCERR_FAILURE_COUNTERS
namespace detail {
inline namespace RTCERR_COUNTER_ABI_NAMESPACE {

constinit thread_local std::uint32_t counter_row_of_thread = 0;

#if defined(__x86_64__) && !defined(__ILP32__) && defined(__ELF__)
// The trampoline call_made_rarely's assembly calls (rtcerr/core/counters.hpp):
// entered with the value in edi, the function to call in rsi, and the stack
// pointer 128 bytes (the caller's red zone) plus the return address below
// the caller's. It aligns the stack, calls, and returns the function's eax.
// Its unwind table says where the return address and the caller's stack
// pointer are, so that a backtrace taken inside passes through it. Defined
// whatever compiler builds the library, so that g++-built code can use a
// library built by another.
asm(R"(
  .pushsection .text.rtcerr_counters_on_v1_call_rarely,"ax",@progbits
  .globl rtcerr_counters_on_v1_call_rarely
  .type rtcerr_counters_on_v1_call_rarely, @function
  .p2align 4
rtcerr_counters_on_v1_call_rarely:
  .cfi_startproc
  .cfi_def_cfa_offset 136
  .cfi_offset %rip, -136
  endbr64
  pushq %rbp
  .cfi_def_cfa_offset 144
  .cfi_offset %rbp, -144
  movq %rsp, %rbp
  .cfi_def_cfa_register %rbp
  andq $-16, %rsp
  call *%rsi
  movq %rbp, %rsp
  popq %rbp
  .cfi_def_cfa %rsp, 136
  ret
  .cfi_endproc
  .size rtcerr_counters_on_v1_call_rarely, .-rtcerr_counters_on_v1_call_rarely
  .popsection
)");
#endif
failure_hook installed_failure_hook = nullptr;

namespace {

static_assert(counter_thread_rows % 64 == 0);
// Bit r set: row r belongs to a live thread.
std::atomic<std::uint64_t> rows_taken[counter_thread_rows / 64];

// True while this thread runs the hook.
constinit thread_local bool in_hook = false;

void release_row(std::uint32_t row_plus_one) noexcept {
  const std::uint32_t row = row_plus_one - 1;
  // Release: the next thread to claim the row (acquire) sees its counts, so
  // that its plain load-and-store adds to them and loses none.
  rows_taken[row / 64].fetch_and(~(std::uint64_t{1} << (row % 64)), std::memory_order_release);
}

#if RTCERR_COUNTERS_PTHREAD
// A pthread key whose destructor frees the row of a thread that ends. The
// value stored is the row plus one (never null, so the destructor runs). A
// low-numbered key's value is kept in the thread's own structure: setting it
// allocates nothing.
pthread_key_t row_key;
bool row_key_made = false;
pthread_once_t row_key_once = PTHREAD_ONCE_INIT;

extern "C" void rtcerr_release_counter_row(void* value) {
  release_row(static_cast<std::uint32_t>(reinterpret_cast<std::uintptr_t>(value)));
  // A failure this thread still makes (in a later thread-exit destructor)
  // goes to the shared row, not to the row another thread may now own.
  counter_row_of_thread = counter_thread_rows + 1;
}

// When a shared librtcerr is unloaded (dlclose), threads that outlive it
// must not run the key's destructor, which lived in it: the key goes first.
// (At exit this only leaves the rows of threads still running claimed.)
[[gnu::destructor]] void delete_row_key() {
  if (row_key_made) pthread_key_delete(row_key);
}
#endif

}  // namespace

std::uint32_t counter_claim_row() noexcept {
  std::uint32_t claimed = counter_thread_rows + 1;  // the shared row
  for (std::size_t w = 0; w < counter_thread_rows / 64 && claimed > counter_thread_rows; ++w) {
    std::uint64_t taken = rows_taken[w].load(std::memory_order_relaxed);
    while (~taken != 0) {
      const int bit = __builtin_ctzll(~taken);
      if (rows_taken[w].compare_exchange_weak(taken, taken | (std::uint64_t{1} << bit),
                                              std::memory_order_acquire,
                                              std::memory_order_relaxed)) {
        claimed = static_cast<std::uint32_t>(w * 64 + static_cast<std::size_t>(bit) + 1);
        break;
      }
    }
  }
#if RTCERR_COUNTERS_PTHREAD
  if (claimed <= counter_thread_rows) {
    pthread_once(&row_key_once, [] {
      row_key_made = pthread_key_create(&row_key, rtcerr_release_counter_row) == 0;
    });
    // Without a key the row stays with this thread's slot for good: counts
    // are still right, the row is only not reused.
    if (row_key_made)
      pthread_setspecific(row_key, reinterpret_cast<void*>(std::uintptr_t{claimed}));
  }
#endif
  counter_row_of_thread = claimed;
  return claimed;
}

void call_failure_hook(const failure_event& event) noexcept {
  if (in_hook) return;
  const failure_hook hook = __atomic_load_n(&installed_failure_hook, __ATOMIC_ACQUIRE);
  if (hook == nullptr) return;
  in_hook = true;
  hook(event);
  in_hook = false;
}

}  // namespace RTCERR_COUNTER_ABI_NAMESPACE
}  // namespace detail
#endif

inline namespace RTCERR_COUNTER_ABI_NAMESPACE {

bool set_failure_hook(failure_hook hook) noexcept {
#if RTCERR_FAILURE_COUNTERS
  if (hook == nullptr) return false;
  failure_hook none = nullptr;
  return __atomic_compare_exchange_n(&detail::installed_failure_hook, &none, hook, false,
                                     __ATOMIC_RELEASE, __ATOMIC_RELAXED);
#else
  static_cast<void>(hook);
  return false;
#endif
}

failure_hook get_failure_hook() noexcept {
#if RTCERR_FAILURE_COUNTERS
  return __atomic_load_n(&detail::installed_failure_hook, __ATOMIC_ACQUIRE);
#else
  return nullptr;
#endif
}

}  // namespace RTCERR_COUNTER_ABI_NAMESPACE
}  // namespace rtcerr
