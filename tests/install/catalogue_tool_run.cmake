# The tool of an application's registry, built from an installed rtcerr.
#
#   cmake -DBUILD_DIR=<rtcerr build> -DWORK_DIR=<scratch> -DGENERATOR=Ninja
#         -DCOMPILER=g++-12 -DPYTHON=python3 -DSOURCE_DIR=<rtcerr source>
#         [-DCXX_FLAGS=...] [-DLINKER_FLAGS=...] [-DTOOLCHAINS=ON]
#         -P catalogue_tool_run.cmake
#
# `cmake --install` the build into WORK_DIR/prefix; configure and build
# tests/install/catalogue_tool_consumer against that prefix alone (it calls
# rtcerr_add_catalogue_tool for its own registry, acme::registry); run the
# tool on its own codes (explain, list); validate its export against the
# installed schema (tests/cli/export_schema.py); generate its TypeScript, Java,
# Go and Python packages under its own names and compile them with the
# toolchains the bindings tests use (tests/install/catalogue_tool_check.py;
# skipped, as there, where a toolchain is missing or TOOLCHAINS is off).
foreach(var BUILD_DIR WORK_DIR GENERATOR COMPILER PYTHON SOURCE_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "catalogue_tool.cmake: ${var} not set")
  endif()
endforeach()

function(run what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${what} failed (${rc}):\n${out}")
  endif()
  set(run_output "${out}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE "${WORK_DIR}")
set(prefix "${WORK_DIR}/prefix")
set(build "${WORK_DIR}/build")
run("cmake --install" ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${prefix}")
foreach(file share/rtcerr/export.schema.json include/rtcerr/cli/tool.hpp)
  if(NOT EXISTS "${prefix}/${file}")
    message(FATAL_ERROR "not installed: ${file}")
  endif()
endforeach()

run("configuring the catalogue tool consumer" ${CMAKE_COMMAND}
    -S "${CMAKE_CURRENT_LIST_DIR}/catalogue_tool_consumer" -B "${build}" -G "${GENERATOR}"
    "-DCMAKE_CXX_COMPILER=${COMPILER}" "-DCMAKE_BUILD_TYPE=" "-DCMAKE_CXX_FLAGS=${CXX_FLAGS}"
    "-DCMAKE_EXE_LINKER_FLAGS=${LINKER_FLAGS}" "-DCMAKE_PREFIX_PATH=${prefix}"
    -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF -DCMAKE_FIND_USE_SYSTEM_PACKAGE_REGISTRY=OFF)
run("building the catalogue tool consumer" ${CMAKE_COMMAND} --build "${build}")
set(tool "${build}/acme_errors")

# Its own codes: a listed one by name, an unlisted one with its domain's default.
execute_process(COMMAND "${tool}" explain CAMERA.CAMERA_BUSY 900550 OUTPUT_VARIABLE out
                RESULT_VARIABLE rc)
if(NOT out MATCHES "900001  camera.camera_busy  \\(known\\).*condition:  busy"
   OR NOT out MATCHES "900550  camera.unknown  \\(unknown\\).*condition:  busy  \\(the domain's default for 900500-900599\\).*retry:      backoff")
  message(FATAL_ERROR "acme_errors explain printed:\n${out}")
endif()
# Runs the tool; fails unless it exits with `status` and its output (stdout
# and stderr together) matches `pattern`.
function(expect status pattern)
  execute_process(COMMAND "${tool}" ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out
                  ERROR_VARIABLE out)
  if(NOT rc EQUAL status OR NOT out MATCHES "${pattern}")
    message(FATAL_ERROR "acme_errors ${ARGN} exited with ${rc} (expected ${status}), printed:\n${out}")
  endif()
endfunction()
set(data "${CMAKE_CURRENT_LIST_DIR}/catalogue_tool_consumer/data")

# An unlisted code, and a number outside the domain: not in the registry (1).
expect(1 "900777  camera.unknown  \\(unknown\\).*condition:  device_error" explain 900777)
expect(1 "acme_errors explain: 900777 is not a code of the registry" explain 900777)
expect(1 "123  unknown  \\(unknown\\)" explain 123)
expect(1 "acme_errors explain: 123 is not a code of the registry" explain 123)
expect(1 "no code is named stream_data_timeout" explain stream_data_timeout)
# scan: a log annotated with the registry's codes, exactly as written by hand.
execute_process(COMMAND "${tool}" scan "${data}/camera.log" RESULT_VARIABLE rc
                OUTPUT_VARIABLE out ERROR_VARIABLE err)
file(READ "${data}/camera.log.expected" want)
if(NOT rc EQUAL 0 OR NOT out STREQUAL want OR NOT err STREQUAL "")
  message(FATAL_ERROR "acme_errors scan exited with ${rc}, printed:\n${out}${err}\nexpected:\n${want}")
endif()
expect(2 "acme_errors scan: cannot read '.*no-such.log'" scan "${data}/no-such.log")
# check-doc: the published table agrees; a stale one names each difference.
expect(0 "camera-errors.md: agrees with the catalogue" check-doc "${data}/camera-errors.md")
expect(1 "2 differences.*900002 camera.codec_missing: .*differs \\(line 10\\).*document:  没有编解码器.*catalogue: 缺少编解码器.*900777: in the document \\(line 12\\) but not in the catalogue"
       check-doc "${data}/camera-errors-stale.md")
expect(2 "acme_errors check-doc: cannot read" check-doc "${data}/no-such.md")
# check-lock: the released codes are honoured; a renamed one is named.
expect(0 "the catalogue honours all 4 locked codes" check-lock "${data}/camera.lock")
expect(1 "locked code 'camera 900002 missing_codec' .* is now named camera.codec_missing.*the definition of domain camera"
       check-lock "${data}/camera-renamed.lock")
# help, and the reference site.
expect(0 "Subcommands:.*explain.*scan.*list.*export.*docs.*check-doc.*check-lock.*generate.*help" help)
expect(0 "check-lock FILE|Positionals:.*file" help check-lock)
expect(0 "" docs --html "${WORK_DIR}/site")
if(NOT EXISTS "${WORK_DIR}/site/index.html" OR NOT EXISTS "${WORK_DIR}/site/codes/900001.html")
  message(FATAL_ERROR "acme_errors docs --html wrote no page for 900001")
endif()

run("acme_errors list" "${tool}" list --format json)
if(NOT run_output MATCHES "\"code\": 900101,\n *\"name\": \"camera_forbidden\"")
  message(FATAL_ERROR "acme_errors list printed:\n${run_output}")
endif()
run("acme_errors --version" "${tool}" --version)
if(NOT run_output MATCHES "^acme_errors 2.3.0 \\(fingerprint [0-9a-f]+")
  message(FATAL_ERROR "acme_errors --version printed:\n${run_output}")
endif()

run("the export against the installed schema" "${PYTHON}" "${SOURCE_DIR}/tests/cli/export_schema.py"
    "${prefix}/share/rtcerr/export.schema.json" "${tool}" --codes 3
    --domain camera:device_error:never:1)
message(STATUS "${run_output}")
run("the application's bindings" "${PYTHON}" "${CMAKE_CURRENT_LIST_DIR}/catalogue_tool_check.py"
    --tool "${tool}" --work "${WORK_DIR}/bindings" --toolchains "${TOOLCHAINS}")
message(STATUS "${run_output}")
file(REMOVE_RECURSE "${WORK_DIR}")
