// rtcerr/core/internal/thrown_error.hpp - an error described by its value and its domain's table.
//
// What the formatters write for an exception (rtcerr/core/basic_exception.hpp),
// whichever registry threw it, and what the library's writer of an error
// without a compiled writer of its own reads (rtcerr/core/basic_format_error.hpp).
// Apart from the exceptions, so that formatting errors alone does not parse them.
#pragma once

#include <cstdint>
#include <string_view>

#include "rtcerr/core/basic_registry.hpp"
#include "rtcerr/core/domain.hpp"
#include "rtcerr/core/error.hpp"
#include "rtcerr/core/internal/code_table.hpp"
#include "rtcerr/core/language.hpp"
#include "rtcerr/core/status_mapping.hpp"

namespace rtcerr::detail {

// The error an exception reports, described from the exception alone (its
// value and its domain's table): what formatters show for an exception,
// whichever registry threw it. The same queries as basic_error, run-time only.
class thrown_error {
 public:
  // From an rtcerr::exception (a template, so that formatting errors alone
  // needs no exception class: rtcerr/core/basic_format_error.hpp; the
  // exception names this class its friend).
  template <class Exception>
  explicit thrown_error(const Exception& x) noexcept : value_(x.value()), domain_(x.domain_) {}
  // `value` in `domain`, its owning domain's compact table (nullptr: no
  // domain owns it).
  thrown_error(std::int32_t value, const domain_table* domain) noexcept
      : value_(value), domain_(domain) {}

  std::int32_t value() const noexcept { return value_; }
  bool in_domain() const noexcept { return domain_ != nullptr; }
  bool known() const noexcept { return entry().row != nullptr; }
  std::string_view domain_name() const noexcept {
    return domain_ != nullptr ? domain_->name() : unknown_code_name;
  }
  // Each query below answers what basic_error's answers, from the same row
  // and through the same functions (http_status_of, grpc_code_of, the
  // messages of unlisted values); tests/catalogue/agreement_test.cpp compares them.
  std::string_view name() const noexcept {
    if (const found c = entry(); c.row != nullptr) return c.row->name(c.blob);
    if (const packed_retired* r = retired()) return domain_->retired_name(*r);
    return unknown_code_name;
  }
  std::string_view message(lang l = lang::zh) const noexcept {
    if (const found c = entry(); c.row != nullptr) return c.row->message(c.blob, l);
    if (domain_ == nullptr) return message_outside_domains(value_, l);
    return message_unlisted_in(*domain_, retired() != nullptr, l);
  }
  std::string_view hint(lang l = lang::zh) const noexcept {
    const found c = entry();
    return c.row != nullptr ? c.row->hint(c.blob, l) : std::string_view{};
  }
  ::rtcerr::condition condition() const noexcept {
    const found c = entry();
    return c.row != nullptr ? c.row->condition : unlisted_default().condition;
  }
  ::rtcerr::retry retry() const noexcept {
    const found c = entry();
    return c.row != nullptr ? c.row->retry : unlisted_default().retry;
  }
  ::rtcerr::grpc_code grpc_code() const noexcept {
    const found c = entry();
    return c.row != nullptr ? grpc_code_of(c.row->fields()) : grpc_code_of(unlisted_default());
  }
  int http_status() const noexcept {
    const found c = entry();
    return c.row != nullptr ? http_status_of(c.row->fields()) : http_status_of(unlisted_default());
  }

 private:
  struct found {
    const packed_code* row;
    const char* blob;
  };
  // The value's row and its texts: the success code's for 0, its domain's
  // row for a listed code, a null row otherwise.
  found entry() const noexcept {
    if (value_ == 0)
      return {&domain_tables<success_domain>::codes[0], domain_tables<success_domain>::blob};
    if (domain_ == nullptr) return {nullptr, nullptr};
    return {domain_->find(value_), domain_->blob};
  }
  unknown_default unlisted_default() const noexcept {
    return domain_ != nullptr ? domain_->unknown_default_for(value_) : unknown_default{};
  }
  const packed_retired* retired() const noexcept {
    return domain_ != nullptr ? domain_->find_retired(value_) : nullptr;
  }

  std::int32_t value_;
  const domain_table* domain_;
};

}  // namespace rtcerr::detail
