# Generated bindings (`rtcerr generate`): the generators' building blocks,
# each language compiled and run by its real toolchain, the committed copies
# under bindings/, and the JSON Schema of `rtcerr list --format json`.
#
# The toolchain checks are registered only where the toolchain is installed
# (scripts/install-deps installs all of them on CI). Each compiles once; see
# bindings/run_check.py for what is compared. They check foreign code that
# does not depend on how rtcerr itself is compiled, and cost ~2 minutes of
# CPU, so sanitizer builds skip them by default (the generators still run
# there, in the unit and drift tests); a build tree can also turn them off.
set(rtcerr_bindings_toolchains_default ON)
if(CMAKE_CXX_FLAGS MATCHES "-fsanitize")
  set(rtcerr_bindings_toolchains_default OFF)
endif()
option(RTCERR_TEST_BINDINGS_TOOLCHAINS
  "Compile and run the generated bindings with each language's toolchain"
  ${rtcerr_bindings_toolchains_default})

rtcerr_add_test(bindings_generate_test bindings/generate_test.cpp)
target_link_libraries(bindings_generate_test PRIVATE rtcerr_cli_generate)

# The committed C header and the library's C API agree (and coexist).
if(CMAKE_C_COMPILER_LOADED AND EXISTS ${PROJECT_SOURCE_DIR}/include/rtcerr/rtcerr.h)
  add_executable(bindings_c_api_agrees bindings/c_api_agrees.c)
  target_include_directories(bindings_c_api_agrees PRIVATE ${PROJECT_SOURCE_DIR}/bindings/c)
  target_link_libraries(bindings_c_api_agrees PRIVATE rtcerr::rtcerr)
  set_target_properties(bindings_c_api_agrees PROPERTIES C_STANDARD 11 C_STANDARD_REQUIRED ON
                                                         C_EXTENSIONS OFF LINKER_LANGUAGE CXX)
  target_compile_options(bindings_c_api_agrees PRIVATE -Wall -Wextra -Werror -pedantic)
  add_test(NAME bindings.c_api_agrees COMMAND bindings_c_api_agrees)
endif()

