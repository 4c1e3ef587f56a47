# The reference site, `rtcerr docs --html`: the writer's unit test, then the
# site the CLI writes, checked by a validator (tidy) and in a real browser
# (headless Chromium driven by Selenium, tests/cli/site/browser_test.py).

find_package(nlohmann_json 3 REQUIRED)
rtcerr_add_test(cli_doc_site_test cli/cli_doc_site_test.cpp)
target_link_libraries(cli_doc_site_test PRIVATE rtcerr_cli_site nlohmann_json::nlohmann_json)

if(NOT TARGET rtcerr_cli)
  return()
endif()

set(rtcerr_site_dir ${CMAKE_CURRENT_BINARY_DIR}/site)
add_test(NAME site.generate
  COMMAND ${CMAKE_COMMAND} -DCLI=$<TARGET_FILE:rtcerr_cli> -DOUT=${rtcerr_site_dir}
    -P ${CMAKE_CURRENT_SOURCE_DIR}/cli/site/generate.cmake)
set_tests_properties(site.generate PROPERTIES FIXTURES_SETUP rtcerr_site)

# A directory that cannot be made is reported, with the usage exit status.
if(TARGET rtcerr_cli)
  rtcerr_add_cli_run(docs_html_unwritable 2 STDOUT_EMPTY
    STDERR "^rtcerr docs: cannot create directory '.*error-codes.md/site'"
    ARGS docs --html ${CMAKE_CURRENT_SOURCE_DIR}/data/error-codes.md/site)
endif()

# The links services send (problem+json `type`, the gRPC Help detail) lead to
# pages the CLI wrote.
rtcerr_add_test(site_links_test cli/site_links_test.cpp)
target_link_libraries(site_links_test PRIVATE nlohmann_json::nlohmann_json)
target_compile_definitions(site_links_test PRIVATE RTCERR_SITE_DIR="${rtcerr_site_dir}")
if(TARGET rtcerr_grpc)
  target_link_libraries(site_links_test PRIVATE rtcerr::grpc)
  target_compile_definitions(site_links_test PRIVATE RTCERR_SITE_TEST_GRPC=1)
endif()
set_tests_properties(site_links_test PROPERTIES FIXTURES_REQUIRED rtcerr_site)

# The validator: CI installs tidy (scripts/install-deps); without it the test
# fails and says so, rather than passing unchecked.
find_program(RTCERR_TIDY tidy)
add_test(NAME site.html_valid
  COMMAND ${CMAKE_COMMAND} -DTIDY=${RTCERR_TIDY} -DSITE=${rtcerr_site_dir}
    -P ${CMAKE_CURRENT_SOURCE_DIR}/cli/site/tidy.cmake)
set_tests_properties(site.html_valid PROPERTIES FIXTURES_REQUIRED rtcerr_site)

# The browser test needs Debian's python3-selenium, which a Python of its own
# (a virtualenv, pyenv) may not see: take the first interpreter that has it.
find_package(Python3 COMPONENTS Interpreter)
set(rtcerr_site_python "")
foreach(candidate /usr/bin/python3 ${Python3_EXECUTABLE})
  if(NOT rtcerr_site_python AND EXISTS ${candidate})
    execute_process(COMMAND ${candidate} -c "import selenium" RESULT_VARIABLE no_selenium
                    OUTPUT_QUIET ERROR_QUIET)
    if(no_selenium EQUAL 0)
      set(rtcerr_site_python ${candidate})
    endif()
  endif()
endforeach()
if(NOT rtcerr_site_python)
  set(rtcerr_site_python ${Python3_EXECUTABLE})  # the test says what is missing
endif()
if(rtcerr_site_python)
  add_test(NAME site.browser
    COMMAND ${rtcerr_site_python} ${CMAKE_CURRENT_SOURCE_DIR}/cli/site/browser_test.py
      --cli $<TARGET_FILE:rtcerr_cli> --site ${rtcerr_site_dir}
      --out ${CMAKE_CURRENT_BINARY_DIR}/site-screenshots)
  # 77: Chromium is not installed (the test prints why); see browser_test.py.
  set_tests_properties(site.browser PROPERTIES FIXTURES_REQUIRED rtcerr_site
                       SKIP_RETURN_CODE 77 TIMEOUT 300)
endif()
