// The catalogue's registry rules, and facts about it worth a compile error of
// their own. Every other registry runs the rules inside its type, in each
// translation unit; the catalogue runs them here, once, and every unit that
// includes its headers refers to the symbol defined at the end of this file
// (see "Version skew" in rtcerr/registry.hpp), so none links without them.
#include "rtcerr/fingerprint.hpp"
#include "rtcerr/registry.hpp"

static_assert(rtcerr::detail::check_registry_rules<rtcerr::registry>());
static_assert(rtcerr::registry::validated);
// The fingerprint that rtcerr/fingerprint.hpp states, against the catalogue's
// data. After a change to the catalogue this fails, and the diagnostic shows
// the new value to write there.
static_assert(
    rtcerr::stated_fingerprint_is_current<rtcerr::registry, rtcerr::catalogue_fingerprint()>());
static_assert(sizeof(rtcerr::error) == 4);
static_assert(std::is_trivially_copyable_v<rtcerr::error>);
// Not a correctness rule, a speed one: a catalogue change that makes lookups
// probe more than once should be noticed (docs/performance.md).
static_assert(rtcerr::registry::perfect_hash(),
              "rtcerr: the catalogue's lookup table is no longer a perfect hash");

// The symbol that headers of this catalogue refer to (see "Version skew" in
// rtcerr/registry.hpp): defined for this library's catalogue only, so that
// headers of another catalogue fail to link against it.
template <>
RTCERR_API const int rtcerr::catalogue_skew::librtcerr_built_with_catalogue<
    rtcerr::registry::fingerprint>::fingerprint = 1;
