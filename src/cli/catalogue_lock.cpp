#include "catalogue_lock.hpp"
#include "code_parser.hpp"
#include "doc_table.hpp"

#include <map>
#include <optional>
#include <set>
#include <utility>

#include "rtcerr/wire.hpp"
#include "text_file.hpp"

namespace rtcerr::cli {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::vector<std::string_view> words(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && is_blank(line[i])) ++i;
    const std::size_t start = i;
    while (i < line.size() && !is_blank(line[i])) ++i;
    if (i > start) out.push_back(line.substr(start, i - start));
  }
  return out;
}

std::string shown(std::string_view text) { return visible(text, 80); }

// Where a domain's codes are written: the catalogue's header, or, for an
// application's domain, its own definition.
std::string header_of(std::string_view domain) {
  for (const domain_info& d : rtcerr::registry::domains)
    if (d.name == domain) return "include/rtcerr/domains/" + std::string(domain) + ".hpp";
  return "the definition of domain " + std::string(domain) + " (its RTCERR_DEFINE_DOMAIN)";
}

const domain_info* domain_named(std::span<const domain_info> domains, std::string_view name) {
  for (const domain_info& d : domains)
    if (d.name == name) return &d;
  return nullptr;
}

const domain_info* owner_of(std::span<const domain_info> domains, std::int64_t code) {
  for (const domain_info& d : domains)
    if (d.owns(code)) return &d;
  return nullptr;
}

}  // namespace

lock_file parse_lock(std::string_view text) {
  lock_file lock;
  std::map<std::int64_t, std::size_t> line_of_code;
  std::map<std::pair<std::string, std::string>, std::size_t> line_of_name;
  std::size_t line_no = 0;
  for (const std::string_view line : split_lines(text)) {
    ++line_no;

    const std::vector<std::string_view> w = words(line);
    if (w.empty() || w.front().front() == '#') continue;
    const std::string where = "line " + std::to_string(line_no) + ": ";
    if (w.size() != 3) {
      lock.problems.push_back(where + "'" + shown(line) + "' is not DOMAIN CODE NAME");
      continue;
    }
    // A decimal number, read by the library's parser (which would take a
    // name too): nothing beyond 32 bits.
    const std::optional<rtcerr::error> parsed =
        is_decimal_text(w[1]) ? rtcerr::parse_code(w[1]) : std::nullopt;
    if (!parsed) {
      lock.problems.push_back(where + "'" + shown(w[1]) + "' is not a decimal 32-bit code");
      continue;
    }
    const std::int64_t code = parsed->value();
    lock_entry entry{std::string(w[0]), code, std::string(w[2]), line_no};
    if (const auto [it, fresh] = line_of_code.emplace(code, line_no); !fresh) {
      lock.problems.push_back(where + "code " + std::to_string(code) +
                              " is locked twice (first on line " + std::to_string(it->second) +
                              ")");
      continue;
    }
    if (const auto [it, fresh] = line_of_name.emplace(std::pair(entry.domain, entry.name), line_no);
        !fresh) {
      lock.problems.push_back(where + "name " + shown(entry.domain) + "." + shown(entry.name) +
                              " is locked twice (first on line " + std::to_string(it->second) +
                              ")");
      continue;
    }
    lock.entries.push_back(std::move(entry));
  }
  return lock;
}

std::string lock_line(std::string_view domain, std::int64_t code, std::string_view name) {
  return std::string(domain) + " " + std::to_string(code) + " " + std::string(name);
}

