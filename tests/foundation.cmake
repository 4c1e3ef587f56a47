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
