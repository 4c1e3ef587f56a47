/* Exercises the generated rtcerr_codes.h (compiled as C11 with every
 * warning an error): prints, for check.py to compare with the catalogue, a
 * few constants (C cannot list them), every code of the codes file as
 * rtcerr_codes_lookup reports it (texts as hex of their bytes), and the
 * count. */
#include <stdio.h>
#include <stdlib.h>

#include "rtcerr_codes.h"

static void put_hex(const char* text) {
  putchar('\t');
  for (; *text != '\0'; ++text) printf("%02x", (unsigned)(unsigned char)*text);
}

int main(int argc, char** argv) {
  FILE* codes;
  long long value;
  if (argc != 2 || (codes = fopen(argv[1], "r")) == NULL) return 2;
  printf("E\tRTCERR_CODE_SUCCESS\t%d\n", (int)RTCERR_CODE_SUCCESS);
  printf("E\tRTCERR_CODE_ENGINE_INVALID_ARGUMENT\t%d\n", (int)RTCERR_CODE_ENGINE_INVALID_ARGUMENT);
  printf("E\tRTCERR_CODE_RECORDING_STREAM_DATA_TIMEOUT\t%d\n",
         (int)RTCERR_CODE_RECORDING_STREAM_DATA_TIMEOUT);
  printf("E\tRTCERR_CODE_GATEWAY_SYSTEM_BUSY\t%d\n", (int)RTCERR_CODE_GATEWAY_SYSTEM_BUSY);
  while (fscanf(codes, "%lld", &value) == 1) {
    const rtcerr_code_info i = rtcerr_codes_lookup(value);
    printf("C\t%lld\t%d\t%s\t%s", (long long)i.code, i.known, i.domain, i.name);
    put_hex(i.message_zh);
    put_hex(i.message_en);
    put_hex(i.hint_zh);
    put_hex(i.hint_en);
    printf("\t%s\t%s\t", i.condition, i.retry);
    if (i.http_status != 0) printf("%d", i.http_status);
    printf("\t%d\n", i.grpc_code);
  }
  fclose(codes);
  printf("N\t%d\n", (int)RTCERR_CODE_COUNT);
  return 0;
}
