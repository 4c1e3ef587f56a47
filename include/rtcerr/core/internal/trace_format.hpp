// rtcerr/core/internal/trace_format.hpp - how a trace reads in a log line.
//
// Included by rtcerr/core/basic_format.hpp; its writers are
// rtcerr/core/internal/writers.hpp. `{:t}` on a result or an
// exception writes the error line, then one line per hop, origin first, then
// the context:
//
//   media.camera_busy (700001): 摄像头被占用
//     at camera.cpp:2 open_camera
//     at camera.cpp:6 start_preview: open_camera(index)
//     context: camera=0 user="ana"
//
// A hop shows the last component of the file name (the full name is in the
// JSON form), the line, the function's qualified name without its return
// and parameter types, and, for RTCERR_TRY, the expression tried. A text
// value cut to fit the record ends with "…". When there is no trace to show,
// one line in parentheses says why.
//
// `{:tj}` writes one JSON object: {"error": <the {:j} object>, "trace":
// {"status": "present"|"lost"|"none", "origin": bool, "sites": [{"file",
// "line", "function", "expression" (null at the origin)}...], "sites_dropped":
// n, "copied": bool (copies extended along several paths: the sites may mix
// them), "context": [{"key", "value" (string or integer), "cut"}...],
// "context_dropped": n}}.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "rtcerr/core/internal/trace_storage.hpp"
#include "rtcerr/core/internal/writers.hpp"

namespace rtcerr::detail {

// "dir/sub/file.cpp" -> "file.cpp"; either separator.
constexpr std::string_view file_last_component(std::string_view file) noexcept {
  const std::size_t slash = file.find_last_of("/\\");
  return slash == std::string_view::npos ? file : substring(file, slash + 1);
}

// "ns::R<int> ns::open(const char*) [with ...]" -> "ns::open": the text before
// the parameter list, after the return type. Compilers spell signatures
// differently; the qualified name is what they agree on.
constexpr std::string_view short_function_name(std::string_view f) noexcept {
  int depth = 0;  // of <...>
  std::size_t start = 0, end = f.size();
  for (std::size_t i = 0; i < f.size(); ++i) {
    const char c = f[i];
    if (c == '<') ++depth;
    if (c == '>' && depth > 0) --depth;
    if (depth != 0) continue;
    if (c == ' ') start = i + 1;
    if (c == '(') {
      // "(anonymous namespace)::" is part of the name; any other '(' opens
      // the parameter list.
      const std::size_t close = f.find(')', i);
      if (close != std::string_view::npos && substring(f, close + 1, 2) == "::") {
        i = close;
        continue;
      }
      end = i;
      break;
    }
  }
  return start < end ? substring(f, start, end - start) : f;
}

template <class Out>
Out put_trace_text_value(Out out, const trace_context_entry& e) {
  if (!e.is_text) return put_int(out, e.integer);
  *out++ = '"';
  out = put(out, e.text_view());
  if (e.cut) out = put(out, "…");
  *out++ = '"';
  return out;
}

// The lines after the error line, each starting with a newline.
template <class Out>
Out put_trace_text(Out out, const trace_snapshot& t) {
  if (t.state == trace_snapshot::status::none)
    return put(out, RTCERR_TRACES ? "\n  (no trace: made without rtcerr::fail or RTCERR_TRY)"
                                  : "\n  (no trace: traces are compiled out, RTCERR_TRACES=0)");
  if (t.state == trace_snapshot::status::lost)
    return put(out,
               "\n  (trace lost: newer failures reused its record, or it was read or extended on "
               "another thread)");
#if RTCERR_TRACES
  if (!t.has_origin) out = put(out, "\n  (origin not traced: made without rtcerr::fail)");
  for (std::size_t i = 0; i < t.site_count; ++i) {
    const trace_site s = t.site(i);
    out = put(out, "\n  at ");
    out = put(out, file_last_component(s.location.file_name()));
    *out++ = ':';
    out = put_int(out, s.location.line());
    *out++ = ' ';
    out = put(out, short_function_name(s.location.function_name()));
    if (s.expression != nullptr) {
      out = put(out, ": ");
      out = put(out, s.expression);
    }
  }
  if (t.copied) out = put(out, "\n  (copied: hops of another path may be mixed in)");
  if (t.sites_dropped != 0) {
    out = put(out, "\n  ... ");
    out = put_int(out, t.sites_dropped);
    out = put(out, " more hops not kept");
  }
  if (t.context_count != 0 || t.context_dropped != 0) {
    out = put(out, "\n  context:");
    for (std::size_t i = 0; i < t.context_count; ++i) {
      *out++ = ' ';
      out = put(out, t.context[i].key_view());
      *out++ = '=';
      out = put_trace_text_value(out, t.context[i]);
    }
    if (t.context_dropped != 0) {
      out = put(out, " (");
      out = put_int(out, t.context_dropped);
      out = put(out, " more not kept)");
    }
  }
#endif
  return out;
}

template <class Out>
Out put_trace_json(Out out, const trace_snapshot& t) {
  out = put(out, "{\"status\":");
  out = put(out, t.state == trace_snapshot::status::present ? "\"present\""
                 : t.state == trace_snapshot::status::lost  ? "\"lost\""
                                                            : "\"none\"");
  out = put(out, ",\"origin\":");
  out = put(out, t.has_origin ? "true" : "false");
  out = put(out, ",\"sites\":[");
#if RTCERR_TRACES
  for (std::size_t i = 0; i < t.site_count; ++i) {
    const trace_site s = t.site(i);
    if (i != 0) *out++ = ',';
    out = put_json_string(put(out, "{\"file\":"), s.location.file_name());
    out = put_int(put(out, ",\"line\":"), s.location.line());
    out = put_json_string(put(out, ",\"function\":"), s.location.function_name());
    out = put(out, ",\"expression\":");
    out = s.expression != nullptr ? put_json_string(out, s.expression) : put(out, "null");
    *out++ = '}';
  }
#endif
  out = put_int(put(out, "],\"sites_dropped\":"), t.sites_dropped);
  out = put(put(out, ",\"copied\":"), t.copied ? "true" : "false");
  out = put(out, ",\"context\":[");
#if RTCERR_TRACES
  for (std::size_t i = 0; i < t.context_count; ++i) {
    const trace_context_entry& e = t.context[i];
    if (i != 0) *out++ = ',';
    out = put_json_string(put(out, "{\"key\":"), e.key_view());
    out = put(out, ",\"value\":");
    out = e.is_text ? put_json_string(out, e.text_view()) : put_int(out, e.integer);
    out = put(put(out, ",\"cut\":"), e.cut ? "true" : "false");
    *out++ = '}';
  }
#endif
  out = put_int(put(out, "],\"context_dropped\":"), t.context_dropped);
  *out++ = '}';
  return out;
}

// What {:t} and {:tj} write for an error `e` (a basic_error, or the error an
// exception reports) with trace `t`.
template <class Error, class Out>
Out write_traced_error(Out out, const Error& e, const trace_snapshot& t, format_spec spec) {
  if (spec.field == format_field::json) {
    out = write_error_for_fmt(put(out, "{\"error\":"), e, spec);
    out = put_trace_json(put(out, ",\"trace\":"), t);
    *out++ = '}';
    return out;
  }
  return put_trace_text(write_error_for_fmt(out, e, spec), t);
}

}  // namespace rtcerr::detail
