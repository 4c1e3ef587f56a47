// RFC 9457 problem documents: the writer and a small, strict JSON reader.
//
// The reader is written here rather than taken from a JSON library so that
// the installed library depends on nothing new, and so that its limits are
// ours to state: it never recurses deeper than max_depth, never reads past
// the end of the input, and keeps only the members it needs.
#include "rtcerr/problem_json.hpp"

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

#include "rtcerr/core/basic_format.hpp"
#include "rtcerr/core/internal/json_lexer.hpp"
#include "rtcerr/core/status_mapping.hpp"

namespace rtcerr {
namespace {

// --- Writing -----------------------------------------------------------------

// `text` as a JSON string, with the one escaper rtcerr has (rtcerr/core/basic_format.hpp):
// quotes, backslashes and control characters escaped, each byte that is not
// valid UTF-8 written as \ufffd.
void append_json_string(std::string& out, std::string_view text) {
  detail::put_json_string(std::back_inserter(out), text);
}

void append_member(std::string& out, std::string_view key) {
  if (out.size() > 1) out += ',';
  append_json_string(out, key);
  out += ':';
}

// --- Reading -----------------------------------------------------------------

constexpr int max_depth = 64;

// A cursor over the input. Every read checks the end first.
class reader {
 public:
  explicit reader(std::string_view text) : text_(text) {}

  bool failed() const { return !problem_.empty(); }
  const std::string& problem() const { return problem_; }
  bool at_end() const { return pos_ >= text_.size(); }

  void fail(std::string_view what) {
    if (failed()) return;  // keep the first problem: later ones follow from it
    problem_ = "invalid JSON at byte " + std::to_string(pos_) + ": " + std::string(what);
  }

  void skip_whitespace() { detail::json_skip_space(text_, pos_); }

  // True, consuming it, when the next character is `c`.
  bool take(char c) {
    if (pos_ < text_.size() && text_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }

  char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }

  // A string; its decoded value goes to `out` unless it is nullptr.
  bool string(std::string* out) {
    const auto error = out != nullptr ? detail::json_read_string(text_, pos_,
                                                                 [out](std::string_view s) {
                                                                   out->append(s);
                                                                   return true;
                                                                 })
                                      : detail::json_read_string(text_, pos_, detail::json_discard);
    if (error == detail::json_string_error::none) return true;
    fail(string_problem(error));
    return false;
  }

  // A number. Sets `integer` when it has no fraction or exponent and fits in
  // int64; `is_integer` says whether it did.
  bool number(std::int64_t& integer, bool& is_integer) {
    const std::size_t start = pos_;
    take('-');
    if (take('0')) {
      // a single zero
    } else if (digits() == 0) {
      fail("expected a value");
      return false;
    }
    bool plain = true;
    if (take('.')) {
      plain = false;
      if (digits() == 0) {
        fail("expected a digit after '.'");
        return false;
      }
    }
    if (take('e') || take('E')) {
      plain = false;
      if (!take('+')) take('-');
      if (digits() == 0) {
        fail("expected a digit in the exponent");
        return false;
      }
    }
    is_integer = false;
    if (plain) {
      const char* first = text_.data() + start;
      const char* last = text_.data() + pos_;
      const auto [end, ec] = std::from_chars(first, last, integer);
      is_integer = ec == std::errc{} && end == last;
    }
    return true;
  }

  // Any value, thrown away.
  bool skip_value(int depth) {
    if (depth > max_depth) {
      fail("nested deeper than 64 levels");
      return false;
    }
    skip_whitespace();
    const char c = peek();
    if (c == '{' || c == '[') {
      const char close = c == '{' ? '}' : ']';
      ++pos_;
      skip_whitespace();
      if (take(close)) return true;
      while (true) {
        if (c == '{') {
          skip_whitespace();
          if (!string(nullptr)) return false;
          skip_whitespace();
          if (!take(':')) {
            fail("expected ':'");
            return false;
          }
        }
        if (!skip_value(depth + 1)) return false;
        skip_whitespace();
        if (take(close)) return true;
        if (!take(',')) {
          fail(c == '{' ? "expected ',' or '}'" : "expected ',' or ']'");
          return false;
        }
      }
    }
    if (c == '"') return string(nullptr);
    if (literal("true") || literal("false") || literal("null")) return true;
    std::int64_t ignored = 0;
    bool is_integer = false;
    return number(ignored, is_integer);
  }

  std::size_t position() const { return pos_; }
  std::string_view text_between(std::size_t first, std::size_t last) const {
    return text_.substr(first, last - first);
  }

  bool literal(std::string_view word) {
    if (text_.substr(pos_, word.size()) != word) return false;
    pos_ += word.size();
    return true;
  }

 private:
  std::size_t digits() {
    const std::size_t start = pos_;
    while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') ++pos_;
    return pos_ - start;
  }

