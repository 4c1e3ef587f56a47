// Traces that cross process boundaries (rtcerr/core/trace_remote.hpp): the
// W3C traceparent reader, the process-wide store of remote parts, the
// builder of what an edge sends, and the wire reader.
//
// The wire reader is written here, like problem+json's, so that its limits
// are ours to state: it reads at most remote_trace_max_wire_bytes, decodes
// every string straight into the remote_trace's fixed text, allocates
// nothing, never recurses deeper than remote_trace_max_depth, and refuses
// (rather than cuts) anything beyond a bound, so that what it keeps is what
// the service sent.
#include "rtcerr/core/trace_remote.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <mutex>
#include <string_view>

#include "rtcerr/core/basic_format.hpp"
#include "rtcerr/core/internal/json_lexer.hpp"

namespace rtcerr {
namespace {

constexpr bool is_lower_hex(char c) noexcept {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
}

// `n` lower-case hex digits at `at`, not all zeros.
bool hex_field(std::string_view text, std::size_t at, std::size_t n) noexcept {
  if (text.size() < at + n) return false;
  bool nonzero = false;
  for (std::size_t i = at; i < at + n; ++i) {
    if (!is_lower_hex(text[i])) return false;
    nonzero = nonzero || text[i] != '0';
  }
  return nonzero;
}

std::uint8_t hex_value(char c) noexcept {
  return static_cast<std::uint8_t>(c <= '9' ? c - '0' : c - 'a' + 10);
}

// --- The store ---------------------------------------------------------------

struct stored_part {
  std::uint64_t id = 0;
  remote_trace part;
};

std::mutex store_mutex;
stored_part store[remote_trace_store_size];
std::uint64_t next_id = 1;

bool read_stored(std::uint64_t id, remote_trace& out) noexcept {
  const std::lock_guard lock(store_mutex);
  const stored_part& s = store[id % remote_trace_store_size];
  if (s.id != id) return false;
  out = s.part;
  return true;
}

// --- Building a remote part ----------------------------------------------------

// Appends strings to a remote_trace's text; refuses what does not fit.
class text_builder {
 public:
  explicit text_builder(remote_trace& r) : r_(r) {}

  bool room_for(std::size_t n) const noexcept {
    return r_.text_used + n <= remote_trace_text_capacity;
  }

