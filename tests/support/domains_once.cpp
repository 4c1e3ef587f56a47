// The one translation unit that compiles the application registry's heavy
// parts (tests/support/domains_app.hpp declares them extern): its throw_error
// dispatch, with every code's exception type, and its formatter writer.
#include "domains_app.hpp"

RTCERR_INSTANTIATE_REGISTRY(acme::registry);
RTCERR_INSTANTIATE_REGISTRY_FORMAT(acme::registry);