  // What a string's failure is called here.
  static std::string_view string_problem(detail::json_string_error error) {
    using enum detail::json_string_error;
    switch (error) {
      case none:
      case not_a_string:
      case refused_by_sink: break;
      case unterminated: return "unterminated string";
      case control_character: return "control character in a string";
      case invalid_utf8: return "invalid UTF-8";
      case unknown_escape: return "unknown escape in a string";
      case truncated_unicode_escape: return "truncated \\u escape";
      case bad_hex_digit: return "bad hex digit in a \\u escape";
      case unpaired_low_surrogate: return "unpaired low surrogate in a \\u escape";
      case unpaired_high_surrogate: return "unpaired high surrogate in a \\u escape";
    }
    return "expected a string";
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  std::string problem_;
};

// The condition or retry policy spelled `name`, if this build knows it.
template <class Enum, std::size_t N>
std::optional<Enum> enumerator_named(std::string_view name, const std::string_view (&names)[N]) {
  for (std::size_t i = 0; i < N; ++i)
    if (names[i] == name) return static_cast<Enum>(i);
  return std::nullopt;
}

// ASCII lower case of a language range's first characters, enough to compare.
bool starts_with_language(std::string_view range, std::string_view language) {
  if (range.size() < language.size()) return false;
  for (std::size_t i = 0; i < language.size(); ++i) {
    char c = range[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != language[i]) return false;
  }
  return range.size() == language.size() || range[language.size()] == '-';
}

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// The weight of one Accept-Language element's parameters (";q=0.8"), in
// thousandths; 1000 when absent, -1 when it does not parse.
int weight_of(std::string_view parameters) {
  parameters = trimmed(parameters);
  if (parameters.empty()) return 1000;
  if (parameters.front() != ';') return -1;
  parameters = trimmed(parameters.substr(1));
  if (parameters.size() < 3 || (parameters[0] != 'q' && parameters[0] != 'Q') ||
      parameters[1] != '=')
    return -1;
  const std::string_view q = parameters.substr(2);
  if (q[0] != '0' && q[0] != '1') return -1;
  int value = (q[0] - '0') * 1000;
  if (q.size() == 1) return value;
  if (q[1] != '.' || q.size() > 5) return -1;
  int scale = 100;
  for (const char c : q.substr(2)) {
    if (c < '0' || c > '9') return -1;
    value += (c - '0') * scale;
    scale /= 10;
  }
  return value <= 1000 ? value : -1;
}

}  // namespace

lang preferred_language(std::string_view accept_language, lang fallback) noexcept {
  lang best = fallback;
  int best_weight = 0;  // q=0 means "not acceptable"
  while (!accept_language.empty()) {
    const std::size_t comma = accept_language.find(',');
    const std::string_view element = accept_language.substr(0, comma);
    accept_language =
        comma == std::string_view::npos ? std::string_view() : accept_language.substr(comma + 1);
    const std::size_t semicolon = element.find(';');
    const std::string_view range = trimmed(element.substr(0, semicolon));
    const int weight = weight_of(semicolon == std::string_view::npos ? std::string_view()
                                                                     : element.substr(semicolon));
    lang candidate;
    if (starts_with_language(range, "zh"))
      candidate = lang::zh;
    else if (starts_with_language(range, "en"))
      candidate = lang::en;
    else if (range == "*")
      candidate = fallback;
    else
      continue;
    if (weight > best_weight) {
      best = candidate;
      best_weight = weight;
    }
  }
  return best;
}

std::string problem_json(error e, const problem_fields& fields) {
  return detail::problem_json_of(detail::error_facts::of(e), fields);
}

std::string detail::problem_json_of(const error_facts& e, const problem_fields& fields) {
  std::string out;
  out.reserve(256 + fields.detail.size() + fields.instance.size());
  out += '{';
  append_member(out, "type");
  if (!fields.code_page_base.empty() && e.has_page) {  // known() holds for 0
    append_json_string(out, code_page_url(fields.code_page_base, e.value));
  } else {
    std::string type(fields.type_base);
    type += std::to_string(e.value);
    append_json_string(out, type);
  }
  append_member(out, "title");
  append_json_string(out, fields.language == lang::zh ? e.message_zh : e.message_en);
  append_member(out, "status");
  out += std::to_string(fields.status != 0 ? fields.status : e.response_status);
  if (!fields.detail.empty()) {
    append_member(out, "detail");
    append_json_string(out, fields.detail);
  }
  if (!fields.instance.empty()) {
    append_member(out, "instance");
    append_json_string(out, fields.instance);
  }
  append_member(out, "code");
  out += std::to_string(e.value);
  append_member(out, "domain");
  append_json_string(out, e.domain);
  append_member(out, "name");
  append_json_string(out, e.name);
  append_member(out, "condition");
  append_json_string(out, to_string(e.condition));
  append_member(out, "retry");
  append_json_string(out, to_string(e.retry));
  append_member(out, "retryable");
  out += e.advice.retryable() ? "true" : "false";
  append_member(out, "message_zh");
  append_json_string(out, e.message_zh);
  if (fields.trace != nullptr && fields.edge != nullptr && fields.edge->share) {
    append_member(out, "trace");
    remote_trace wire;
    detail::remote_trace_of(*fields.trace, *fields.edge, wire);
    detail::put_remote_trace_json(std::back_inserter(out), wire);
  }
  out += '}';
  return out;
}

parsed_problem parse_problem_json(std::string_view body) {
  parsed_problem result;
  const auto refuse = [&result](std::string why) {
    result.details.reset();
    result.reason = std::move(why);
    return result;
  };
  // A UTF-8 byte order mark is not JSON, but some servers send one.
  if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);

