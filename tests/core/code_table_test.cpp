// The compact tables the run-time queries read (rtcerr/core/internal/code_table.hpp):
// every query of an error made at run time answers what the domain's
// `code_info` rows say, each text followed by a NUL (the C API returns them
// as C strings), for listed codes, retired numbers, unlisted values and the
// success code; the thrown exception reads the same tables.
#include <doctest/doctest.h>

#include <cstdint>
#include <string_view>

#include "rtcerr/core/basic_exception.hpp"
#include "rtcerr/core/basic_registry.hpp"
#include "rtcerr/core/error.hpp"

// clang-format off
#define ACME_TABLE_CODES(CODE, RETIRED)                                                    \
  CODE(700001, camera_busy, "摄像头被占用", "关闭其他应用", "Camera is busy",               \
       "Close other apps", busy, backoff, 0)                                                \
  RETIRED(700002, old_codec_error)                                                          \
  CODE(700003, codec_missing, "缺少编解码器", "", "Codec missing", "", not_found, never, 0)  \
  CODE(700007, quota_full, "配额已满", "", "Quota full", "", limit_exceeded, backoff, 0,     \
       unavailable)                                                                         \
  RETIRED(700008, older_error)
#define ACME_TABLE_AUDIO(CODE, RETIRED) \
  CODE(710001, mic_muted, "麦克风已静音", "", "Microphone muted", "", busy, never, 0)
// clang-format on
namespace acme_table {
namespace media {
RTCERR_DEFINE_DOMAIN(media, 700000, 700999, ACME_TABLE_CODES,
                     unknown_in(700500, 700599, busy, backoff));
}
namespace audio {
RTCERR_DEFINE_DOMAIN(audio, 710000, 710999, ACME_TABLE_AUDIO);
}
using registry = rtcerr::make_registry<media::domain, audio::domain>;
using error = rtcerr::basic_error<registry>;
}  // namespace acme_table

namespace {

// A value the compiler cannot see, so that the queries run at run time.
acme_table::error at_run_time(std::int32_t value) {
  volatile std::int32_t hidden = value;
  return acme_table::error::from_wire(hidden);
}

// A text the C API can return: followed by a NUL.
bool nul_terminated(std::string_view s) { return s.data()[s.size()] == '\0'; }

template <class Domain>
void check_domain() {
  for (const rtcerr::code_info& c : Domain::codes) {
    CAPTURE(c.value);
    const acme_table::error e = at_run_time(c.value);
    CHECK(e.known());
    CHECK(e.name() == c.name);
    for (const rtcerr::lang l : {rtcerr::lang::zh, rtcerr::lang::en}) {
      CHECK(e.message(l) == c.message(l));
      CHECK(e.hint(l) == c.hint(l));
      CHECK(nul_terminated(e.message(l)));
      CHECK(nul_terminated(e.hint(l)));
    }
    CHECK(nul_terminated(e.name()));
    CHECK(e.condition() == c.condition);
    CHECK(e.retry() == c.retry);
    CHECK(e.grpc_code() == rtcerr::grpc_code_of(c));
    CHECK(e.http_status() == rtcerr::http_status_of(c));
    CHECK(e.domain_name() == Domain::name);
    CHECK(nul_terminated(e.domain_name()));
  }
  for (const rtcerr::retired_code& r : Domain::retired) {
    CAPTURE(r.value);
    const acme_table::error e = at_run_time(r.value);
    CHECK_FALSE(e.known());
    CHECK(e.retired());
    CHECK(e.name() == r.name);
    CHECK(nul_terminated(e.name()));
    CHECK(e.message(rtcerr::lang::en) == rtcerr::retired_code_message_en);
  }
}

}  // namespace

TEST_CASE("run-time queries read the compact tables and agree with the domains' rows") {
  check_domain<acme_table::media::domain>();
  check_domain<acme_table::audio::domain>();
}

TEST_CASE("unlisted values, values outside every domain and success, at run time") {
  const acme_table::error gap = at_run_time(700004);
  CHECK(gap.name() == "unknown");
  CHECK(gap.message(rtcerr::lang::en) == "unknown media error code");
  CHECK(gap.message(rtcerr::lang::zh) == acme_table::media::domain::unknown_message_zh);
  CHECK(nul_terminated(gap.message(rtcerr::lang::en)));
  CHECK(gap.condition() == rtcerr::condition::unknown);

  const acme_table::error defaulted = at_run_time(700550);
  CHECK(defaulted.condition() == rtcerr::condition::busy);
  CHECK(defaulted.retry() == rtcerr::retry::backoff);

  const acme_table::error outside = at_run_time(123);
  CHECK(outside.domain_name() == "unknown");
  CHECK(outside.message(rtcerr::lang::en) == rtcerr::unknown_code_message_en);

  const acme_table::error ok = at_run_time(0);
  CHECK(ok.name() == rtcerr::success_code.name);
  CHECK(ok.message(rtcerr::lang::en) == rtcerr::success_code.message_en);
  CHECK(nul_terminated(ok.name()));
  CHECK(ok.condition() == rtcerr::condition::success);
}

TEST_CASE("the lookup table is a perfect hash sized for the codes it holds") {
  static_assert(acme_table::registry::perfect_hash());
  for (std::int32_t v = 699990; v < 711010; ++v) {
    bool listed = false;
    for (const rtcerr::code_info* c : acme_table::registry::entries)
      listed = listed || c->value == v;
    CHECK(at_run_time(v).known() == listed);
  }
}

#if RTCERR_HAS_EXCEPTIONS
TEST_CASE("the thrown exception describes the code from the same tables") {
  const acme_table::error e = at_run_time(700007);
  try {
    rtcerr::throw_error(e);
  } catch (const rtcerr::exception& x) {
    CHECK(x.domain_name() == "media");
    const rtcerr::domain_info* d = x.domain<acme_table::registry>();
    REQUIRE(d != nullptr);
    CHECK(d->id == acme_table::media::domain::id);
    CHECK(x.domain<acme_table::registry>() == &acme_table::registry::domains[0]);
  }
  try {
    rtcerr::throw_error(at_run_time(700008));
  } catch (const rtcerr::exception& x) {
    CHECK(x.domain_name() == "media");
  }
}
#endif
