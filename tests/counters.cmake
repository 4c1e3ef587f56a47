# Per-code failure counters, their exposition and the failure hook
# (rtcerr/core/counters.hpp, docs/observability.md).
find_package(Threads REQUIRED)
rtcerr_add_test(counters_test counters_test.cpp domains_once.cpp)
rtcerr_add_test(counters_hook_test counters_hook_test.cpp)
target_link_libraries(counters_hook_test PRIVATE Threads::Threads)

# The threaded test is part of concurrency_test, which scripts/test's
# ThreadSanitizer stage builds and runs (reliability.cmake defines it).
if(TARGET concurrency_test)
  target_sources(concurrency_test PRIVATE counters_concurrency_test.cpp)
endif()
