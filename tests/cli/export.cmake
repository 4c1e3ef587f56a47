# `rtcerr export` and the tool of any registry (src/cli/tool.hpp): the
# versioned export validates against docs/export.schema.json, for the
# platform's catalogue and for an application's registry, whose tool is
# built with rtcerr_add_catalogue_tool as an application builds it (from an
# installed rtcerr: tests/install/catalogue_tool_consumer).
if(TARGET rtcerr_cli AND COMMAND rtcerr_add_catalogue_tool)
  add_library(rtcerr_test_app_headers INTERFACE)
  target_include_directories(rtcerr_test_app_headers INTERFACE ${CMAKE_CURRENT_SOURCE_DIR}/support)
  rtcerr_add_catalogue_tool(acme_net_errors REGISTRY acme::net::registry
    HEADERS domains_app_defaults.hpp VERSION 2.3.0 LINK_LIBRARIES rtcerr_test_app_headers)

  rtcerr_add_cli_run(export_has_versions 0
    STDOUT "\"schema_version\": 1,.*\"catalogue_version\": \"[0-9.]+\",.*\"fingerprint\": \"[0-9a-f]+\""
    ARGS export)
  add_test(NAME app_tool.explain_unlisted COMMAND acme_net_errors explain 800550)
  set_tests_properties(app_tool.explain_unlisted PROPERTIES
    PASS_REGULAR_EXPRESSION "network.unknown  \\(unknown\\).*condition:  permission_denied  \\(the domain's default for 800500-800599\\).*http:       403")
  add_test(NAME app_tool.explain_name COMMAND acme_net_errors explain NETWORK.LINK_DOWN)
  set_tests_properties(app_tool.explain_name PROPERTIES
    PASS_REGULAR_EXPRESSION "800001  network.link_down  \\(known\\).*retry:      backoff")
  # scan, check-doc and check-lock of the application's tool read its registry.
  add_test(NAME app_tool.scan COMMAND acme_net_errors scan ${PROJECT_SOURCE_DIR}/tests/data/acme-network.log)
  set_tests_properties(app_tool.scan PROPERTIES PASS_REGULAR_EXPRESSION
    "^newer \\[800550 \\(network.unknown: unknown network error code\\)\\] and code=800001 \\(network.link_down: Link is down\\),\n$")
  add_test(NAME app_tool.check_doc_stale
    COMMAND sh -c "\"$1\" check-doc \"$2\"; test $? -eq 1" sh
      $<TARGET_FILE:acme_net_errors> ${PROJECT_SOURCE_DIR}/tests/data/acme-network-stale.md)
  set_tests_properties(app_tool.check_doc_stale PROPERTIES PASS_REGULAR_EXPRESSION
    "2 differences.*800001 network.link_down: .*differs.*800501 network.peer_refused: missing from the document")
  add_test(NAME app_tool.check_lock_renamed
    COMMAND sh -c "\"$1\" check-lock \"$2\"; test $? -eq 1" sh
      $<TARGET_FILE:acme_net_errors> ${PROJECT_SOURCE_DIR}/tests/data/acme-network.lock)
  set_tests_properties(app_tool.check_lock_renamed PROPERTIES PASS_REGULAR_EXPRESSION
    "locked code 'network 800001 link_gone' .* is now named network.link_down")
  add_test(NAME app_tool.version COMMAND acme_net_errors --version)
  set_tests_properties(app_tool.version PROPERTIES PASS_REGULAR_EXPRESSION "acme_net_errors 2.3.0 \\(fingerprint [0-9a-f]+, rtcerr")

  find_package(Python3 COMPONENTS Interpreter)
  if(Python3_Interpreter_FOUND)
    execute_process(COMMAND ${Python3_EXECUTABLE} -c "import jsonschema"
      RESULT_VARIABLE rtcerr_no_jsonschema OUTPUT_QUIET ERROR_QUIET)
    if(rtcerr_no_jsonschema EQUAL 0)
      add_test(NAME export.schema_catalogue
        COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/cli/export_schema.py
          ${PROJECT_SOURCE_DIR}/docs/export.schema.json $<TARGET_FILE:rtcerr_cli> --codes 79
          --domain engine:unknown:never:0 --domain gateway:unknown:never:0)
      add_test(NAME export.schema_application
        COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/cli/export_schema.py
          ${PROJECT_SOURCE_DIR}/docs/export.schema.json $<TARGET_FILE:acme_net_errors> --codes 2
          --domain network:network_error:backoff:1)
    else()
      message(STATUS "rtcerr: export schema tests skipped (python3-jsonschema not found)")
    endif()
  endif()
endif()
