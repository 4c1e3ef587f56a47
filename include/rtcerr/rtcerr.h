/* rtcerr/rtcerr.h - the platform's error catalogue, from C and from any
 * language with a C FFI (Python ctypes, Unity P/Invoke, Dart FFI, JNI, Swift).
 *
 *   #include <rtcerr/rtcerr.h>
 *
 *   printf("%s.%s: %s\n", rtcerr_domain_name(code), rtcerr_name(code),
 *          rtcerr_message(code, RTCERR_LANG_EN));
 *   // recording.stream_data_timeout: Stream data timed out
 *
 * Valid C11 and C++; link the rtcerr library (static or shared), which
 * compiles these functions (src/c_api/c_api.cpp). They answer the same as the C++
 * queries of rtcerr::error (rtcerr/core/error.hpp), for a code given as any
 * int64_t:
 *   - Every function is defined for every input: any code (values outside
 *     the 32-bit range are unknown codes of no domain), any index, any
 *     language value (anything but RTCERR_LANG_EN means Chinese).
 *   - Strings are UTF-8, NUL-terminated, in static storage: never NULL,
 *     never to be freed, valid for the life of the process. Thread-safe:
 *     nothing is computed at run time beyond a table lookup.
 *   - 0 is success: known, domain "unknown" (it belongs to no domain), name
 *     "success".
 */
#ifndef RTCERR_RTCERR_H
#define RTCERR_RTCERR_H

#include <stddef.h>
#include <stdint.h>

#include "rtcerr/core/internal/export.hpp" /* RTCERR_API: plain preprocessor, valid C */

#ifdef __cplusplus
extern "C" {
#endif

/* The language of a message or hint. */
typedef enum rtcerr_lang { RTCERR_LANG_ZH = 0, RTCERR_LANG_EN = 1 } rtcerr_lang;

/* 1 for 0 and every listed code of the catalogue; 0 for anything else
 * (retired numbers, unknown values inside a domain's range, other values). */
RTCERR_API int rtcerr_is_known(int64_t code);

/* The name of the domain whose range contains `code` ("recording"), or
 * "unknown" for 0 and for values outside every range. */
RTCERR_API const char* rtcerr_domain_name(int64_t code);

/* The code's snake_case name ("stream_data_timeout"); a retired number keeps
 * its old name; "unknown" for any other value. */
RTCERR_API const char* rtcerr_name(int64_t code);

/* The message in `language`. For a value that is not a listed code, a
 * message saying so (an unknown code of its domain, a retired code, or an
 * unknown code). */
RTCERR_API const char* rtcerr_message(int64_t code, rtcerr_lang language);

/* What to check or do, in `language`; "" when the code has no hint or is not
 * a listed code. */
RTCERR_API const char* rtcerr_hint(int64_t code, rtcerr_lang language);

/* The generic condition's name ("timeout"); "success" for 0, "unknown" for a
 * value that is not a listed code. */
RTCERR_API const char* rtcerr_condition_name(int64_t code);

/* The retry policy: "never", "backoff" or "refresh_credentials"; "never"
 * for a value that is not a listed code. */
RTCERR_API const char* rtcerr_retry_name(int64_t code);

/* The HTTP status the code maps to; 0 where it has none or is not listed. */
RTCERR_API int rtcerr_http_status(int64_t code);

/* The number of listed failure codes (success, 0, is not counted). */
RTCERR_API size_t rtcerr_code_count(void);

/* The listed failure code at `index`, domain after domain in ascending order
 * of their ranges, each domain's codes ascending; 0 when `index` is
 * rtcerr_code_count() or more. */
RTCERR_API int32_t rtcerr_code_at(size_t index);

/* The library's version, "MAJOR.MINOR.PATCH" (RTCERR_VERSION_STRING of
 * rtcerr/version.hpp, as the library was built). */
RTCERR_API const char* rtcerr_version(void);

/* --- Failure counters (docs/observability.md) ---------------------------
 * The catalogue's per-code counters, the ones C++ code counts into
 * (rtcerr/core/counters.hpp): "made" counts failures made by rtcerr results,
 * "answered" counts what rtcerr::count (or rtcerr_count_answer) was given.
 * A value that is not a listed code reads the bucket of its domain's unknown
 * values, or the one outside every domain; 0 reads 0. With the library built
 * without counters (RTCERR_FAILURE_COUNTERS=0) every count is 0. */

/* 1 when the library counts failures, else 0. */
RTCERR_API int rtcerr_failure_counters_enabled(void);

/* Failures made so far, in the bucket of `code`. */
RTCERR_API uint64_t rtcerr_failures_made(int64_t code);

/* Answers counted so far, in the bucket of `code`. */
RTCERR_API uint64_t rtcerr_failures_answered(int64_t code);

/* Counts one answer of `code` (a response an FFI service sent); nothing for
 * 0. No allocation, no lock. */
RTCERR_API void rtcerr_count_answer(int64_t code);

/* The exposition formats of rtcerr_metrics_text. */
typedef enum rtcerr_metrics_format {
  RTCERR_METRICS_OPENMETRICS = 0, /* OpenMetrics 1.0 text, ends with "# EOF" */
  RTCERR_METRICS_PROMETHEUS = 1   /* Prometheus text format 0.0.4 */
} rtcerr_metrics_format;

/* Writes the counters' exposition into `buffer` (at most `size` bytes,
 * NUL-terminated and cut when it does not fit; `buffer` may be NULL when
 * `size` is 0) and returns its full length without the NUL, as snprintf
 * does: call with size 0 to learn the size to allocate. An unknown format is
 * taken as OpenMetrics. Allocates while it writes: call it from a scrape
 * handler, not from a signal handler. */
RTCERR_API size_t rtcerr_metrics_text(char* buffer, size_t size, rtcerr_metrics_format format);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* RTCERR_RTCERR_H */
