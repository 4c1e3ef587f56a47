# rtcerr across a hidden-visibility shared library: a library built the way
# client SDKs ship (-fvisibility=hidden -fvisibility-inlines-hidden, its own
# static librtcerr, -Wl,--exclude-libs,ALL) and a program linking librtcerr
# itself. See tests/runtime/visibility/visibility_test.cpp and docs/domains.md. ELF
# platforms only: visibility and --exclude-libs are what it is about.
if(NOT CMAKE_SYSTEM_NAME MATCHES "Linux|Android|FreeBSD")
  return()
endif()

# The library's copy of rtcerr is static. In a static build that is the
# build's own librtcerr.a; in a shared build (-DBUILD_SHARED_LIBS=ON) a static
# copy of the library's sources is built for this test only, leaving out the
# ones the callee does not use (the linker would not take them from an archive
# anyway; they are the slowest to compile).
get_target_property(rtcerr_visibility_library_type rtcerr TYPE)
if(rtcerr_visibility_library_type STREQUAL "STATIC_LIBRARY")
  set(rtcerr_visibility_static rtcerr)
else()
  get_target_property(rtcerr_visibility_sources rtcerr SOURCES)
  list(REMOVE_ITEM rtcerr_visibility_sources src/c_api/c_api.cpp src/catalogue/format.cpp src/services/problem_json.cpp)
  list(TRANSFORM rtcerr_visibility_sources PREPEND ${PROJECT_SOURCE_DIR}/)
  add_library(rtcerr_visibility_static STATIC EXCLUDE_FROM_ALL ${rtcerr_visibility_sources})
  target_compile_features(rtcerr_visibility_static PUBLIC cxx_std_20)
  target_include_directories(rtcerr_visibility_static PUBLIC ${PROJECT_SOURCE_DIR}/include)
  target_link_libraries(rtcerr_visibility_static PUBLIC Boost::headers fmt::fmt
                                                 PRIVATE rtcerr_warnings)
  get_target_property(rtcerr_visibility_traces rtcerr INTERFACE_COMPILE_DEFINITIONS)
  list(FILTER rtcerr_visibility_traces INCLUDE REGEX "^RTCERR_TRACES=")
  target_compile_definitions(rtcerr_visibility_static PUBLIC ${rtcerr_visibility_traces})
  set_target_properties(rtcerr_visibility_static PROPERTIES POSITION_INDEPENDENT_CODE ON)
  set(rtcerr_visibility_static rtcerr_visibility_static)
endif()

add_library(rtcerr_visibility_callee SHARED runtime/visibility/callee.cpp)
set_target_properties(rtcerr_visibility_callee PROPERTIES
  CXX_VISIBILITY_PRESET hidden
  VISIBILITY_INLINES_HIDDEN ON)
target_link_libraries(rtcerr_visibility_callee PRIVATE ${rtcerr_visibility_static} rtcerr_warnings)
target_link_options(rtcerr_visibility_callee PRIVATE "LINKER:--exclude-libs,ALL")

find_package(Threads REQUIRED)
rtcerr_add_test(visibility_test runtime/visibility/visibility_test.cpp)
target_include_directories(visibility_test PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/runtime/visibility)
target_link_libraries(visibility_test PRIVATE rtcerr_visibility_callee Threads::Threads)

# False matches of trace reads against the rates docs/traces.md computes:
# threads, both copies and reads outside the window mixed, over a million
# reads (a few seconds).
rtcerr_add_test(trace_false_match_test runtime/visibility/trace_false_match_test.cpp)
target_include_directories(trace_false_match_test PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/runtime/visibility)
target_link_libraries(trace_false_match_test PRIVATE rtcerr_visibility_callee Threads::Threads)

# The same pair with the library's copy built with RTCERR_TRACE_PRIVATE_KEYS
# (docs/traces.md, "Several copies in one process"): a static copy of the
# library's sources for this test only, with the setting.
if(RTCERR_TRACES AND NOT RTCERR_TRACE_PRIVATE_KEYS)
  get_target_property(rtcerr_private_sources rtcerr SOURCES)
  list(REMOVE_ITEM rtcerr_private_sources src/c_api/c_api.cpp src/catalogue/format.cpp src/services/problem_json.cpp)
  list(TRANSFORM rtcerr_private_sources PREPEND ${PROJECT_SOURCE_DIR}/)
  add_library(rtcerr_visibility_private STATIC EXCLUDE_FROM_ALL ${rtcerr_private_sources})
  target_compile_features(rtcerr_visibility_private PUBLIC cxx_std_20)
  target_include_directories(rtcerr_visibility_private PUBLIC ${PROJECT_SOURCE_DIR}/include)
  target_link_libraries(rtcerr_visibility_private PUBLIC Boost::headers fmt::fmt
                                                  PRIVATE rtcerr_warnings)
  target_compile_definitions(rtcerr_visibility_private
                             PUBLIC RTCERR_TRACES=1 RTCERR_TRACE_PRIVATE_KEYS=1)
  set_target_properties(rtcerr_visibility_private PROPERTIES POSITION_INDEPENDENT_CODE ON)

  add_library(rtcerr_visibility_callee_private SHARED runtime/visibility/callee.cpp)
  set_target_properties(rtcerr_visibility_callee_private PROPERTIES
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON)
  target_link_libraries(rtcerr_visibility_callee_private
                        PRIVATE rtcerr_visibility_private rtcerr_warnings)
  target_link_options(rtcerr_visibility_callee_private PRIVATE "LINKER:--exclude-libs,ALL")

  rtcerr_add_test(visibility_private_keys_test runtime/visibility/visibility_test.cpp)
  target_include_directories(visibility_private_keys_test PRIVATE
                             ${CMAKE_CURRENT_SOURCE_DIR}/runtime/visibility)
  target_link_libraries(visibility_private_keys_test PRIVATE rtcerr_visibility_callee_private
                                                            Threads::Threads)
endif()
