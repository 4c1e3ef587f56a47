// An application's domain that states what its unlisted values default to
// (rtcerr/core/domain.hpp, "Unknown codes"): a newer server's network code
// is a network_error to retry with backoff, except in the part of the range
// the application keeps for refusals, which are permission_denied and never
// retried. Its registry holds it alone.
#pragma once

#include "rtcerr/rtcerr.hpp"

// clang-format off
#define ACME_NETWORK_CODES(CODE, RETIRED) \
  CODE(800001, link_down, "链路断开", "", "Link is down", "", network_error, backoff, 0) \
  CODE(800501, peer_refused, "对端拒绝", "", "The peer refused", "", permission_denied, never, 0) \
  RETIRED(800002, old_link_error)
// clang-format on

namespace acme::network {
RTCERR_DEFINE_DOMAIN(network, 800000, 800999, ACME_NETWORK_CODES, unknown(network_error, backoff),
                     unknown_in(800500, 800599, permission_denied, never));
}  // namespace acme::network

namespace acme::net {
using registry = rtcerr::basic_registry<std::uint64_t, network::domain>;
using error = rtcerr::basic_error<registry>;
}  // namespace acme::net
