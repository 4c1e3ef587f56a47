// rtcerr/core/trace_remote.hpp - traces that cross process boundaries.
//
// A service that fails can put the failure's trace into its answer (a
// `trace` member in problem+json, a google.rpc.DebugInfo detail in a
// grpc::Status), and the caller reads it back into a result whose trace
// begins with that remote part; its own RTCERR_TRY hops append after it:
//
//   media.camera_busy (700001): 摄像头被占用
//     in service camera-host (trace 4bf92f3577b34da6a3ce929d0e0e4736):
//       at camera.cpp:2 open_camera
//       at camera.cpp:6 start_preview: open_camera(index)
//       context: camera=0 user=<redacted>
//     at app.cpp:40 show_preview: call_camera_host(request)
//
// Private by default. A trace leaves the process only through a
// `trace_edge` whose `share` is true (an internal edge: another service of
// the same platform); problem_json() and to_grpc_status() write none
// otherwise. On every edge, a context value marked `rtcerr::sensitive(v)`
// (or whose key is in the edge's `redact_keys`) is written without its
// value, and every formatter prints it as <redacted>; `file_names =
// last_component` cuts paths to their last component.
//
// Bounded: a remote part holds at most `remote_trace_max_services`
// services, `remote_trace_max_sites` sites, `remote_trace_max_context`
// context entries and `remote_trace_text_capacity` bytes of text (names,
// files, functions, expressions, keys, values), in one fixed-size
// `remote_trace`; the wire text read is at most `remote_trace_max_wire_bytes`.
// parse_remote_trace() fills one without allocating and refuses anything
// larger or malformed with a one-line reason. A result does not carry the
// remote part: its trace record (rtcerr/core/internal/trace_storage.hpp) holds the
// number of a slot in one process-wide store of `remote_trace_store_size`
// remote parts (src/runtime/trace_remote.cpp, linked only into programs that read
// or write remote traces), guarded by a mutex, so that a snapshot can be
// read on any thread. A number is never reused: a read shows the result's
// own remote part, or says it was lost (the store was reused by newer ones).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "rtcerr/core/domain.hpp"
#include "rtcerr/core/internal/export.hpp"
#include "rtcerr/core/internal/string_view.hpp"
#include "rtcerr/core/internal/trace_storage.hpp"

namespace rtcerr {

// Bounds of a remote part, fixed at compile time.
inline constexpr std::size_t remote_trace_max_services = 4;        // services chained, origin first
inline constexpr std::size_t remote_trace_max_sites = 32;          // sites, all services together
inline constexpr std::size_t remote_trace_max_context = 16;        // context entries, all services
inline constexpr std::size_t remote_trace_text_capacity = 2048;    // bytes of text, all strings
inline constexpr std::size_t remote_trace_max_wire_bytes = 16384;  // JSON text read at most
inline constexpr std::size_t remote_trace_max_depth = 8;    // JSON nesting of unknown members
inline constexpr std::size_t remote_trace_store_size = 64;  // remote parts kept per process
inline constexpr std::size_t trace_id_length = 32;          // hex digits of a W3C trace id

// The name of the wire format, the first member of the JSON object.
inline constexpr std::string_view remote_trace_format = RTCERR_DETAIL_LITERAL("rtcerr.trace/1");

// A string kept in a remote_trace's text: its offset and length there.
struct remote_text {
  std::uint16_t offset = 0;
  std::uint16_t length = 0;
};

struct remote_site {
  remote_text file, function, expression;
  std::uint32_t line = 0;
  bool has_expression = false;
};

struct remote_context {
  remote_text key, text;
  std::int64_t integer = 0;
  bool is_text = false;
  bool cut = false;       // the sender cut the text to fit its record
  bool redacted = false;  // sent without a value: prints as <redacted>
};

// One service's part: its sites (origin first) and context, as it sent them.
struct remote_service {
  remote_text name;
  char trace_id[trace_id_length] = {};  // lower-case hex; valid when has_trace_id
  bool has_trace_id = false;
  bool origin = false;  // its first site is where the failure was made
  bool copied = false;  // its sites may mix copies extended along several paths
  std::uint16_t sites_dropped = 0;
  std::uint16_t context_dropped = 0;
  std::uint8_t first_site = 0, site_count = 0;
  std::uint8_t first_context = 0, context_count = 0;

