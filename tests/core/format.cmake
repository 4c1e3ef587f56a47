# Formatting and logging: {fmt} formatters (errors, errc, results, exceptions,
# error codes), allocation-free formatting into a caller's buffer, spdlog, and
# the compile-time rejection of unknown specs.
rtcerr_add_test(format_test core/format_test.cpp)
rtcerr_add_test(format_result_test core/format_result_test.cpp)
rtcerr_add_test(format_alloc_test core/format_alloc_test.cpp)

find_package(spdlog REQUIRED)
rtcerr_add_test(format_spdlog_test core/format_spdlog_test.cpp)
target_link_libraries(format_spdlog_test PRIVATE spdlog::spdlog)
