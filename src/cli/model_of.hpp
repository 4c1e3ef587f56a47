// The generators' model of any registry: what `rtcerr generate`, `rtcerr
// export` and `rtcerr docs --html` write, for the platform's catalogue
// (registry_model()) or an application's registry (a tool built with
// rtcerr_add_catalogue_tool, docs/domains.md).
//
//   const rtcerr::cli::catalogue_model model = rtcerr::cli::model_of<acme::registry>("2.3.0");
//
// Every fact comes through the registry's basic_error, so the model says what
// the C++ API says (tests/catalogue/agreement_test.cpp compares them).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "generate.hpp"
#include "rtcerr/core/basic_fingerprint.hpp"
#include "rtcerr/core/error.hpp"
#include "rtcerr/core/status_mapping.hpp"
#include "rtcerr/version.hpp"

namespace rtcerr::cli {

// The parts of a model that do not depend on the registry: the conditions,
// the retry policies, the locales and the messages of values outside every
// domain.
catalogue_model empty_model();

// The defaults of an unlisted value, as the model writes them.
inline model_unknown_default model_default_of(const unknown_default& u, std::int64_t first,
                                              std::int64_t last) {
  return {first,
          last,
          std::string(to_string(u.condition)),
          std::string(to_string(u.retry)),
          http_status_of(u),
          static_cast<int>(grpc_number(grpc_code_of(u)))};
}

// The model of `Registry`. `version` is the catalogue's version (the
// project's for the platform's catalogue; an application states its own).
template <class Registry>
catalogue_model model_of(std::string_view version = RTCERR_VERSION_STRING) {
  using error_type = basic_error<Registry>;
  catalogue_model model = empty_model();
  model.version = std::string(version);
  const auto add = [&model](std::string_view domain, std::int32_t value) {
    const error_type e = error_type::from_wire(value);
    model.codes.push_back({value, std::string(domain), std::string(e.name()),
                           std::string(e.message(lang::zh)), std::string(e.message(lang::en)),
                           std::string(e.hint(lang::zh)), std::string(e.hint(lang::en)),
                           std::string(to_string(e.condition())), std::string(to_string(e.retry())),
                           static_cast<int>(e.http_status()),
                           static_cast<int>(grpc_number(e.grpc_code()))});
  };
  add("", 0);
  for (const domain_info& d : Registry::domains) {
    model_domain md;
    md.name = std::string(d.name);
    md.first = d.first;
    md.last = d.last;
    md.unknown_message_zh = std::string(d.unknown_message_zh);
    md.unknown_message_en = std::string(d.unknown_message_en);
    md.id = d.id;
    for (const retired_code& r : d.retired) md.retired.push_back({r.value, std::string(r.name)});
    unknown_default whole{};
    for (const unknown_default& u : d.unknown_defaults) {
      if (u.whole())
        whole = u;
      else
        md.unknown_ranges.push_back(model_default_of(u, u.first, u.last));
    }
    md.unknown = model_default_of(whole, d.first, d.last);
    model.domains.push_back(std::move(md));
    for (const code_info& c : d.codes) add(d.name, c.value);
  }
  char hex[17] = {};
  fingerprint_hex(fingerprint_of<Registry>(), hex);
  model.fingerprint = std::string(hex, 16);
  return model;
}

}  // namespace rtcerr::cli