std::vector<std::string> check_lock(const lock_file& lock, std::span<const domain_info> domains,
                                    std::string_view lock_path) {
  std::vector<std::string> out;
  for (const std::string& p : lock.problems) out.push_back(std::string(lock_path) + ": " + p);

  std::set<std::int64_t> locked_codes;
  std::set<std::pair<std::string, std::string>> renumbered;  // reported once, not twice
  for (const lock_entry& e : lock.entries) {
    locked_codes.insert(e.code);
    const std::string locked = quoted(shown(lock_line(e.domain, e.code, e.name))) + " (" +
                               std::string(lock_path) + " line " + std::to_string(e.line) + ")";
    const domain_info* d = domain_named(domains, e.domain);
    if (d == nullptr) {
      out.push_back("locked code " + locked + ": the catalogue has no domain '" + shown(e.domain) +
                    "'. Released domains are never removed or renamed.");
      continue;
    }
    if (!d->owns(e.code)) {
      const domain_info* now = owner_of(domains, e.code);
      out.push_back("locked code " + locked + ": " + std::to_string(e.code) +
                    " no longer lies in the range of domain " + std::string(d->name) +
                    (now != nullptr ? " but in that of " + std::string(now->name) : "") +
                    ". A released code never changes domain; restore the domain's range.");
      continue;
    }
    const code_info* code = nullptr;
    const code_info* same_name = nullptr;
    for (const code_info& c : d->codes) {
      if (c.value == e.code) code = &c;
      if (c.name == e.name) same_name = &c;
    }
    const retired_code* retired = nullptr;
    for (const retired_code& r : d->retired)
      if (r.value == e.code) retired = &r;

    if (code != nullptr) {
      if (code->name != e.name)
        out.push_back("locked code " + locked + " is now named " + std::string(d->name) + "." +
                      std::string(code->name) +
                      ". A released name never changes (other languages' SDKs spell it): "
                      "give it back the name " +
                      shown(e.name) + " in " + header_of(d->name) + ".");
      continue;
    }
    if (retired != nullptr) {
      if (retired->name != e.name)
        out.push_back("locked code " + locked + " is retired under another name, " +
                      std::string(retired->name) + ". A retired code keeps its name: write " +
                      "RETIRED(" + std::to_string(e.code) + ", " + shown(e.name) + ") in " +
                      header_of(d->name) + ".");
      continue;
    }
    if (same_name != nullptr) {
      renumbered.emplace(e.domain, e.name);
      out.push_back(
          "locked code " + locked + " has been renumbered to " + std::to_string(same_name->value) +
          ". A released number never changes: peers still send " + std::to_string(e.code) +
          ". Give the code back its number in " + header_of(d->name) +
          "; if a different meaning needs a new number, add a "
          "new code with a new name.");
      continue;
    }
    out.push_back("locked code " + locked +
                  " is missing from the catalogue. A released code is never removed: to "
                  "withdraw it, replace its CODE(...) line in " +
                  header_of(d->name) + " with RETIRED(" + std::to_string(e.code) + ", " +
                  shown(e.name) + ") and keep its lock line; the number is then never reused.");
  }

  for (const domain_info& d : domains) {
    const auto unlocked = [&](std::int64_t value, std::string_view name, bool is_retired) {
      if (locked_codes.count(value) != 0) return;
      if (renumbered.count({std::string(d.name), std::string(name)}) != 0) return;
      out.push_back(std::string(is_retired ? "retired code " : "code ") +
                    lock_line(d.name, value, name) +
                    " is not in the lock. To release a new code, append the line '" +
                    lock_line(d.name, value, name) + "' to the end of " + std::string(lock_path) +
                    " in the same change that adds the code (see "
                    "docs/maintaining-the-catalogue.md). Never edit or delete existing lines.");
    };
    for (const code_info& c : d.codes) unlocked(c.value, c.name, false);
    for (const retired_code& r : d.retired) unlocked(r.value, r.name, true);
  }
  return out;
}

int check_lock_file(const std::string& path, std::span<const domain_info> domains, std::string& out,
                    std::string& err) {
  std::string text, problem;
  if (!read_text_file(path, text, problem)) {
    err += "rtcerr check-lock: cannot read '" + visible(path, 200) + "': " + problem + "\n";
    return 2;
  }
  if (problem = validate_doc_text(text); !problem.empty()) {
    err += "rtcerr check-lock: cannot read '" + visible(path, 200) + "': it " + problem + "\n";
    return 2;
  }
  const lock_file lock = parse_lock(text);
  const std::vector<std::string> problems = check_lock(lock, domains, path);
  if (problems.empty()) {
    out += visible(path, 200) + ": the catalogue honours all " +
           std::to_string(lock.entries.size()) + " locked codes\n";
    return 0;
  }
  out += visible(path, 200) + ": " + std::to_string(problems.size()) +
         (problems.size() == 1 ? " problem" : " problems") + " with the wire contract\n";
  for (const std::string& p : problems) out += "  - " + p + "\n";
  return 1;
}

}  // namespace rtcerr::cli
