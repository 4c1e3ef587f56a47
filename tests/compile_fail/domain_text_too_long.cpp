// expect: a code's name, message or hint is longer than 65535 bytes
// The run-time tables keep each text's length in 16 bits
// (rtcerr/core/internal/code_table.hpp): a longer hint stops compilation where
// the domain's table is first used, naming the domain and the code. The
// control's hint is short.
#include "rtcerr/core/basic_exception.hpp"

#define T16 "0123456789abcdef"
#define T256 T16 T16 T16 T16 T16 T16 T16 T16 T16 T16 T16 T16 T16 T16 T16 T16
#define T4K T256 T256 T256 T256 T256 T256 T256 T256 T256 T256 T256 T256 T256 T256 T256 T256
#define T64K T4K T4K T4K T4K T4K T4K T4K T4K T4K T4K T4K T4K T4K T4K T4K T4K
#ifdef RTCERR_CONTROL
#define HINT T16
#else
#define HINT T64K
#endif
// clang-format off
#define ACME_CODES(CODE, RETIRED) \
  CODE(3, a, "错误甲", HINT, "Error a", "", busy, backoff, 0)
// clang-format on
namespace acme {
RTCERR_DEFINE_DOMAIN(long_texts, 1, 10, ACME_CODES);
}  // namespace acme

[[noreturn]] void fail_with_a() { throw rtcerr::exception_for<acme::errc::a>{}; }
