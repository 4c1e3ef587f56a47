// C: rtcerr_codes.h, a self-contained C11 (and C++) header: an enum of the
// codes, a static table, and `rtcerr_codes_lookup(code)`, which accepts any
// number a peer sends. It needs no library: FFI users who link the rtcerr C
// API (<rtcerr/rtcerr.h>) get the same data from it at run time; this header
// is for C code that only needs the constants and texts at compile time.
// Strings are written with octal escapes (ASCII output, and an escape that
// cannot swallow a following hex digit, as \x would), and '?' as \? so that
// no "??/" becomes a trigraph (C11 compilers in strict mode replace them).
#include "generate.hpp"
#include "text_file.hpp"

namespace rtcerr::cli {
namespace {

constexpr literal_syntax lit{unicode_escape::octal_bytes, "?", "0"};

}  // namespace

std::string c_constant(const model_code& code, const generate_options&) {
  return "RTCERR_CODE_" + upper_snake(qualified_name(code));
}

std::vector<generated_file> generate_c(const catalogue_model& model, const generate_options&) {
  std::string out =
      generated_header(model, "/* ", "rtcerr_codes.h - the RTC platform's error codes, for C.");
  // generated_header writes line comments' prefix only; close each line.
  std::string closed;
  for (std::size_t start = 0; start < out.size();) {
    const std::size_t end = out.find('\n', start);
    closed += out.substr(start, end - start) + " */\n";
    start = end + 1;
  }
  out = closed;
  out += R"(/*
 * Branch on rtcerr_codes_lookup(code).condition (shared across domains) or
 * compare with the RTCERR_CODE_ constants. rtcerr_codes_lookup never fails:
 * a number that is not listed here (a newer server's code) gives known == 0,
 * the number as received and the domain whose range holds it. Every string
 * is static UTF-8, never NULL. Programs that link the rtcerr library can use
 * the constants with its C API as well (<rtcerr/rtcerr.h>; the two headers
 * coexist): rtcerr_message(RTCERR_CODE_GATEWAY_SYSTEM_BUSY, RTCERR_LANG_EN).
 */
#ifndef RTCERR_CODES_H
#define RTCERR_CODES_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define RTCERR_CODES_CATALOGUE_VERSION )" +
         lit(model.version) + "\n#define RTCERR_CODES_CATALOGUE_FINGERPRINT " +
         lit(model.fingerprint) + "\n\n/* Every code of the catalogue. */\nenum rtcerr_code {\n";
  for (const model_code& c : model.codes)
    out += "  /* " + comment_text(c.message_en) + " */\n  RTCERR_CODE_" +
           upper_snake(qualified_name(c)) + " = " + std::to_string(c.value) + ",\n";
  out += R"(};

/* Everything the catalogue says about one code. */
typedef struct rtcerr_code_info {
  int64_t code;           /* the number, as received (kept as is when unknown) */
  int known;              /* 0 for a number this catalogue does not list */
  const char* domain;     /* "engine", ..., or "unknown" */
  const char* name;       /* snake_case, unique within the domain; "unknown" when not known */
)" +
         text_fields(model, "",
                     [](const std::string& field, const model_locale&, bool) {
                       return "  const char* " + field + ";\n";
                     }) +
         R"(  const char* condition;  /* the generic condition, e.g. "timeout" */
  const char* retry;      /* "never", "backoff" or "refresh_credentials" */
  int http_status;        /* the HTTP status a service answers with; 0 where none */
  int grpc_code;          /* the google.rpc.Code a gRPC service answers with (2: UNKNOWN when not known) */
} rtcerr_code_info;

/* A domain: its name, its range, the messages of a number it does not list. */
typedef struct rtcerr_code_domain {
  const char* name;
  int64_t first;
  int64_t last;
)" +
         joined(model.locales, "",
                [](const model_locale& l) {
                  return "  const char* unknown_message_" + l.tag + ";\n";
                }) +
         R"(} rtcerr_code_domain;

static const rtcerr_code_domain rtcerr_code_domains[] = {
)";
  for (const model_domain& d : model.domains)
    out += "  {" + lit(d.name) + ", " + std::to_string(d.first) + ", " + std::to_string(d.last) +
           ", " + unknown_messages(model, d, lit) + "},\n";
  out +=
      "};\n\n/* Every code, success first, ascending within each domain. */\n"
      "static const rtcerr_code_info rtcerr_code_table[] = {\n";
  for (const model_code& c : model.codes)
    out += "  {" + code_row(model, c, {lit, lit, lit, lit, "1"}) + "},\n";
  out +=
      "};\n\n/* What an unlisted number defaults to: each domain's parts of its range,\n"
      " * then its whole range; the first that holds a number applies. */\n"
      "typedef struct rtcerr_code_unknown_default {\n  int64_t first;\n  int64_t last;\n"
      "  const char* condition;\n  const char* retry;\n  int http_status;\n  int grpc_code;\n"
      "} rtcerr_code_unknown_default;\n\n"
      "static const rtcerr_code_unknown_default rtcerr_code_unknown_defaults[] = {\n" +
      joined(unknown_default_rows(model), "",
             [](const model_unknown_default& u) {
               return "  {" + std::to_string(u.first) + ", " + std::to_string(u.last) + ", " +
                      lit(u.condition) + ", " + lit(u.retry) + ", " +
                      std::to_string(u.http_status) + ", " + std::to_string(u.grpc_code) + "},\n";
             }) +
      "};\n\n#define RTCERR_CODE_COUNT (sizeof rtcerr_code_table / sizeof rtcerr_code_table[0])\n"
      "#define RTCERR_CODE_DOMAIN_COUNT \\\n"
      "  (sizeof rtcerr_code_domains / sizeof rtcerr_code_domains[0])\n\n";
  out +=
      "/* The domain whose range holds `code`; \"unknown\" outside every range. */\n"
      "static inline const char* rtcerr_codes_domain_of(int64_t code) {\n"
      "  size_t i;\n"
      "  for (i = 0; i < RTCERR_CODE_DOMAIN_COUNT; ++i)\n"
      "    if (code >= rtcerr_code_domains[i].first && code <= rtcerr_code_domains[i].last)\n"
      "      return rtcerr_code_domains[i].name;\n"
      "  return \"unknown\";\n}\n\n";
  out +=
      "/* Everything known about `code`. Never fails: a number not in the catalogue\n"
      " * gives known == 0, keeps the number and names the domain of its range. */\n"
      "static inline rtcerr_code_info rtcerr_codes_lookup(int64_t code) {\n"
      "  rtcerr_code_info info = {0, 0, \"unknown\", \"unknown\", " +
      text_fields(model, ", ",
                  [&model](const std::string&, const model_locale& l, bool hint) {
                    return hint ? std::string("\"\"") : lit(model.*l.outside_message);
                  }) +
      R"(,
                            "unknown", "never", 0, @UNKNOWN_GRPC_CODE@};
  size_t i;
  /* The table is short (a linear scan of ~100 entries) and this is not a hot path. */
  for (i = 0; i < RTCERR_CODE_COUNT; ++i)
    if (rtcerr_code_table[i].code == code) return rtcerr_code_table[i];
  info.code = code;
  for (i = 0; i < RTCERR_CODE_DOMAIN_COUNT; ++i) {
    if (code >= rtcerr_code_domains[i].first && code <= rtcerr_code_domains[i].last) {
      info.domain = rtcerr_code_domains[i].name;
)" +
      joined(model.locales, "",
             [](const model_locale& l) {
               return "      info.message_" + l.tag + " = rtcerr_code_domains[i].unknown_message_" +
                      l.tag + ";\n";
             }) +
      R"(    }
  }
  for (i = 0; i < sizeof rtcerr_code_unknown_defaults / sizeof rtcerr_code_unknown_defaults[0];
       ++i) {
    if (code >= rtcerr_code_unknown_defaults[i].first &&
        code <= rtcerr_code_unknown_defaults[i].last) {
      info.condition = rtcerr_code_unknown_defaults[i].condition;
      info.retry = rtcerr_code_unknown_defaults[i].retry;
      info.http_status = rtcerr_code_unknown_defaults[i].http_status;
      info.grpc_code = rtcerr_code_unknown_defaults[i].grpc_code;
      break;
    }
  }
  return info;
}

#ifdef __cplusplus
}
#endif

#endif /* RTCERR_CODES_H */
)";
  return {{"rtcerr_codes.h", with_unknown_grpc_code(out, model)}};
}

}  // namespace rtcerr::cli
