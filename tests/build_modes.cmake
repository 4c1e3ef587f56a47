# Build modes of client SDKs: without exceptions, without RTTI, as a shared
# library, through the C API. scripts/test builds the modes that change the
# compiler flags in stages of their own; these tests run in every stage.

# Is this build compiled with exceptions? (The flags come from the user,
# e.g. -DCMAKE_CXX_FLAGS=-fno-exceptions; the headers decide the same way,
# see include/rtcerr/core/config.hpp.)
include(CheckCXXSourceCompiles)
set(CMAKE_REQUIRED_INCLUDES ${PROJECT_SOURCE_DIR}/include)
check_cxx_source_compiles([[
#include <rtcerr/core/config.hpp>
#if !RTCERR_HAS_EXCEPTIONS
#error no exceptions
#endif
int main() {}]] RTCERR_TESTS_HAVE_EXCEPTIONS)
unset(CMAKE_REQUIRED_INCLUDES)

if(NOT RTCERR_TESTS_HAVE_EXCEPTIONS)
  # doctest's REQUIRE needs exceptions unless told otherwise; its *_THROWS
  # checks then compile to nothing, which is what they mean in this mode.
  target_compile_definitions(rtcerr_doctest_main PUBLIC
    DOCTEST_CONFIG_NO_EXCEPTIONS_BUT_WITH_ALL_ASSERTS)
endif()

if(NOT RTCERR_TESTS_HAVE_EXCEPTIONS)
  # The failure handler, in forked children.
  rtcerr_add_test(no_exceptions_test no_exceptions_test.cpp)
endif()
