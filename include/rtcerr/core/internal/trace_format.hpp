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
#include "rtcerr/core/trace_remote.hpp"

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
  if (e.sensitive) return put(out, "<redacted>");
  if (!e.is_text) return put_int(out, e.integer);
  *out++ = '"';
  out = put(out, e.text_view());
  if (e.cut) out = put(out, "…");
  *out++ = '"';
  return out;
}

// The remote part's lines: each service, its sites and context, indented
// under "in service NAME (trace ID):".
template <class Out>
Out put_remote_trace_text(Out out, const remote_trace& r) {
  if (r.refused) {
    out = put(out, "\n  (remote trace refused: ");
    out = put(out, view_of(r.text, r.text_used));
    return put(out, ")");
  }
  if (r.service_count == 0 && r.services_dropped == 0)
    return put(out, "\n  (the service sent no trace)");
  for (std::size_t s = 0; s < r.service_count; ++s) {
    const remote_service& v = r.services[s];
    out = put(out, "\n  in service ");
    out = v.name.length != 0 ? put(out, r.view(v.name)) : put(out, "<unnamed>");
    if (v.has_trace_id) {
      out = put(out, " (trace ");
      out = put(out, v.trace_id_view());
      *out++ = ')';
    }
    *out++ = ':';
    if (!v.origin) out = put(out, "\n    (origin not traced: made without rtcerr::fail)");
    for (std::size_t i = v.first_site; i < std::size_t{v.first_site} + v.site_count; ++i) {
      const remote_site& site = r.sites[i];
      out = put(out, "\n    at ");
      out = put(out, file_last_component(r.view(site.file)));
      *out++ = ':';
      out = put_int(out, site.line);
      *out++ = ' ';
      out = put(out, r.view(site.function));
      if (site.has_expression) {
        out = put(out, ": ");
        out = put(out, r.view(site.expression));
      }
    }
    if (v.copied) out = put(out, "\n    (copied: hops of another path may be mixed in)");
    if (v.sites_dropped != 0) {
      out = put(out, "\n    ... ");
      out = put_int(out, v.sites_dropped);
      out = put(out, " more hops not kept");
    }
    if (v.context_count != 0 || v.context_dropped != 0) {
      out = put(out, "\n    context:");
      for (std::size_t i = v.first_context; i < std::size_t{v.first_context} + v.context_count;
           ++i) {
        const remote_context& c = r.context[i];
        *out++ = ' ';
        out = put(out, r.view(c.key));
        *out++ = '=';
        if (c.redacted) {
          out = put(out, "<redacted>");
        } else if (!c.is_text) {
          out = put_int(out, c.integer);
        } else {
          *out++ = '"';
          out = put(out, r.view(c.text));
          if (c.cut) out = put(out, "…");
          *out++ = '"';
        }
      }
      if (v.context_dropped != 0) {
        out = put(out, " (");
        out = put_int(out, v.context_dropped);
        out = put(out, " more not kept)");
      }
    }
  }
  if (r.services_dropped != 0) {
    out = put(out, "\n  ... ");
    out = put_int(out, r.services_dropped);
    out = put(out, " more services not kept");
  }
  return out;
}

// The remote part as the wire's JSON object (the problem+json `trace`
// member; docs/observability.md): {"format": "rtcerr.trace/1", "services":
// [{"service", "trace_id" (or null), "origin", "sites": [{"file", "line",
// "function", "expression" (or null)}...], "sites_dropped", "copied",
// "context": [{"key", "value" (string, integer, or null when "redacted")
// , "cut", "redacted"}...], "context_dropped"}...], "services_dropped"}.
template <class Out>
Out put_remote_trace_json(Out out, const remote_trace& r) {
  out = put_json_string(put(out, "{\"format\":"), remote_trace_format);
  out = put(out, ",\"services\":[");
  for (std::size_t s = 0; s < r.service_count; ++s) {
    const remote_service& v = r.services[s];
    if (s != 0) *out++ = ',';
    out = put_json_string(put(out, "{\"service\":"), r.view(v.name));
    out = put(out, ",\"trace_id\":");
    out = v.has_trace_id ? put_json_string(out, v.trace_id_view()) : put(out, "null");
    out = put(put(out, ",\"origin\":"), v.origin ? "true" : "false");
    out = put(out, ",\"sites\":[");
    for (std::size_t i = 0; i < v.site_count; ++i) {
      const remote_site& site = r.sites[v.first_site + i];
      if (i != 0) *out++ = ',';
      out = put_json_string(put(out, "{\"file\":"), r.view(site.file));
      out = put_int(put(out, ",\"line\":"), site.line);
      out = put_json_string(put(out, ",\"function\":"), r.view(site.function));
      out = put(out, ",\"expression\":");
      out = site.has_expression ? put_json_string(out, r.view(site.expression)) : put(out, "null");
      *out++ = '}';
    }
    out = put_int(put(out, "],\"sites_dropped\":"), v.sites_dropped);
    out = put(put(out, ",\"copied\":"), v.copied ? "true" : "false");
    out = put(out, ",\"context\":[");
    for (std::size_t i = 0; i < v.context_count; ++i) {
      const remote_context& c = r.context[v.first_context + i];
      if (i != 0) *out++ = ',';
      out = put_json_string(put(out, "{\"key\":"), r.view(c.key));
      out = put(out, ",\"value\":");
      if (c.redacted)
        out = put(out, "null");
      else
        out = c.is_text ? put_json_string(out, r.view(c.text)) : put_int(out, c.integer);
      out = put(put(out, ",\"cut\":"), c.cut ? "true" : "false");
      out = put(put(out, ",\"redacted\":"), c.redacted ? "true" : "false");
      *out++ = '}';
    }
    out = put_int(put(out, "],\"context_dropped\":"), v.context_dropped);
    *out++ = '}';
  }
  out = put_int(put(out, "],\"services_dropped\":"), r.services_dropped);
  *out++ = '}';
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
  if (t.remote != 0) {
    remote_trace r;
    if (remote_trace_read(t.remote, r))
      out = put_remote_trace_text(out, r);
    else
      out = put(out, "\n  (remote part lost: newer remote traces reused its place in the store)");
  } else if (!t.has_origin) {
    out = put(out, "\n  (origin not traced: made without rtcerr::fail)");
  }
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
    if (e.sensitive)
      out = put(out, "null");
    else
      out = e.is_text ? put_json_string(out, e.text_view()) : put_int(out, e.integer);
    out = put(put(out, ",\"cut\":"), e.cut ? "true" : "false");
    if (e.sensitive) out = put(out, ",\"redacted\":true");
    *out++ = '}';
  }
#endif
  out = put_int(put(out, "],\"context_dropped\":"), t.context_dropped);
#if RTCERR_TRACES
  if (t.remote != 0) {
    // The remote part, first in the trace: its wire object, with "refused"
    // (the reason) or "lost" when it cannot be shown.
    remote_trace r;
    out = put(out, ",\"remote\":");
    if (!remote_trace_read(t.remote, r))
      out = put(out, "{\"lost\":true}");
    else if (r.refused)
      out = put(put_json_string(put(out, "{\"refused\":"), view_of(r.text, r.text_used)), "}");
    else
      out = put_remote_trace_json(out, r);
  }
#endif
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
