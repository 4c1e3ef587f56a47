/* The failure counters through the C API (rtcerr/rtcerr.h), from C: answers
 * counted and read back per bucket, and the exposition sized and written
 * snprintf-style. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rtcerr/rtcerr.h"

static int failures = 0;
#define EXPECT(cond)                                                     \
  do {                                                                   \
    if (!(cond)) {                                                       \
      fprintf(stderr, "%s:%d: failed: %s\n", __FILE__, __LINE__, #cond); \
      ++failures;                                                        \
    }                                                                    \
  } while (0)

int main(void) {
  uint64_t before, unknown_before, outside_before;
  size_t needed, written;
  char small[16];
  char* text;

  EXPECT(rtcerr_failure_counters_enabled() == 1);
  before = rtcerr_failures_answered(605030046);
  unknown_before = rtcerr_failures_answered(605030002);
  outside_before = rtcerr_failures_answered(42000);
  rtcerr_count_answer(605030046);
  rtcerr_count_answer(605030046);
  rtcerr_count_answer(605039998);           /* recording's range, not listed: its unknown bucket */
  rtcerr_count_answer(INT64_C(9000000000)); /* outside int32: outside every domain */
  rtcerr_count_answer(0);                   /* nothing */
  EXPECT(rtcerr_failures_answered(605030046) - before == 2);
  EXPECT(rtcerr_failures_answered(605030002) - unknown_before == 1);
  EXPECT(rtcerr_failures_answered(-1) - outside_before == 1);
  EXPECT(rtcerr_failures_made(605030046) == 0); /* C made no failures */
  EXPECT(rtcerr_failures_answered(0) == 0);

  needed = rtcerr_metrics_text(NULL, 0, RTCERR_METRICS_OPENMETRICS);
  EXPECT(needed > 1000);
  written = rtcerr_metrics_text(small, sizeof small, RTCERR_METRICS_OPENMETRICS);
  EXPECT(written == needed);
  EXPECT(strlen(small) == sizeof small - 1);
  text = malloc(needed + 1);
  EXPECT(text != NULL);
  if (text != NULL) {
    EXPECT(rtcerr_metrics_text(text, needed + 1, RTCERR_METRICS_OPENMETRICS) == needed);
    EXPECT(strlen(text) == needed);
    EXPECT(strstr(text,
                  "rtcerr_answers_total{domain=\"recording\",code=\"605030046\","
                  "name=\"stream_data_timeout\",condition=\"timeout\"} 2\n") != NULL);
    EXPECT(strcmp(text + needed - 6, "# EOF\n") == 0);
    free(text);
  }
  needed = rtcerr_metrics_text(NULL, 0, RTCERR_METRICS_PROMETHEUS);
  text = malloc(needed + 1);
  if (text != NULL) {
    rtcerr_metrics_text(text, needed + 1, RTCERR_METRICS_PROMETHEUS);
    EXPECT(strncmp(text, "# HELP rtcerr_failures_total ", 29) == 0);
    EXPECT(strstr(text, "# EOF") == NULL);
    free(text);
  }
  if (failures != 0) return 1;
  puts("c_api_counters_test: ok");
  return 0;
}
