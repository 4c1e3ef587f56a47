// rtcerr/code_page.hpp - where a code's page is in the reference site that
// `rtcerr docs --html OUT` writes.
//
// The site has one page per code, at `codes/<decimal code>.html` below its
// root: `codes/605030046.html`. That address is part of rtcerr's public
// contract and stays the same across releases (a retired number keeps its
// page), so that a service can put it in its answers and a person can
// bookmark it:
//
//   rtcerr::problem_json(e, {.code_page_base = "https://errors.example.com/rtc"})
//   // "type":"https://errors.example.com/rtc/codes/605030046.html"
//
// The writer of the site and every writer of a link use these two functions,
// so that they cannot disagree.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace rtcerr {

// The page of `code`, relative to the site's root: "codes/605030046.html".
// Any value gives a path; the site holds pages only for listed and retired
// codes.
inline std::string code_page_path(std::int64_t code) {
  return "codes/" + std::to_string(code) + ".html";
}

// `base` (the site's root, with or without a trailing slash) joined with
// code_page_path(code). An empty base gives the relative path.
inline std::string code_page_url(std::string_view base, std::int64_t code) {
  std::string url(base);
  if (!url.empty() && url.back() != '/') url += '/';
  return url + code_page_path(code);
}

}  // namespace rtcerr
