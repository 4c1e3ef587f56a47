// expect: error_literal_is_not_zero_or_a_registered_code
// An error literal that is not 0 or a catalogue code does not compile.
#include "rtcerr/registry.hpp"

#ifdef RTCERR_CONTROL
constexpr rtcerr::error e{605030046};
#else
constexpr rtcerr::error e{605030002};  // a gap in the recording domain
#endif
static_assert(e.value() != 0);
