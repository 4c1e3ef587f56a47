# Error return traces and context, and the error path they build on.

find_package(Threads REQUIRED)
rtcerr_add_test(trace_test core/trace_test.cpp)
target_link_libraries(trace_test PRIVATE Threads::Threads)

# The layout the error path's shortcuts assume: a failed 8-byte result handed
# on whole by BOOST_OUTCOME_TRY, its error and trace key read from its word.
rtcerr_add_test(result_try_word_test core/result_try_word_test.cpp)

# The success path of an RTCERR_TRY chain against BOOST_OUTCOME_TRY's, in
# machine code, with each compiler of rtcerr_asm_families (tests/CMakeLists.txt);
# and once with a deliberate extra store on the traced success path, which
# the check must report.
foreach(family IN LISTS rtcerr_asm_families)
  set(asm_compiler ${rtcerr_asm_compiler_${family}})
  # With -DNDEBUG, and without it (".asserts"): Outcome's checks then
  # assert, which is how Meson's release builds and plain -O2 builds compile.
  foreach(asserts "" asserts)
    if(asserts)
      set(suffix .asserts)
    else()
      set(suffix "")
    endif()
    add_test(NAME trace_success_path_asm.${family}${suffix}
      COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/runtime/trace_asm/check.sh ${asm_compiler}
        ${PROJECT_SOURCE_DIR}/include ${CMAKE_CURRENT_BINARY_DIR}/trace_asm/${family}${suffix}
        ${asserts})
    add_test(NAME trace_success_path_asm.${family}${suffix}.catches_extra_work
      COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/runtime/trace_asm/check.sh ${asm_compiler}
        ${PROJECT_SOURCE_DIR}/include
        ${CMAKE_CURRENT_BINARY_DIR}/trace_asm/${family}${suffix}-self-test self-test ${asserts})
    set_tests_properties(trace_success_path_asm.${family}${suffix}.catches_extra_work PROPERTIES
      PASS_REGULAR_EXPRESSION "on the success path with RTCERR_TRY only:")
  endforeach()
endforeach()

# Mixing settings of RTCERR_TRACES fails to link, rather than misbehaving.
add_test(NAME trace_setting_mix_fails_to_link
  COMMAND ${CMAKE_COMMAND}
    -DCOMPILER=${CMAKE_CXX_COMPILER}
    -DSOURCE=${CMAKE_CURRENT_SOURCE_DIR}/runtime/trace_mix/main.cpp
    -DINCLUDE=${PROJECT_SOURCE_DIR}/include
    -DLIBRARY=$<TARGET_FILE:rtcerr>
    -DSETTING=$<BOOL:${RTCERR_TRACES}>
    -DWORK=${CMAKE_CURRENT_BINARY_DIR}/trace_mix
    "-DCXX_FLAGS=${CMAKE_CXX_FLAGS}"
    "-DLINKER_FLAGS=${CMAKE_EXE_LINKER_FLAGS}"
    -P ${CMAKE_CURRENT_SOURCE_DIR}/runtime/trace_mix/check.cmake)

# The off switch, proved in every build but the sanitized ones: the library's
# sources and core/trace_test.cpp built again with the other RTCERR_TRACES setting
# (a static copy of the library, used only here). The sanitizer stages already
# run the setting the build has; a second copy of the library there would
# double their compile time for code that only records nothing.
if(NOT CMAKE_CXX_FLAGS MATCHES "-fsanitize")
  get_target_property(rtcerr_library_sources rtcerr SOURCES)
  list(TRANSFORM rtcerr_library_sources PREPEND ${PROJECT_SOURCE_DIR}/)
  if(RTCERR_TRACES)
    set(rtcerr_other_trace_setting 0)
  else()
    set(rtcerr_other_trace_setting 1)
  endif()
  add_library(rtcerr_other_trace_setting STATIC EXCLUDE_FROM_ALL ${rtcerr_library_sources})
  target_compile_features(rtcerr_other_trace_setting PUBLIC cxx_std_20)
  target_include_directories(rtcerr_other_trace_setting PUBLIC ${PROJECT_SOURCE_DIR}/include)
  target_link_libraries(rtcerr_other_trace_setting PUBLIC Boost::headers fmt::fmt
                                                   PRIVATE rtcerr_warnings)
  target_compile_definitions(rtcerr_other_trace_setting
                             PUBLIC RTCERR_TRACES=${rtcerr_other_trace_setting})
  add_executable(trace_other_setting_test core/trace_test.cpp)
  target_link_libraries(trace_other_setting_test PRIVATE rtcerr_other_trace_setting
                                                         rtcerr_doctest_main rtcerr_warnings
                                                         Threads::Threads)
  add_test(NAME trace_other_setting_test COMMAND trace_other_setting_test)
endif()

# rtcerr::fail of any domain's errc and any registry's error.
rtcerr_add_test(fail_any_domain_test core/fail_any_domain_test.cpp)

# RTCERR_TRY with a key but no value names the mistake (the preprocessor
# alone cannot; docs/traces.md).

# Traces across process boundaries: the wire object, its reader's bounds and
# refusals, privacy on every edge, and the hostile reads; the reader's
# allocations (none) in a program of its own, which replaces operator new.
find_package(nlohmann_json 3 REQUIRED)
rtcerr_add_test(trace_remote_test core/trace_remote_test.cpp)
target_link_libraries(trace_remote_test PRIVATE Threads::Threads nlohmann_json::nlohmann_json)
rtcerr_add_test(trace_remote_alloc_test core/trace_remote_alloc_test.cpp)
