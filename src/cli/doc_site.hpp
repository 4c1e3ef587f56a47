// `rtcerr docs --html OUT`: the catalogue as a static web site, for the app
// developers and support staff who look a code up in a browser.
//
//   OUT/index.html            every code in one table: search as you type,
//                             filters by domain and condition, a Chinese /
//                             English switch remembered in localStorage
//   OUT/codes/<number>.html   one page per code and per retired number, at
//                             the address rtcerr/code_page.hpp makes (stable
//                             across releases: services link to it)
//   OUT/style.css             shared by both, print rules included
//
// The site is self-contained: nothing is fetched from elsewhere, the script
// is inline and classic (no modules, no fetch()), so it works from file://
// as well as from any static host. Every text is in the HTML, so the pages
// read without JavaScript; only search and the switch need it.
//
// Like the generators (generate.hpp), the writer is a pure function of a
// model, so that a test can give it a registry other than the catalogue
// (one with retired numbers) and the same catalogue gives identical files.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "generate.hpp"
#include "rtcerr/core/domain.hpp"

namespace rtcerr::cli {

// A number withdrawn from a domain: it keeps a page saying it must not be
// reused.
struct site_retired {
  std::int64_t value = 0;
  std::string domain;
  std::string name;
};

// What the site shows beyond the generators' model.
struct site_model {
  catalogue_model catalogue;
  std::vector<site_retired> retired;  // ascending by value
  // The Retry-After, in seconds, suggested for a `backoff` code, by the
  // code's condition name (rtcerr::retry_advice_of). Absent: none.
  std::map<std::string, int, std::less<>> backoff_seconds;
  // The C++ namespace of each domain's `errc` ("rtcerr::recording"), by
  // domain name. Absent: the domain name alone.
  std::map<std::string, std::string, std::less<>> cpp_namespaces;
};

// `catalogue` with the retired numbers of `domains` (the registry the model
// was built from) and the retry advice of every condition.
site_model site_model_of(catalogue_model catalogue, std::span<const rtcerr::domain_info> domains);
// The site of rtcerr::registry, the catalogue.
site_model registry_site_model();

// `text` safe inside HTML text and inside a double- or single-quoted
// attribute value: & < > " ' become character references. The site's only
// escaper: every text of the model goes through it.
std::string html_escape(std::string_view text);

// The name of a code in one generated language, as a user of that
// binding writes it: {"typescript", "TypeScript", "ErrorCode.RecordingStreamDataTimeout"}.
// `generator` is the `rtcerr generate --lang` value, or "c++" for this
// library.
struct language_name {
  std::string_view generator;
  std::string_view label;
  std::string name;
};
std::vector<language_name> names_in_languages(const site_model& model, const model_code& code);

// Every file of the site, paths relative to its root (forward slashes).
std::vector<generated_file> write_site(const site_model& model);

// `rtcerr docs --html OUT`: writes the site of the catalogue under `out_dir`
// (created if missing; files of the same names are replaced, nothing else is
// touched). Returns 0, or 2 with a message on `err` when a directory or file
// cannot be created or written.
int run_docs_html(const std::string& out_dir, std::ostream& err);

}  // namespace rtcerr::cli
