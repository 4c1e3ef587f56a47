# The reference site, `rtcerr docs --html`: the writer's unit test, then the
# site the CLI writes, checked by a validator (tidy).

rtcerr_add_test(cli_doc_site_test cli_doc_site_test.cpp)
target_link_libraries(cli_doc_site_test PRIVATE rtcerr_cli_site nlohmann_json::nlohmann_json)

if(NOT TARGET rtcerr_cli)
  return()
endif()

set(rtcerr_site_dir ${CMAKE_CURRENT_BINARY_DIR}/site)
add_test(NAME site.generate
  COMMAND ${CMAKE_COMMAND} -DCLI=$<TARGET_FILE:rtcerr_cli> -DOUT=${rtcerr_site_dir}
    -P ${CMAKE_CURRENT_SOURCE_DIR}/site/generate.cmake)
set_tests_properties(site.generate PROPERTIES FIXTURES_SETUP rtcerr_site)

# The validator: CI installs tidy (scripts/install-deps); without it the test
# fails and says so, rather than passing unchecked.
find_program(RTCERR_TIDY tidy)
add_test(NAME site.html_valid
  COMMAND ${CMAKE_COMMAND} -DTIDY=${RTCERR_TIDY} -DSITE=${rtcerr_site_dir}
    -P ${CMAKE_CURRENT_SOURCE_DIR}/site/tidy.cmake)
set_tests_properties(site.html_valid PROPERTIES FIXTURES_REQUIRED rtcerr_site)