  // `s`, cut at a UTF-8 boundary to at most `limit` bytes; `cut` says whether it was.
  remote_text add(std::string_view s, std::size_t limit, bool* cut = nullptr) noexcept {
    std::size_t n = std::min(s.size(), limit);
    while (n > 0 && n < s.size() && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    if (cut != nullptr) *cut = *cut || n < s.size();
    if (!room_for(n)) n = 0;
    remote_text t{r_.text_used, static_cast<std::uint16_t>(n)};
    std::copy_n(s.data(), n, r_.text + r_.text_used);
    r_.text_used = static_cast<std::uint16_t>(r_.text_used + n);
    return t;
  }

 private:
  remote_trace& r_;
};

// Longest string a builder keeps of each kind (the rest is cut).
[[maybe_unused]] constexpr std::size_t max_name = 64, max_file = 160, max_function = 160,
                                       max_expression = 160;
[[maybe_unused]] constexpr std::size_t max_key = trace_context_key_capacity,
                                       max_value = trace_context_text_capacity;

[[maybe_unused]] bool key_listed(std::string_view key, table_view<std::string_view> keys) noexcept {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

// --- Reading the wire ------------------------------------------------------------

// A cursor over the wire text that decodes strings into a remote_trace's
// text. Every read checks the end first; the first problem is kept.
class wire_reader {
 public:
  wire_reader(std::string_view text, remote_trace& r) : text_(text), r_(r) {}

  bool failed() const noexcept { return problem_ != nullptr; }
  const char* problem() const noexcept { return problem_; }
  bool fail(const char* why) noexcept {
    if (problem_ == nullptr) problem_ = why;
    return false;
  }

  void space() noexcept { detail::json_skip_space(text_, pos_); }
  bool take(char c) noexcept {
    space();
    if (pos_ < text_.size() && text_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }
  char peek() noexcept {
    space();
    return pos_ < text_.size() ? text_[pos_] : '\0';
  }
  bool at_end() noexcept {
    space();
    return pos_ >= text_.size();
  }
  bool literal(std::string_view word) noexcept {
    space();
    if (text_.substr(pos_, word.size()) != word) return false;
    pos_ += word.size();
    return true;
  }

  // A string, kept in the trace's text when `keep` (else checked only).
  bool string(remote_text* keep) noexcept {
    space();
    const std::size_t start = r_.text_used;
    const auto error = keep != nullptr
                           ? detail::json_read_string(
                                 text_, pos_, [this](std::string_view s) { return append(s); })
                           : detail::json_read_string(text_, pos_, detail::json_discard);
    if (error != detail::json_string_error::none) return fail(string_problem(error));
    if (keep != nullptr) {
      *keep = remote_text{static_cast<std::uint16_t>(start),
                          static_cast<std::uint16_t>(r_.text_used - start)};
    } else {
      r_.text_used = static_cast<std::uint16_t>(start);
    }
    return true;
  }

  // An integer in [low, high].
  bool integer(std::int64_t low, std::int64_t high, std::int64_t& value) noexcept {
    space();
    const std::size_t start = pos_;
    if (pos_ < text_.size() && text_[pos_] == '-') ++pos_;
    const std::size_t digits = pos_;
    while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') ++pos_;
    if (pos_ == digits) return fail("the trace is not valid: expected an integer");
    if (pos_ - digits > 1 && text_[digits] == '0')
      return fail("the trace is not valid JSON: a number with a leading zero");
    if (pos_ < text_.size() && (text_[pos_] == '.' || text_[pos_] == 'e' || text_[pos_] == 'E'))
      return fail("the trace is not valid: expected an integer");
    if (pos_ - start > 20) return fail("the trace is not valid: an integer out of range");
    std::int64_t v = 0;
    const bool negative = text_[start] == '-';
    for (std::size_t i = digits; i < pos_; ++i) {
      const int d = text_[i] - '0';
      if (v > (std::numeric_limits<std::int64_t>::max() - d) / 10)
        return fail("the trace is not valid: an integer out of range");
      v = v * 10 + d;
    }
    if (negative) v = -v;
    if (v < low || v > high) return fail("the trace is not valid: an integer out of range");
    value = v;
    return true;
  }

  bool boolean(bool& value) noexcept {
    if (literal("true")) {
      value = true;
      return true;
    }
    if (literal("false")) {
      value = false;
      return true;
    }
    return fail("the trace is not valid: expected true or false");
  }

  // Any value, checked and thrown away (an unknown member of a newer sender).
  bool skip(std::size_t depth) noexcept {
    if (depth > remote_trace_max_depth) return fail("the trace is nested too deeply");
    const char c = peek();
    if (c == '{' || c == '[') {
      const char close = c == '{' ? '}' : ']';
      ++pos_;
      if (take(close)) return true;
      while (true) {
        if (c == '{') {
          if (!string(nullptr)) return false;
          if (!take(':')) return fail("the trace is not valid JSON: expected ':'");
        }
        if (!skip(depth + 1)) return false;
        if (take(close)) return true;
        if (!take(','))
          return fail("the trace is not valid JSON: expected ',' or a closing bracket");
      }
    }
    if (c == '"') return string(nullptr);
    if (literal("true") || literal("false") || literal("null")) return true;
    // A number: its syntax, then its value is not needed.
    if (c == '-' || (c >= '0' && c <= '9')) {
      if (text_[pos_] == '-') ++pos_;
      const std::size_t digits = pos_;
      while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') ++pos_;
      if (pos_ == digits) return fail("the trace is not valid JSON: expected a value");
      if (pos_ < text_.size() && text_[pos_] == '.') {
        const std::size_t f = ++pos_;
        while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') ++pos_;
        if (pos_ == f) return fail("the trace is not valid JSON: expected a digit");
      }
      if (pos_ < text_.size() && (text_[pos_] == 'e' || text_[pos_] == 'E')) {
        ++pos_;
        if (pos_ < text_.size() && (text_[pos_] == '+' || text_[pos_] == '-')) ++pos_;
        const std::size_t e = pos_;
        while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') ++pos_;
        if (pos_ == e) return fail("the trace is not valid JSON: expected a digit");
      }
      return true;
    }
    return fail("the trace is not valid JSON: expected a value");
  }

  // The members of an object: calls member(name) for each, which reads its
  // value. Names are compared decoded, so they are kept in a scratch buffer.
  template <class Member>
  bool object(Member&& member) noexcept {
    if (!take('{')) return fail("the trace is not valid: expected an object");
    if (take('}')) return true;
    while (true) {
      char name[32];
      std::size_t length = 0;
      if (!name_string(name, length)) return false;
      if (!take(':')) return fail("the trace is not valid JSON: expected ':'");
      if (!member(std::string_view(name, length))) return false;
      if (take('}')) return true;
      if (!take(',')) return fail("the trace is not valid JSON: expected ',' or '}'");
    }
  }

  // The elements of an array: calls element() for each.
  template <class Element>
  bool array(Element&& element) noexcept {
    if (!take('[')) return fail("the trace is not valid: expected an array");
    if (take(']')) return true;
    while (true) {
      if (!element()) return false;
      if (take(']')) return true;
      if (!take(',')) return fail("the trace is not valid JSON: expected ',' or ']'");
    }
  }

 private:
  // A member name: only plain ASCII names matter; a longer or escaped one is
  // read and given as "" (an unknown member).
  bool name_string(char (&name)[32], std::size_t& length) noexcept {
    const std::uint16_t used = r_.text_used;
    remote_text t;
    if (!string(&t)) return false;
    const std::string_view s = r_.view(t);
    length = s.size() <= sizeof name ? s.size() : 0;
    std::copy_n(s.data(), length, name);
    r_.text_used = used;
    return true;
  }

  bool append(std::string_view bytes) noexcept {
    if (r_.text_used + bytes.size() > remote_trace_text_capacity) return fail(text_too_long);
    std::copy_n(bytes.data(), bytes.size(), r_.text + r_.text_used);
    r_.text_used = static_cast<std::uint16_t>(r_.text_used + bytes.size());
    return true;
  }

  static constexpr const char* text_too_long =
      "the trace's text is longer than remote_trace_text_capacity (2048 bytes)";

  // What a string's failure is called here.
  static const char* string_problem(detail::json_string_error error) noexcept {
    using enum detail::json_string_error;
    switch (error) {
      case none:
      case not_a_string: break;
      case unterminated: return "the trace is not valid JSON: unterminated string";
      case control_character: return "the trace is not valid JSON: control character in a string";
      case invalid_utf8: return "the trace is not valid UTF-8";
      case unknown_escape: return "the trace is not valid JSON: unknown escape";
      case truncated_unicode_escape: return "the trace is not valid JSON: truncated \\u escape";
      case bad_hex_digit: return "the trace is not valid JSON: bad \\u escape";
      case unpaired_low_surrogate:
      case unpaired_high_surrogate: return "the trace is not valid JSON: unpaired surrogate";
      case refused_by_sink: return text_too_long;
    }
    return "the trace is not valid: expected a string";
  }

  std::string_view text_;
  remote_trace& r_;
  std::size_t pos_ = 0;
  const char* problem_ = nullptr;
};

// Refuses a member seen twice; true the first time.
bool first_time(wire_reader& in, bool& seen) noexcept {
  if (seen) return in.fail("the trace is not valid: a member appears twice");
  seen = true;
  return true;
}

bool read_site(wire_reader& in, remote_trace& r) noexcept {
  if (r.site_count == remote_trace_max_sites)
    return in.fail("the trace has more than remote_trace_max_sites (32) sites");
  remote_site& site = r.sites[r.site_count];
  site = remote_site{};
  bool file = false, line = false, function = false, expression = false;
  if (!in.object([&](std::string_view name) {
        if (name == "file") return first_time(in, file) && in.string(&site.file);
        if (name == "function") return first_time(in, function) && in.string(&site.function);
        if (name == "line") {
          std::int64_t v = 0;
          if (!first_time(in, line) || !in.integer(0, UINT32_MAX, v)) return false;
          site.line = static_cast<std::uint32_t>(v);
          return true;
        }
        if (name == "expression") {
          if (!first_time(in, expression)) return false;
          if (in.literal("null")) return true;
          site.has_expression = true;
          return in.string(&site.expression);
        }
        return in.skip(3);
      }))
    return false;
  if (!file || !line || !function)
    return in.fail("the trace is not valid: a site needs \"file\", \"line\" and \"function\"");
  ++r.site_count;
  return true;
}

bool read_context(wire_reader& in, remote_trace& r) noexcept {
  if (r.context_count == remote_trace_max_context)
    return in.fail("the trace has more than remote_trace_max_context (16) context entries");
  remote_context& c = r.context[r.context_count];
  c = remote_context{};
  bool key = false, value = false, cut = false, redacted = false, null_value = false;
  if (!in.object([&](std::string_view name) {
        if (name == "key") return first_time(in, key) && in.string(&c.key);
        if (name == "value") {
          if (!first_time(in, value)) return false;
          if (in.literal("null")) {
            null_value = true;
            return true;
          }
          if (in.peek() == '"') {
            c.is_text = true;
            return in.string(&c.text);
          }
          return in.integer(std::numeric_limits<std::int64_t>::min() + 1,
                            std::numeric_limits<std::int64_t>::max(), c.integer);
        }
        if (name == "cut") return first_time(in, cut) && in.boolean(c.cut);
        if (name == "redacted") return first_time(in, redacted) && in.boolean(c.redacted);
        return in.skip(3);
      }))
    return false;
  if (!key || !value)
    return in.fail("the trace is not valid: a context entry needs \"key\" and \"value\"");
  if (c.redacted != null_value)
    return in.fail(
        "the trace is not valid: a redacted value must be null, and only a redacted one");
  ++r.context_count;
  return true;
}

bool read_service(wire_reader& in, remote_trace& r) noexcept {
  if (r.service_count == remote_trace_max_services)
    return in.fail("the trace has more than remote_trace_max_services (4) services");
  remote_service& v = r.services[r.service_count];
  v = remote_service{};
  v.first_site = r.site_count;
  v.first_context = r.context_count;
  bool name = false, trace_id = false, origin = false, sites = false, sites_dropped = false;
  bool copied = false, context = false, context_dropped = false;
  if (!in.object([&](std::string_view member) {
        if (member == "service") return first_time(in, name) && in.string(&v.name);
        if (member == "trace_id") {
          if (!first_time(in, trace_id)) return false;
          if (in.literal("null")) return true;
          const std::uint16_t used = r.text_used;
          remote_text t;
          if (!in.string(&t)) return false;
          const std::string_view id = r.view(t);
          r.text_used = used;
          if (id.size() != trace_id_length || !hex_field(id, 0, trace_id_length))
            return in.fail(
                "the trace is not valid: a trace id is 32 lower-case hex digits, not all 0");
          std::copy_n(id.data(), trace_id_length, v.trace_id);
          v.has_trace_id = true;
          return true;
        }
        if (member == "origin") return first_time(in, origin) && in.boolean(v.origin);
        if (member == "copied") return first_time(in, copied) && in.boolean(v.copied);
        if (member == "sites")
          return first_time(in, sites) && in.array([&] { return read_site(in, r); });
        if (member == "context")
          return first_time(in, context) && in.array([&] { return read_context(in, r); });
        if (member == "sites_dropped" || member == "context_dropped") {
          bool& seen = member == "sites_dropped" ? sites_dropped : context_dropped;
          std::int64_t n = 0;
          if (!first_time(in, seen) || !in.integer(0, UINT16_MAX, n)) return false;
          (member == "sites_dropped" ? v.sites_dropped : v.context_dropped) =
              static_cast<std::uint16_t>(n);
          return true;
        }
        return in.skip(2);
      }))
    return false;
  if (!name || !sites)
    return in.fail("the trace is not valid: a service needs \"service\" and \"sites\"");
  v.site_count = static_cast<std::uint8_t>(r.site_count - v.first_site);
  v.context_count = static_cast<std::uint8_t>(r.context_count - v.first_context);
  ++r.service_count;
  return true;
}

// The reason `why` as a refused remote part.
void refuse(remote_trace& out, std::string_view why) noexcept {
  out = remote_trace{};
  out.refused = true;
  text_builder(out).add(why, remote_trace_text_capacity);
}

}  // namespace

bool parse_traceparent(std::string_view value, traceparent& out) noexcept {
  // version "-" trace-id "-" parent-id "-" flags
  if (value.size() < 55 || !is_lower_hex(value[0]) || !is_lower_hex(value[1])) return false;
  if (value.substr(0, 2) == "ff") return false;
  const bool version_00 = value.substr(0, 2) == "00";
  if (version_00 ? value.size() != 55 : (value.size() > 55 && value[55] != '-')) return false;
  if (value[2] != '-' || value[35] != '-' || value[52] != '-') return false;
  if (!hex_field(value, 3, 32) || !hex_field(value, 36, 16)) return false;
  if (!is_lower_hex(value[53]) || !is_lower_hex(value[54])) return false;
  std::copy_n(value.data() + 3, 32, out.trace_id);
  std::copy_n(value.data() + 36, 16, out.parent_id);
  out.flags = static_cast<std::uint8_t>(hex_value(value[53]) << 4 | hex_value(value[54]));
  return true;
}

std::string_view parse_remote_trace(std::string_view json, remote_trace& out) noexcept {
  out = remote_trace{};
  if (json.size() > remote_trace_max_wire_bytes) {
    return "the trace is larger than remote_trace_max_wire_bytes (16384 bytes)";
  }
  wire_reader in(json, out);
  bool format = false, services = false, dropped = false;
  const bool read = in.object([&](std::string_view member) {
    if (member == "format") {
      if (!first_time(in, format)) return false;
      const std::uint16_t used = out.text_used;
      remote_text t;
      if (!in.string(&t)) return false;
      const bool ours = out.view(t) == remote_trace_format;
      out.text_used = used;
      return ours || in.fail("the trace is not in the format rtcerr.trace/1");
    }
    if (member == "services")
      return first_time(in, services) && in.array([&] { return read_service(in, out); });
    if (member == "services_dropped") {
      std::int64_t n = 0;
      if (!first_time(in, dropped) || !in.integer(0, UINT16_MAX, n)) return false;
      out.services_dropped = static_cast<std::uint16_t>(n);
      return true;
    }
    return in.skip(1);
  });
  if (read && !in.at_end()) in.fail("the trace is not valid JSON: text after the object");
  if (read && !in.failed() && (!format || !services))
    in.fail("the trace is not valid: it needs \"format\" and \"services\"");
  if (in.failed()) {
    out = remote_trace{};
    return in.problem();
  }
  return {};
}

namespace detail {

std::uint64_t remote_trace_keep(const remote_trace& r) noexcept {
  remote_trace_set_reader(&read_stored);
  const std::lock_guard lock(store_mutex);
  const std::uint64_t id = next_id++;
  stored_part& s = store[id % remote_trace_store_size];
  s.id = id;
  s.part = r;
  return id;
}

std::uint64_t remote_trace_receive(std::string_view wire) noexcept {
  remote_trace r;
  if (!wire.empty()) {
    const std::string_view why = parse_remote_trace(wire, r);
    if (!why.empty()) refuse(r, why);
  }
  return remote_trace_keep(r);
}

void remote_trace_of(const trace_snapshot& local, const trace_edge& edge,
                     remote_trace& out) noexcept {
  out = remote_trace{};
#if RTCERR_TRACES
  if (local.remote != 0 && (!remote_trace_read(local.remote, out) || out.refused)) {
    out = remote_trace{};
    out.services_dropped = 1;  // a service before this one, whose part is not here
  }
#endif
  if (out.service_count == remote_trace_max_services) {
    if (out.services_dropped < UINT16_MAX) ++out.services_dropped;
    return;
  }
  text_builder text(out);
  remote_service& v = out.services[out.service_count++];
  v = remote_service{};
  v.name = text.add(edge.service, max_name);
  if (edge.trace_id.size() == trace_id_length && hex_field(edge.trace_id, 0, trace_id_length)) {
    std::copy_n(edge.trace_id.data(), trace_id_length, v.trace_id);
    v.has_trace_id = true;
  }
  v.origin = local.present() && local.has_origin;
  v.copied = local.copied;
  v.first_site = out.site_count;
  v.first_context = out.context_count;
  v.sites_dropped = local.sites_dropped;
  v.context_dropped = local.context_dropped;
#if RTCERR_TRACES
  if (!local.present()) return;
  for (std::size_t i = 0; i < local.site_count; ++i) {
    const trace_site s = local.site(i);
    std::string_view file = s.location.file_name();
    if (edge.file_names == trace_file_names::last_component) file = file_last_component(file);
    const std::string_view function = short_function_name(s.location.function_name());
    const std::string_view expression = s.expression != nullptr ? s.expression : "";
    const std::size_t need = std::min(file.size(), max_file) +
                             std::min(function.size(), max_function) +
                             std::min(expression.size(), max_expression);
    if (out.site_count == remote_trace_max_sites || !text.room_for(need)) {
      if (v.sites_dropped < UINT16_MAX) ++v.sites_dropped;
      continue;
    }
    remote_site& site = out.sites[out.site_count++];
    site.file = text.add(file, max_file);
    site.line = s.location.line();
    site.function = text.add(function, max_function);
    site.has_expression = s.expression != nullptr;
    if (site.has_expression) site.expression = text.add(expression, max_expression);
  }
  for (std::size_t i = 0; i < local.context_count; ++i) {
    const trace_context_entry& e = local.context[i];
    const bool redacted = e.sensitive || key_listed(e.key_view(), edge.redact_keys);
    const std::size_t need = e.key_view().size() + (redacted ? 0 : e.text_view().size());
    if (out.context_count == remote_trace_max_context || !text.room_for(need)) {
      if (v.context_dropped < UINT16_MAX) ++v.context_dropped;
      continue;
    }
    remote_context& c = out.context[out.context_count++];
    c.key = text.add(e.key_view(), max_key);
    c.redacted = redacted;
    c.is_text = e.is_text && !redacted;
    c.cut = e.cut && !redacted;
    if (redacted) continue;  // the value never leaves
    if (e.is_text)
      c.text = text.add(e.text_view(), max_value);
    else
      c.integer = e.integer;
  }
#endif
  v.site_count = static_cast<std::uint8_t>(out.site_count - v.first_site);
  v.context_count = static_cast<std::uint8_t>(out.context_count - v.first_context);
}

}  // namespace detail
}  // namespace rtcerr
