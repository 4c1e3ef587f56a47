# The typed exceptions' hierarchy: every catch level, copies, the condition
# level as a view of the whole exception. No typeid or dynamic_cast, so it
# runs in the -fno-rtti build too.
rtcerr_add_test(exception_levels_test exception_levels_test.cpp)
rtcerr_add_compile_fail(condition_exception_by_value.cpp
  "catch a condition_exception<C> by reference")
