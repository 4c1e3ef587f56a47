// expect: result_value_has_no_json_form_see_docs_formatting_md
// {:j} writes a successful result's value as JSON; a value type with no JSON
// form (here a struct with only a fmt::formatter) is a compile error rather
// than text that is not JSON.
#include <fmt/format.h>

#include <rtcerr/format.hpp>
#include <string>

struct point {
  int x, y;
};

template <>
struct fmt::formatter<point> {
  constexpr auto parse(fmt::format_parse_context& ctx) { return ctx.begin(); }
  template <class FormatContext>
  auto format(point p, FormatContext& ctx) const {
    return fmt::format_to(ctx.out(), "({}, {})", p.x, p.y);
  }
};

std::string log_line(const rtcerr::result<point>& r) {
#ifdef RTCERR_CONTROL
  return fmt::format("{} {:c}", r, r);
#else
  return fmt::format("{:j}", r);
#endif
}
