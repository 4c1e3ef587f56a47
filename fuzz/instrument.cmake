# Included by the top-level CMakeLists.txt when RTCERR_BUILD_FUZZERS is ON,
# before any target exists: every target of the build (the library, the CLI's
# parsers) is compiled with libFuzzer's coverage hooks and with AddressSanitizer
# and UndefinedBehaviorSanitizer, so that the fuzzers are guided through the
# library's code and any memory or UB error in it is a finding.
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR "RTCERR_BUILD_FUZZERS needs clang (libFuzzer), e.g. "
                      "-DCMAKE_CXX_COMPILER=clang++-16; this is ${CMAKE_CXX_COMPILER_ID}")
endif()
add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
                    -fno-omit-frame-pointer)
add_link_options(-fsanitize=address,undefined)
