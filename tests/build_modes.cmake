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

check_cxx_source_compiles([[
#include <rtcerr/core/config.hpp>
#if !RTCERR_HAS_RTTI
#error no RTTI
#endif
int main() {}]] RTCERR_TESTS_HAVE_RTTI)

if(NOT RTCERR_TESTS_HAVE_EXCEPTIONS)
  # doctest's REQUIRE needs exceptions unless told otherwise; its *_THROWS
  # checks then compile to nothing, which is what they mean in this mode.
  target_compile_definitions(rtcerr_doctest_main PUBLIC
    DOCTEST_CONFIG_NO_EXCEPTIONS_BUT_WITH_ALL_ASSERTS)
endif()

unset(CMAKE_REQUIRED_INCLUDES)

if(NOT RTCERR_TESTS_HAVE_EXCEPTIONS)
  # The failure handler, in forked children.
  rtcerr_add_test(no_exceptions_test no_exceptions_test.cpp)
else()
  # Typed exceptions caught at every level, with no typeid or dynamic_cast.
  rtcerr_add_test(no_rtti_test no_rtti_test.cpp)
endif()

# Without RTTI, the tests that check an exception's exact dynamic type with
# typeid cannot be built; they stay in the build modes that have RTTI.
if(NOT RTCERR_TESTS_HAVE_RTTI)
  foreach(test exception_test result_own_registry_test)
    if(TARGET ${test})
      set_target_properties(${test} PROPERTIES EXCLUDE_FROM_ALL ON)
      set_tests_properties(${test} PROPERTIES DISABLED ON)
    endif()
  endforeach()
endif()

# --- The C API ---------------------------------------------------------------
# From C, compiled as strictly as the C API promises; linked by the C++
# linker, since the library is C++ underneath.
include(CheckLanguage)
check_language(C)
if(CMAKE_C_COMPILER)
  enable_language(C)
  add_executable(c_api_test c_api/c_api_test.c)
  target_link_libraries(c_api_test PRIVATE rtcerr::rtcerr)
  set_target_properties(c_api_test PROPERTIES C_STANDARD 11 C_STANDARD_REQUIRED ON
                                              C_EXTENSIONS OFF LINKER_LANGUAGE CXX)
  target_compile_options(c_api_test PRIVATE -Wall -Wextra -Werror -pedantic)
  add_test(NAME c_api_test COMMAND c_api_test)
else()
  message(WARNING "no C compiler: the C API's C test is not built")
endif()

# Through a shared library from Python's ctypes. A shared build loads
# librtcerr.so itself; a static one links the library's objects (compiled
# with -fPIC) into a module of their own. A sanitized build is skipped (the
# Python interpreter is not instrumented), saying so.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_FOUND)
  get_target_property(rtcerr_library_type rtcerr TYPE)
  if(rtcerr_library_type STREQUAL "SHARED_LIBRARY")
    set(c_api_shared rtcerr)
  else()
    add_library(rtcerr_c_api_module MODULE $<TARGET_OBJECTS:rtcerr>)
    target_link_libraries(rtcerr_c_api_module PRIVATE rtcerr::rtcerr)
    set(c_api_shared rtcerr_c_api_module)
  endif()
  if(CMAKE_CXX_FLAGS MATCHES "-fsanitize")
    add_test(NAME c_api_ctypes COMMAND ${CMAKE_COMMAND} -E echo
      "c_api_ctypes: skipped in a sanitized build (python3 is not instrumented)")
    set_tests_properties(c_api_ctypes PROPERTIES SKIP_REGULAR_EXPRESSION "skipped")
  else()
    add_test(NAME c_api_ctypes
      COMMAND Python3::Interpreter ${CMAKE_CURRENT_SOURCE_DIR}/c_api/c_api_ctypes.py
              $<TARGET_FILE:${c_api_shared}> ${PROJECT_VERSION})
  endif()
endif()

# --- The shared library ------------------------------------------------------
# What it exports, against the list (tests/shared/exported_symbols.txt).
if(rtcerr_library_type STREQUAL "SHARED_LIBRARY")
  add_test(NAME shared.exported_symbols
    COMMAND ${CMAKE_COMMAND} -DLIBRARY=$<TARGET_FILE:rtcerr>
            -DEXPECTED=${CMAKE_CURRENT_SOURCE_DIR}/shared/exported_symbols.txt
            -P ${CMAKE_CURRENT_SOURCE_DIR}/shared/exported_symbols.cmake)
endif()

# --- Codes from outside --------------------------------------------------------
rtcerr_add_test(wire_test wire_test.cpp)
rtcerr_add_compile_fail(from_wire_narrowing.cpp
  "from_wire\\(std::int32_t\\) would narrow this 64-bit value")

# --- Public headers, each on its own ----------------------------------------
# Every public header compiles alone, with the project's warnings as errors
# and -std=c++20, under this build's compiler and flags. A header that needs
# an optional package is checked where that package was found.
file(GLOB_RECURSE rtcerr_public_headers RELATIVE ${PROJECT_SOURCE_DIR}/include
     ${PROJECT_SOURCE_DIR}/include/rtcerr/*.hpp ${PROJECT_SOURCE_DIR}/include/rtcerr/*.h)
set(rtcerr_header_sources "")
foreach(header IN LISTS rtcerr_public_headers)
  if(header STREQUAL "rtcerr/grpc.hpp" AND NOT TARGET rtcerr_grpc)
    continue()
  endif()
  # A part of rtcerr/core/format.hpp, included by it after the writers it uses.
  if(header STREQUAL "rtcerr/core/trace_format.hpp")
    continue()
  endif()
  # A part of rtcerr/core/domain.hpp, included by it after the vocabulary it reads.
  if(header STREQUAL "rtcerr/core/domain_rules.hpp")
    continue()
  endif()
  string(MAKE_C_IDENTIFIER "${header}" stem)
  set(source ${CMAKE_CURRENT_BINARY_DIR}/headers/${stem}.cpp)
  file(CONFIGURE OUTPUT ${source} CONTENT "#include <${header}>\n")
  list(APPEND rtcerr_header_sources ${source})
endforeach()
# Not part of `all`: scripts/test builds it in the stages whose flags make a
# difference to the headers (both compilers with and without exceptions, and
# without RTTI), not in every stage.
add_library(rtcerr_public_headers OBJECT EXCLUDE_FROM_ALL ${rtcerr_header_sources})
target_link_libraries(rtcerr_public_headers PRIVATE rtcerr::rtcerr rtcerr_warnings)
set_target_properties(rtcerr_public_headers PROPERTIES CXX_EXTENSIONS OFF)  # -std=c++20
if(TARGET rtcerr_grpc)
  # grpc.hpp's include paths, without building rtcerr_grpc for this check.
  target_include_directories(rtcerr_public_headers PRIVATE
    $<TARGET_PROPERTY:rtcerr_grpc,INTERFACE_INCLUDE_DIRECTORIES>)
  target_compile_definitions(rtcerr_public_headers PRIVATE
    $<TARGET_PROPERTY:rtcerr_grpc,INTERFACE_COMPILE_DEFINITIONS>)
endif()

# Diagnostics that name the fix: from_wire of an unsigned 32-bit or a
# floating-point number, and error{value} with a run-time value.
rtcerr_add_compile_fail(from_wire_unsigned.cpp "from_wire takes a signed code")
rtcerr_add_compile_fail(from_wire_floating.cpp
  "from_wire takes an integer code, not a floating-point number")
rtcerr_add_compile_fail(error_literal_runtime.cpp
  "for a value known only at run time write error::from_wire\\(value\\)")
