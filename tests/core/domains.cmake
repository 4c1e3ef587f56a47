# Open, composable domains: identity, composition, checks that cannot be skipped.
rtcerr_add_test(domains_test core/domains_test.cpp support/domains_once.cpp)
# It checks exact exception types with typeid: built only where RTTI is
# (RTCERR_TESTS_HAVE_RTTI, from tests/CMakeLists.txt).
if(NOT RTCERR_TESTS_HAVE_RTTI)
  set_target_properties(domains_test PROPERTIES EXCLUDE_FROM_ALL ON)
  set_tests_properties(domains_test PROPERTIES DISABLED ON)
endif()

# A domain's own rules run where it is defined: each defect below, in a domain
# that no registry holds and that only its exception type uses, stops
# compilation (the rules between domains stay with the registry).
