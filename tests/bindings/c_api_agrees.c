/* The generated C constants header (the committed bindings/c/rtcerr_codes.h)
 * and the library's C API (<rtcerr/rtcerr.h>) in one translation unit: they
 * must not clash, and for every code they must say the same, field by field
 * and byte for byte. The C API is the library's own answer, so this ties the
 * committed header to the C++ registry. */
#include <stdio.h>
#include <string.h>

#include "rtcerr/rtcerr.h"
#include "rtcerr_codes.h"

static int failures = 0;

static void expect_text(int64_t code, const char* what, const char* header, const char* api) {
  if (strcmp(header, api) != 0) {
    printf("%lld %s: header '%s', C API '%s'\n", (long long)code, what, header, api);
    ++failures;
  }
}

static void expect_int(int64_t code, const char* what, long long header, long long api) {
  if (header != api) {
    printf("%lld %s: header %lld, C API %lld\n", (long long)code, what, header, api);
    ++failures;
  }
}

int main(void) {
  size_t i;
  /* The header lists success too; the C API's count does not. */
  expect_int(0, "count", (long long)RTCERR_CODE_COUNT - 1, (long long)rtcerr_code_count());
  for (i = 0; i < RTCERR_CODE_COUNT; ++i) {
    const rtcerr_code_info* c = &rtcerr_code_table[i];
    expect_int(c->code, "known", 1, rtcerr_is_known(c->code) ? 1 : 0);
    expect_text(c->code, "domain", c->domain, rtcerr_domain_name(c->code));
    expect_text(c->code, "name", c->name, rtcerr_name(c->code));
    expect_text(c->code, "message_zh", c->message_zh, rtcerr_message(c->code, RTCERR_LANG_ZH));
    expect_text(c->code, "message_en", c->message_en, rtcerr_message(c->code, RTCERR_LANG_EN));
    expect_text(c->code, "hint_zh", c->hint_zh, rtcerr_hint(c->code, RTCERR_LANG_ZH));
    expect_text(c->code, "hint_en", c->hint_en, rtcerr_hint(c->code, RTCERR_LANG_EN));
    expect_text(c->code, "condition", c->condition, rtcerr_condition_name(c->code));
    expect_text(c->code, "retry", c->retry, rtcerr_retry_name(c->code));
    expect_int(c->code, "http_status", c->http_status, rtcerr_http_status(c->code));
    if (i > 0) expect_int(c->code, "order", c->code, rtcerr_code_at(i - 1));
  }
  /* Unlisted numbers: both say unknown, in the same domain. */
  {
    const int64_t unlisted[] = {998, 1009999, 605030002, 606009999, 1000, -1};
    for (i = 0; i < sizeof unlisted / sizeof unlisted[0]; ++i) {
      const rtcerr_code_info u = rtcerr_codes_lookup(unlisted[i]);
      expect_int(unlisted[i], "known", u.known, rtcerr_is_known(unlisted[i]) ? 1 : 0);
      expect_text(unlisted[i], "domain", u.domain, rtcerr_domain_name(unlisted[i]));
      expect_text(unlisted[i], "message_en", u.message_en,
                  rtcerr_message(unlisted[i], RTCERR_LANG_EN));
    }
  }
  if (failures == 0) printf("%d codes agree with the C API\n", (int)RTCERR_CODE_COUNT);
  return failures == 0 ? 0 : 1;
}
