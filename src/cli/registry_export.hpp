// `rtcerr export`: a registry's whole catalogue as one versioned JSON
// document, for anyone else's generators, docs and dashboards. It is a pure
// function of the generators' model (generate.hpp, model_of.hpp), so it
// exists for the platform's catalogue and for any application's registry.
//
// The document (described by docs/export.schema.json, installed as
// <prefix>/share/rtcerr/export.schema.json):
//   schema_version     export_schema_version: changes when a member changes
//                      meaning or is removed (added members keep it);
//   catalogue_version  the catalogue's version (the project's for the
//                      platform's catalogue; an application's own);
//   rtcerr_version     the rtcerr that wrote it;
//   fingerprint        the registry's fingerprint, 16 hex digits;
//   outside            what a value outside every domain means;
//   domains            per domain: name, id (16 hex digits), range, messages
//                      of an unlisted value, unknown_default (the whole
//                      range's) and unknown_ranges (parts of it: the part
//                      that covers a value wins), retired numbers;
//   codes              per code, success first: domain (null for 0), code,
//                      name, messages and hints, condition, retry,
//                      http_status, grpc_code (google.rpc.Code number) and
//                      grpc_name ("UNAVAILABLE").
// `rtcerr list --format json` keeps its own, flatter shape
// (docs/catalogue.schema.json).
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "generate.hpp"

namespace rtcerr::cli {

inline constexpr int export_schema_version = 1;

nlohmann::ordered_json export_json(const catalogue_model& model);
// A code's members that the export and `list --format json` share, in this
// order: domain (null for 0), code, name, message_zh, message_en, hint_zh,
// hint_en, condition, retry, http_status (null when the code has none).
nlohmann::ordered_json code_members(const model_code& c);
// The document, indented by two spaces, ending in a newline.
std::string format_export(const catalogue_model& model);

}  // namespace rtcerr::cli