  reader in(body);
  in.skip_whitespace();
  if (!in.take('{')) {
    if (in.at_end()) return refuse("empty body: not a problem document");
    return refuse("the body is not a JSON object: not a problem document");
  }

  problem_details details;
  bool have_code = false, have_status = false;
  bool seen_type = false, seen_title = false, seen_detail = false, seen_instance = false;
  bool seen_domain = false, seen_name = false, seen_condition = false, seen_retry = false;
  bool seen_retryable = false;
  std::string word;  // the value of `condition` or `retry`
  std::string key;

  in.skip_whitespace();
  if (!in.take('}')) {
    while (true) {
      in.skip_whitespace();
      key.clear();
      if (!in.string(&key)) break;
      in.skip_whitespace();
      if (!in.take(':')) {
        in.fail("expected ':'");
        break;
      }
      in.skip_whitespace();

      // The string members kept, each with whether it was seen already.
      struct kept {
        std::string_view name;
        std::string* value;
        bool* seen;
      };
      const kept kept_members[] = {{"type", &details.type, &seen_type},
                                   {"title", &details.title, &seen_title},
                                   {"detail", &details.detail, &seen_detail},
                                   {"instance", &details.instance, &seen_instance},
                                   {"domain", &details.domain, &seen_domain},
                                   {"name", &details.name, &seen_name}};
      std::string* text_member = nullptr;
      bool* seen = nullptr;
      for (const kept& k : kept_members) {
        if (key == k.name) {
          text_member = k.value;
          seen = k.seen;
        }
      }

      if (key == "code" || key == "status") {
        bool& have = key == "code" ? have_code : have_status;
        if (have) return refuse("the \"" + key + "\" member appears twice");
        have = key == "status";  // `code` counts once it is read successfully
        const char c = in.peek();
        if (c == '-' || (c >= '0' && c <= '9')) {
          std::int64_t value = 0;
          bool is_integer = false;
          if (!in.number(value, is_integer)) break;
          if (key == "code") {
            if (!is_integer || value < std::numeric_limits<std::int32_t>::min() ||
                value > std::numeric_limits<std::int32_t>::max())
              return refuse("the \"code\" member is not an integer in int32 range");
            details.error = error::from_wire(static_cast<std::int32_t>(value));
            have_code = true;
          } else if (is_integer && value >= 100 && value <= 599) {
            details.status = static_cast<int>(value);
          }
        } else {
          if (key == "code" && !in.failed())
            return refuse("the \"code\" member is not a number (it must be an integer)");
          if (!in.skip_value(1)) break;
        }
      } else if (text_member != nullptr && in.peek() == '"') {
        if (*seen) return refuse("the \"" + key + "\" member appears twice");
        *seen = true;
        if (!in.string(text_member)) break;
      } else if ((key == "condition" || key == "retry") && in.peek() == '"') {
        bool& seen_word = key == "condition" ? seen_condition : seen_retry;
        if (seen_word) return refuse("the \"" + key + "\" member appears twice");
        seen_word = true;
        const std::size_t start = in.position();
        word.clear();
        if (!in.string(&word)) break;
        bool known = false;
        if (key == "condition") {
          details.condition = enumerator_named<condition>(word, detail::condition_names);
          known = details.condition.has_value();
        } else {
          details.retry = enumerator_named<retry>(word, detail::retry_names);
          known = details.retry.has_value();
        }
        // A condition or policy newer than this client: kept as the server wrote it.
        if (!known)
          details.extensions.push_back({key, std::string(in.text_between(start, in.position()))});
      } else if (key == "retryable" && (in.peek() == 't' || in.peek() == 'f')) {
        if (seen_retryable) return refuse("the \"retryable\" member appears twice");
        seen_retryable = true;
        if (in.literal("true"))
          details.retryable = true;
        else if (in.literal("false"))
          details.retryable = false;
        else {
          in.fail("expected a value");
          break;
        }
      } else {
        // Anything else, kept as its JSON text.
        const std::size_t start = in.position();
        if (!in.skip_value(1)) break;
        details.extensions.push_back({key, std::string(in.text_between(start, in.position()))});
      }

      in.skip_whitespace();
      if (in.take('}')) break;
      if (!in.take(',')) {
        in.fail("expected ',' or '}'");
        break;
      }
    }
  }
  if (in.failed()) return refuse(in.problem());
  in.skip_whitespace();
  if (!in.at_end()) {
    in.fail("unexpected text after the object");
    return refuse(in.problem());
  }
  if (!have_code) return refuse("no \"code\" member: not an rtcerr problem document");
  result.details = std::move(details);
  result.reason.clear();
  return result;
}

}  // namespace rtcerr