  std::string_view trace_id_view() const noexcept {
    return has_trace_id ? detail::view_of(trace_id, trace_id_length) : std::string_view();
  }
};

// A remote part: every service the failure passed through, origin first.
// Fixed size and trivially copyable; no pointer into anything else.
struct remote_trace {
  std::uint8_t service_count = 0;
  std::uint8_t site_count = 0;
  std::uint8_t context_count = 0;
  std::uint16_t services_dropped = 0;  // services past the bound, not kept
  std::uint16_t text_used = 0;
  // The wire text did not parse: no service is kept, and text[0, text_used)
  // says why.
  bool refused = false;
  remote_service services[remote_trace_max_services] = {};
  remote_site sites[remote_trace_max_sites] = {};
  remote_context context[remote_trace_max_context] = {};
  char text[remote_trace_text_capacity] = {};

  constexpr std::string_view view(remote_text t) const noexcept {
    return t.offset + t.length <= remote_trace_text_capacity
               ? detail::view_of(text + t.offset, t.length)
               : std::string_view();
  }
};

// How the file names of local sites are written on an edge.
enum class trace_file_names : std::uint8_t { as_compiled, last_component };

// One edge a trace may leave by: what a service says about itself, and what
// it lets out. Default-constructed, it lets nothing out.
struct trace_edge {
  bool share = false;              // true only for internal edges
  std::string_view service = {};   // this service's name, e.g. "camera-host"
  std::string_view trace_id = {};  // the request's W3C trace id (parse_traceparent), or empty
  // Context keys whose values are sent as <redacted>: {keys, count}, an array
  // that outlives the call (table_view, rtcerr/core/domain.hpp).
  table_view<std::string_view> redact_keys = {};
  trace_file_names file_names = trace_file_names::as_compiled;
};

// A W3C Trace Context `traceparent` header value read (W3C Trace Context,
// §3.2): version 00 is "00-" 32 lower-case hex digits (the trace id, not all
// zeros) "-" 16 (the parent id, not all zeros) "-" 2 (flags), 55 characters
// exactly; a later version (not ff) may add fields after a '-'.
struct traceparent {
  char trace_id[trace_id_length] = {};
  char parent_id[16] = {};
  std::uint8_t flags = 0;

  std::string_view trace_id_view() const noexcept {
    return detail::view_of(trace_id, trace_id_length);
  }
};

// Reads a traceparent value into `out`: true when it is valid (the rules
// above), false (and `out` unchanged) otherwise.
RTCERR_API bool parse_traceparent(std::string_view value, traceparent& out) noexcept;

// Reads the JSON object a service wrote (write_remote_trace, the problem+json
// `trace` member) into `out`, with no allocation. Empty on success; on
// failure, one line saying why ("the trace has more than 32 sites"), and
// `out` is left empty.
RTCERR_API std::string_view parse_remote_trace(std::string_view json, remote_trace& out) noexcept;

// --- Implementation details follow. -----------------------------------------

namespace detail {

// The remote part a trace of this process sends on `edge`: the remote part
// of `local` (when it has one and it is still kept), then `local`'s own
// sites and context as the service `edge.service`, within the bounds
// (further services, sites and context are counted as dropped).
RTCERR_API void remote_trace_of(const trace_snapshot& local, const trace_edge& edge,
                                remote_trace& out) noexcept;

// Keeps `r` in the process's store; returns its number (never 0).
RTCERR_API std::uint64_t remote_trace_keep(const remote_trace& r) noexcept;

// Reads the remote part `wire` (the JSON a service sent, empty for none)
// into the store, refused with its reason when it does not parse; returns
// its number.
RTCERR_API std::uint64_t remote_trace_receive(std::string_view wire) noexcept;

// Copies the remote part numbered `id` into `out`: false when the store has
// reused its slot (or no remote part was ever kept). Defined with the
// thread's records (src/runtime/trace.cpp), which reach the store only once a
// program has kept a remote part, so that formatting a trace does not link
// the store into a program that never uses it.
RTCERR_API bool remote_trace_read(std::uint64_t id, remote_trace& out) noexcept;
using remote_trace_reader = bool (*)(std::uint64_t, remote_trace&) noexcept;
RTCERR_API void remote_trace_set_reader(remote_trace_reader reader) noexcept;

}  // namespace detail
}  // namespace rtcerr
