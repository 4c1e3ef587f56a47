/* The C API from C: built with gcc -std=c11 -Wall -Wextra -Werror -pedantic
 * and linked with the rtcerr library. Every expected value below is written
 * by hand from the catalogue (tests/data/error-codes.md) and from the
 * contract in rtcerr/rtcerr.h, not taken from the library. */
#include <rtcerr/rtcerr.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <rtcerr/version.hpp>

static int failures = 0;

static void expect(int ok, const char* what, long long code) {
  if (!ok) {
    fprintf(stderr, "c_api_test: FAILED: %s (code %lld)\n", what, code);
    ++failures;
  }
}

static void expect_str(const char* got, const char* want, const char* what, long long code) {
  if (got == NULL) {
    fprintf(stderr, "c_api_test: FAILED: %s is NULL (code %lld)\n", what, code);
    ++failures;
  } else if (strcmp(got, want) != 0) {
    fprintf(stderr, "c_api_test: FAILED: %s is \"%s\", expected \"%s\" (code %lld)\n", what, got,
            want, code);
    ++failures;
  }
}

/* What every function answers for a value that is not a listed code. */
static void expect_unlisted(int64_t code, const char* domain) {
  expect(rtcerr_is_known(code) == 0, "not known", (long long)code);
  expect_str(rtcerr_domain_name(code), domain, "domain", (long long)code);
  expect_str(rtcerr_name(code), "unknown", "name", (long long)code);
  expect(strlen(rtcerr_message(code, RTCERR_LANG_ZH)) > 0, "zh message", (long long)code);
  expect(strlen(rtcerr_message(code, RTCERR_LANG_EN)) > 0, "en message", (long long)code);
  expect_str(rtcerr_hint(code, RTCERR_LANG_ZH), "", "zh hint", (long long)code);
  expect_str(rtcerr_hint(code, RTCERR_LANG_EN), "", "en hint", (long long)code);
  expect_str(rtcerr_condition_name(code), "unknown", "condition", (long long)code);
  expect_str(rtcerr_retry_name(code), "never", "retry", (long long)code);
  expect(rtcerr_http_status(code) == 0, "http status", (long long)code);
}

int main(void) {
  size_t i;
  const size_t count = rtcerr_code_count();

  /* A recording code, every field. */
  expect(rtcerr_is_known(605030046) == 1, "known", 605030046);
  expect_str(rtcerr_domain_name(605030046), "recording", "domain", 605030046);
  expect_str(rtcerr_name(605030046), "stream_data_timeout", "name", 605030046);
  expect_str(rtcerr_message(605030046, RTCERR_LANG_ZH), "流数据超时", "zh message", 605030046);
  expect_str(rtcerr_condition_name(605030046), "timeout", "condition", 605030046);
  expect_str(rtcerr_retry_name(605030046), "backoff", "retry", 605030046);
  expect(rtcerr_http_status(605030046) == 0 || rtcerr_http_status(605030046) >= 400, "http status",
         605030046);

  /* Gateway codes: HTTP statuses and retry policies from the design notes. */
  expect(rtcerr_http_status(606000001) == 401, "token expired is 401", 606000001);
  expect_str(rtcerr_retry_name(606000001), "refresh_credentials", "retry", 606000001);
  expect(rtcerr_http_status(606000006) == 503, "system busy is 503", 606000006);
  expect_str(rtcerr_retry_name(606000006), "backoff", "retry", 606000006);
  expect_str(rtcerr_condition_name(606000000), "authentication_failed", "condition", 606000000);
  expect_str(rtcerr_condition_name(1), "invalid_argument", "condition", 1);
  expect_str(rtcerr_retry_name(1), "never", "retry", 1);
  expect_str(rtcerr_domain_name(1000000), "session", "domain", 1000000);
  expect_str(rtcerr_domain_name(1), "engine", "domain", 1);
  expect_str(rtcerr_message(1, RTCERR_LANG_ZH), "非法参数", "zh message", 1);

  /* Success. */
  expect(rtcerr_is_known(0) == 1, "0 is known", 0);
  expect_str(rtcerr_domain_name(0), "unknown", "0 belongs to no domain", 0);
  expect_str(rtcerr_name(0), "success", "name", 0);
  expect_str(rtcerr_condition_name(0), "success", "condition", 0);

  /* Any language value but EN is Chinese. */
  expect_str(rtcerr_message(1, (rtcerr_lang)7), rtcerr_message(1, RTCERR_LANG_ZH),
             "language 7 falls back to zh", 1);
  expect_str(rtcerr_message(1, (rtcerr_lang)-1), rtcerr_message(1, RTCERR_LANG_ZH),
             "language -1 falls back to zh", 1);
  expect(strcmp(rtcerr_message(1, RTCERR_LANG_EN), rtcerr_message(1, RTCERR_LANG_ZH)) != 0,
         "English differs from Chinese", 1);

  /* Unknown values: gaps, other ranges, and 64-bit values that would
   * narrow to listed codes (4294967297 is 1 + 2^32). */
  expect_unlisted(605030002, "recording");
  expect_unlisted(999, "engine");
  expect_unlisted(-1, "unknown");
  expect_unlisted(4294967297LL, "unknown");
  expect_unlisted(INT64_MAX, "unknown");
  expect_unlisted(INT64_MIN, "unknown");
  expect_unlisted(INT32_MAX, "unknown");

  /* The listed failure codes: 79, each known and described, none is 0,
   * strictly ascending within a domain; 0 past the end. */
  expect(count == 79, "79 listed failure codes", (long long)count);
  for (i = 0; i < count; ++i) {
    const int32_t code = rtcerr_code_at(i);
    expect(code != 0, "code_at is not 0 inside the list", (long long)i);
    expect(rtcerr_is_known(code) == 1, "code_at gives a known code", code);
    expect(strcmp(rtcerr_name(code), "unknown") != 0, "a listed code has a name", code);
    expect(strcmp(rtcerr_domain_name(code), "unknown") != 0, "a listed code has a domain", code);
    expect(strlen(rtcerr_message(code, RTCERR_LANG_EN)) > 0, "en message", code);
    expect(strcmp(rtcerr_condition_name(code), "unknown") != 0, "condition", code);
    if (i > 0 && strcmp(rtcerr_domain_name(code), rtcerr_domain_name(rtcerr_code_at(i - 1))) == 0)
      expect(code > rtcerr_code_at(i - 1), "ascending within a domain", code);
  }
  expect(rtcerr_code_at(count) == 0, "0 at the end", (long long)count);
  expect(rtcerr_code_at((size_t)-1) == 0, "0 at SIZE_MAX", -1);

  expect_str(rtcerr_version(), RTCERR_VERSION_STRING, "version", 0);

  if (failures == 0) printf("c_api_test: %zu codes checked\n", count);
  return failures == 0 ? 0 : 1;
}
