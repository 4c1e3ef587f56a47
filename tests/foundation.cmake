# Foundation: the catalogue, the error value and the registry rules.
rtcerr_add_test(golden_test golden_test.cpp)
rtcerr_add_test(error_test error_test.cpp)
rtcerr_add_test(registry_test registry_test.cpp)

rtcerr_add_compile_fail(code_out_of_range.cpp "code lies outside its domain's owned range")
rtcerr_add_compile_fail(registry_with_bad_domain.cpp "code lies outside its domain's owned range")
rtcerr_add_compile_fail(duplicate_value.cpp "duplicate code value in a domain")
rtcerr_add_compile_fail(unordered_codes.cpp "codes must be listed in ascending order")
rtcerr_add_compile_fail(duplicate_name.cpp "duplicate code name in a domain")
rtcerr_add_compile_fail(overlapping_ranges.cpp "the owned ranges of two domains overlap")
rtcerr_add_compile_fail(duplicate_domain_name.cpp "two domains have the same name")
rtcerr_add_compile_fail(range_contains_zero.cpp "0 is reserved for success")
rtcerr_add_compile_fail(empty_message_zh.cpp "needs a non-empty Chinese and English message")
rtcerr_add_compile_fail(empty_message_en.cpp "needs a non-empty Chinese and English message")
rtcerr_add_compile_fail(retired_number_reused.cpp "a retired code number must never be reused")
rtcerr_add_compile_fail(unknown_literal.cpp "error_literal_is_not_zero_or_a_registered_code")
rtcerr_add_compile_fail(literal_beyond_int32.cpp "error_literal_is_not_zero_or_a_registered_code")

add_test(NAME core_names_no_catalogue
  COMMAND ${CMAKE_COMMAND} -DCORE_DIR=${PROJECT_SOURCE_DIR}/include/rtcerr/core
          -P ${CMAKE_CURRENT_SOURCE_DIR}/core_names_no_catalogue.cmake)

add_test(NAME header_compile_cost
  COMMAND ${CMAKE_COMMAND} -DINCLUDE_DIR=${PROJECT_SOURCE_DIR}/include
          -P ${CMAKE_CURRENT_SOURCE_DIR}/header_compile_cost.cmake)

# Every C and C++ file the project writes is formatted with the repository's
# .clang-format (the generated bindings under bindings/ are the generators'
# output, compared byte for byte by their own drift test). The clang-format
# is Debian's default (`clang-format`, installed by scripts/install-deps), so
# every machine formats alike; see tests/clang_format.cmake.
find_program(RTCERR_CLANG_FORMAT NAMES clang-format)
find_package(Git QUIET)
if(RTCERR_CLANG_FORMAT AND GIT_FOUND AND EXISTS ${PROJECT_SOURCE_DIR}/.git)
  add_test(NAME format.clang_format
    COMMAND ${CMAKE_COMMAND} -DCLANG_FORMAT=${RTCERR_CLANG_FORMAT} -DGIT=${GIT_EXECUTABLE}
            -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
            -P ${CMAKE_CURRENT_SOURCE_DIR}/clang_format.cmake)
endif()