if(TARGET rtcerr_cli)
  find_package(Python3 COMPONENTS Interpreter)

  # The subcommand as users call it: output, and bad input refused clearly.
  if(TARGET rtcerr_cli)
    rtcerr_add_cli_run(generate_stdout 0 STDERR_EMPTY
      STDOUT "^# rtcerr_codes - .*\nCATALOGUE_FINGERPRINT = \"[0-9a-f]+\"\n.*    RECORDING_STREAM_DATA_TIMEOUT = 605030046"
      ARGS generate --lang python --out -)
    rtcerr_add_cli_run(generate_unknown_language 2 STDOUT_EMPTY
      STDERR "unknown language 'rust'; expected one of typescript, java, kotlin, swift, dart, csharp, python, go, proto, c"
      ARGS generate --lang rust --out -)
    rtcerr_add_cli_run(generate_unwritable_dir 2 STDOUT_EMPTY
      STDERR "rtcerr generate: cannot create directory '/proc/rtcerr-no-such-dir'"
      ARGS generate --lang c --out /proc/rtcerr-no-such-dir)
    rtcerr_add_cli_run(generate_no_out 2 STDERR "--out is required" ARGS generate --lang c)
    # Success's domain is "unknown" in the CLI as in every binding (docs/bindings.md).
    rtcerr_add_cli_run(success_domain_explain 0 STDERR_EMPTY
      STDOUT "^0  success  [(]known[)]\n  domain:     unknown\n" ARGS explain 0)
    rtcerr_add_cli_run(success_domain_json 0 STDERR_EMPTY
      STDOUT "^.\n  {\n    \"domain\": \"unknown\",\n    \"code\": 0,\n" ARGS list --format json)
  endif()

  # Every committed file under bindings/ equals a fresh generation.
  add_test(NAME bindings.up_to_date
    COMMAND ${CMAKE_COMMAND} -DCLI=$<TARGET_FILE:rtcerr_cli>
      -DBINDINGS=${PROJECT_SOURCE_DIR}/bindings
      -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/bindings_drift
      -P ${CMAKE_CURRENT_SOURCE_DIR}/bindings/drift.cmake)

  if(Python3_FOUND)
    add_executable(bindings_fixture bindings/fixture.cpp)
    target_link_libraries(bindings_fixture PRIVATE rtcerr_cli_generate rtcerr_warnings)
    target_include_directories(bindings_fixture PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/support)

    # language -> the programs its check needs
    set(bindings_tools_typescript tsc node)
    set(bindings_tools_java javac java)
    set(bindings_tools_kotlin kotlinc java)
    set(bindings_tools_csharp mcs mono)
    set(bindings_tools_python python3)  # a venv, pip and mypy: a toolchain check
    set(bindings_tools_go go gofmt)
    set(bindings_tools_proto protoc pkg-config)
    set(bindings_tools_c gcc)
    set(bindings_tools_swift)  # no toolchain on Debian: text check
    set(bindings_tools_dart)   # no toolchain on Debian: text check
    foreach(lang typescript java kotlin csharp python go proto c swift dart)
      set(missing "")
      foreach(tool ${bindings_tools_${lang}})
        find_program(RTCERR_TOOL_${tool} ${tool})
        if(NOT RTCERR_TOOL_${tool})
          list(APPEND missing ${tool})
        endif()
      endforeach()
      if(NOT RTCERR_TEST_BINDINGS_TOOLCHAINS AND bindings_tools_${lang})
        continue()
      endif()
      if(missing)
        message(STATUS "rtcerr: bindings check for ${lang} skipped (not found: ${missing})")
        continue()
      endif()
      add_test(NAME bindings.${lang}
        COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/bindings/run_check.py
          --lang ${lang} --cli $<TARGET_FILE:rtcerr_cli>
          --fixture $<TARGET_FILE:bindings_fixture>
          --work ${CMAKE_CURRENT_BINARY_DIR}/bindings_check/${lang}
          --cxx ${CMAKE_CXX_COMPILER}
          --gocache ${CMAKE_CURRENT_BINARY_DIR}/bindings_check/gocache
          # The gateway example (examples/ is configured after tests/): its
          # real answers are decoded where it is built.
          "$<$<TARGET_EXISTS:example_gateway_server>:--gateway=$<TARGET_FILE:example_gateway_server>>"
          # The google.rpc.Status bytes a real gRPC service answers (tests/services/services.cmake).
          "$<$<TARGET_EXISTS:bindings_grpc_capture>:--grpc-capture=$<TARGET_FILE:bindings_grpc_capture>>")
      set_tests_properties(bindings.${lang} PROPERTIES TIMEOUT 300 LABELS bindings)
    endforeach()

    # Packages under a vendor's names compile too (no default name left behind),
    # and so do packages of a catalogue in three languages.
    if(RTCERR_TEST_BINDINGS_TOOLCHAINS)
      add_test(NAME bindings.custom_names
        COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/bindings/custom_names.py
          --cli $<TARGET_FILE:rtcerr_cli> --fixture $<TARGET_FILE:bindings_fixture>
          --work ${CMAKE_CURRENT_BINARY_DIR}/bindings_custom_names)
      set_tests_properties(bindings.custom_names PROPERTIES TIMEOUT 300 LABELS bindings)
    endif()

    # `rtcerr list --format json` validates against docs/catalogue.schema.json.
    execute_process(COMMAND ${Python3_EXECUTABLE} -c "import jsonschema"
      RESULT_VARIABLE rtcerr_no_jsonschema OUTPUT_QUIET ERROR_QUIET)
    if(rtcerr_no_jsonschema EQUAL 0)
      add_test(NAME bindings.json_schema
        COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/bindings/validate_schema.py
          ${PROJECT_SOURCE_DIR}/docs/catalogue.schema.json $<TARGET_FILE:rtcerr_cli>)
    else()
      message(STATUS "rtcerr: JSON Schema test skipped (python3-jsonschema not found)")
    endif()
  endif()
endif()
