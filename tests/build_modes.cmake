# Build modes of client SDKs: without exceptions, without RTTI, as a shared
# library, through the C API. scripts/test builds the modes that change the
# compiler flags in stages of their own; these tests run in every stage.

if(NOT RTCERR_TESTS_HAVE_EXCEPTIONS)
  # The failure handler, in forked children.
  rtcerr_add_test(no_exceptions_test core/no_exceptions_test.cpp)
else()
  # Typed exceptions caught at every level, with no typeid or dynamic_cast.
  rtcerr_add_test(no_rtti_test core/no_rtti_test.cpp)
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

# --- The shared library ------------------------------------------------------
# What it exports, against the list (tests/shared/exported_symbols.txt).
get_target_property(rtcerr_library_type rtcerr TYPE)
if(rtcerr_library_type STREQUAL "SHARED_LIBRARY")
  add_test(NAME shared.exported_symbols
    COMMAND ${CMAKE_COMMAND} -DLIBRARY=$<TARGET_FILE:rtcerr>
            -DEXPECTED=${CMAKE_CURRENT_SOURCE_DIR}/shared/exported_symbols.txt
            -P ${CMAKE_CURRENT_SOURCE_DIR}/shared/exported_symbols.cmake)
endif()

# --- Codes from outside --------------------------------------------------------
rtcerr_add_test(wire_test catalogue/wire_test.cpp)

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
  # A part of rtcerr/core/basic_format.hpp, included by it after the format_spec it reads.
  if(header STREQUAL "rtcerr/core/internal/trace_format.hpp")
    continue()
  endif()
  # A part of rtcerr/core/domain.hpp, included by it after the vocabulary it reads.
  if(header STREQUAL "rtcerr/core/internal/domain_rules.hpp")
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
