# Open, composable domains: identity, composition, checks that cannot be skipped.
rtcerr_add_test(domains_test domains_test.cpp domains_once.cpp)
# It checks exact exception types with typeid: built only where RTTI is
# (RTCERR_TESTS_HAVE_RTTI, from build_modes.cmake).
if(DEFINED RTCERR_TESTS_HAVE_RTTI AND NOT RTCERR_TESTS_HAVE_RTTI)
  set_target_properties(domains_test PROPERTIES EXCLUDE_FROM_ALL ON)
  set_tests_properties(domains_test PROPERTIES DISABLED ON)
endif()

rtcerr_add_compile_fail(condition_success.cpp "a failure code cannot have condition `success`")
rtcerr_add_compile_fail(condition_unknown.cpp "a listed code cannot have condition `unknown`")
rtcerr_add_compile_fail(http_status_42.cpp "a code's HTTP status must be a failure status within 400-599, or 0")
rtcerr_add_compile_fail(http_status_999.cpp "a code's HTTP status must be a failure status within 400-599, or 0")
rtcerr_add_compile_fail(retired_name_in_use.cpp "a retired code's name is still the name of a live code")
rtcerr_add_compile_fail(duplicate_domain_id.cpp "two domains have the same id")
rtcerr_add_compile_fail(id_enum_order.cpp "the registry's id enum must name its domains in registry order")
rtcerr_add_compile_fail(unchecked_code_in_other_range.cpp "a code lies outside its domain's owned range")
rtcerr_add_compile_fail(narrowing_conversion.cpp "rtcerr::registry|conversion|convert")
rtcerr_add_compile_fail(conversion_overlap.cpp "an error converts only between registries whose domains do not overlap")

# One HTTP-status rule: a bad status (below 100, a success, above 599) gives
# one message, not one per overlapping rule.
foreach(file http_status_42 http_status_999 status_http_not_failure)
  add_test(NAME compile_fail.one_rule.${file}
    COMMAND ${CMAKE_COMMAND}
      -DCOMPILER=${CMAKE_CXX_COMPILER}
      -DSOURCE=${CMAKE_CURRENT_SOURCE_DIR}/compile_fail/${file}.cpp
      -DINCLUDE=${PROJECT_SOURCE_DIR}/include
      "-DEXPECT=a code's HTTP status must be a failure status within 400-599, or 0"
      -P ${CMAKE_CURRENT_SOURCE_DIR}/compile_fail/one_rule.cmake)
endforeach()

# A domain's own rules run where it is defined: each defect below, in a domain
# that no registry holds and that only its exception type uses, stops
# compilation (the rules between domains stay with the registry).
rtcerr_add_compile_fail(domain_alone_out_of_range.cpp "a code lies outside its domain's owned range")
rtcerr_add_compile_fail(domain_alone_duplicate_value.cpp "duplicate code value in a domain")
rtcerr_add_compile_fail(domain_alone_http_200.cpp
  "a code's HTTP status must be a failure status within 400-599, or 0")
rtcerr_add_compile_fail(domain_alone_unordered.cpp "codes must be listed in ascending order")
rtcerr_add_compile_fail(domain_alone_condition_success.cpp "a failure code cannot have condition `success`")
rtcerr_add_compile_fail(domain_alone_empty_message.cpp "needs a non-empty Chinese and English message")

# The defaults of a domain's unlisted values are checked with its other rules,
# where it is defined.
rtcerr_add_compile_fail(unknown_default_out_of_range.cpp
  "an unknown-code default's part of the range \\(unknown_in\\(first, last, ...\\)\\) must be non-empty and lie inside")
rtcerr_add_compile_fail(unknown_default_empty_range.cpp
  "an unknown-code default's part of the range \\(unknown_in\\(first, last, ...\\)\\) must be non-empty and lie inside")
rtcerr_add_compile_fail(unknown_default_overlap.cpp "two unknown-code defaults cover the same values")
rtcerr_add_compile_fail(unknown_default_twice.cpp "two unknown-code defaults cover the same values")
rtcerr_add_compile_fail(unknown_default_success.cpp "an unknown-code default cannot have condition `success`")
