// rtcerr/core/grpc_code.hpp - the canonical gRPC status codes and their HTTP
// statuses, as published in googleapis' google/rpc/code.proto.
//
// `grpc_code` is google.rpc.Code: each enumerator's value is the code's
// number on the wire, so `static_cast<int>(c)` (or `grpc_number(c)`) is what
// a grpc::Status, a google.rpc.Status or a log line carries:
//
//   constexpr rtcerr::grpc_code c = rtcerr::grpc_code::unavailable;
//   static_assert(rtcerr::grpc_number(c) == 14);
//   static_assert(rtcerr::to_string(c) == "UNAVAILABLE");
//   static_assert(rtcerr::http_status_of(c) == 503);
//
// Which code an error maps to is decided in rtcerr/core/status_mapping.hpp;
// this header is only the table, so that it depends on nothing.
#pragma once

#include <cstdint>
#include <string_view>

#include "rtcerr/core/internal/string_view.hpp"

namespace rtcerr {

// google.rpc.Code. Only `ok` means success; every failure maps to one of the
// other sixteen (see rtcerr/core/status_mapping.hpp).
enum class grpc_code : std::uint8_t {
  ok = 0,
  cancelled = 1,
  unknown = 2,
  invalid_argument = 3,
  deadline_exceeded = 4,
  not_found = 5,
  already_exists = 6,
  permission_denied = 7,
  resource_exhausted = 8,
  failed_precondition = 9,
  aborted = 10,
  out_of_range = 11,
  unimplemented = 12,
  internal = 13,
  unavailable = 14,
  data_loss = 15,
  unauthenticated = 16,
};

// One past the largest google.rpc.Code number.
inline constexpr int grpc_code_count = 17;

// The code's google.rpc.Code number (0-16).
constexpr int grpc_number(grpc_code c) noexcept { return static_cast<int>(c); }

// True for the numbers google.rpc.Code defines (0-16). A peer may send
// anything; check before casting a number received from elsewhere.
constexpr bool is_grpc_number(std::int64_t number) noexcept {
  return number >= 0 && number < grpc_code_count;
}

// The name code.proto gives the code ("UNAVAILABLE"); "UNKNOWN" for a value
// cast from outside the enum.
constexpr std::string_view to_string(grpc_code c) noexcept;

// The HTTP status code.proto maps the code to (OK 200, UNAVAILABLE 503, ...);
// 500 for a value cast from outside the enum.
constexpr int http_status_of(grpc_code c) noexcept;

// --- Implementation details follow. -----------------------------------------

namespace detail {
struct grpc_code_row {
  grpc_code code;
  std::string_view name;  // as spelled in code.proto
  int http_status;        // the HTTP mapping code.proto documents
};

// Indexed by number; the static_assert below keeps index and number equal.
inline constexpr grpc_code_row grpc_code_rows[grpc_code_count] = {
    {grpc_code::ok, RTCERR_DETAIL_LITERAL("OK"), 200},
    {grpc_code::cancelled, RTCERR_DETAIL_LITERAL("CANCELLED"), 499},
    {grpc_code::unknown, RTCERR_DETAIL_LITERAL("UNKNOWN"), 500},
    {grpc_code::invalid_argument, RTCERR_DETAIL_LITERAL("INVALID_ARGUMENT"), 400},
    {grpc_code::deadline_exceeded, RTCERR_DETAIL_LITERAL("DEADLINE_EXCEEDED"), 504},
    {grpc_code::not_found, RTCERR_DETAIL_LITERAL("NOT_FOUND"), 404},
    {grpc_code::already_exists, RTCERR_DETAIL_LITERAL("ALREADY_EXISTS"), 409},
    {grpc_code::permission_denied, RTCERR_DETAIL_LITERAL("PERMISSION_DENIED"), 403},
    {grpc_code::resource_exhausted, RTCERR_DETAIL_LITERAL("RESOURCE_EXHAUSTED"), 429},
    {grpc_code::failed_precondition, RTCERR_DETAIL_LITERAL("FAILED_PRECONDITION"), 400},
    {grpc_code::aborted, RTCERR_DETAIL_LITERAL("ABORTED"), 409},
    {grpc_code::out_of_range, RTCERR_DETAIL_LITERAL("OUT_OF_RANGE"), 400},
    {grpc_code::unimplemented, RTCERR_DETAIL_LITERAL("UNIMPLEMENTED"), 501},
    {grpc_code::internal, RTCERR_DETAIL_LITERAL("INTERNAL"), 500},
    {grpc_code::unavailable, RTCERR_DETAIL_LITERAL("UNAVAILABLE"), 503},
    {grpc_code::data_loss, RTCERR_DETAIL_LITERAL("DATA_LOSS"), 500},
    {grpc_code::unauthenticated, RTCERR_DETAIL_LITERAL("UNAUTHENTICATED"), 401},
};

constexpr bool grpc_code_rows_match_numbers() noexcept {
  for (int i = 0; i < grpc_code_count; ++i)
    if (grpc_number(grpc_code_rows[i].code) != i) return false;
  return true;
}
static_assert(grpc_code_rows_match_numbers(),
              "rtcerr: grpc_code_rows must list google.rpc.Code in number order");
}  // namespace detail

constexpr std::string_view to_string(grpc_code c) noexcept {
  return is_grpc_number(grpc_number(c)) ? detail::grpc_code_rows[grpc_number(c)].name
                                        : std::string_view("UNKNOWN");
}

constexpr int http_status_of(grpc_code c) noexcept {
  return is_grpc_number(grpc_number(c)) ? detail::grpc_code_rows[grpc_number(c)].http_status : 500;
}

}  // namespace rtcerr
