# Formatting and logging: {fmt} formatters (errors, errc, results, exceptions,
# error codes), allocation-free formatting into a caller's buffer, spdlog, and
# the compile-time rejection of unknown specs.
rtcerr_add_test(format_test format_test.cpp)
rtcerr_add_test(format_result_test format_result_test.cpp)
rtcerr_add_test(format_alloc_test format_alloc_test.cpp)

find_package(spdlog REQUIRED)
rtcerr_add_test(format_spdlog_test format_spdlog_test.cpp)
target_link_libraries(format_spdlog_test PRIVATE spdlog::spdlog)

rtcerr_add_compile_fail(format_unknown_spec.cpp
  "invalid_rtcerr_format_spec_see_docs_formatting_md")
rtcerr_add_compile_fail(format_unknown_spec_errc.cpp
  "invalid_rtcerr_format_spec_see_docs_formatting_md")
rtcerr_add_compile_fail(format_unknown_spec_result.cpp
  "invalid_rtcerr_format_spec_see_docs_formatting_md")

# The CLI: exports, check-doc, the generated reference and the lock file.
if(TARGET rtcerr_cli_lib)
  include(${CMAKE_CURRENT_LIST_DIR}/cli.cmake)
endif()
