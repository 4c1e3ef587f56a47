# Per-code failure counters, their exposition and the failure hook
# (rtcerr/core/counters.hpp, docs/observability.md).
find_package(Threads REQUIRED)
rtcerr_add_test(counters_test counters_test.cpp domains_once.cpp)
