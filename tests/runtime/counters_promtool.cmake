# promtool check metrics on the counters' Prometheus text, as a live process
# prints it. Skipped (with a message) only when promtool is absent.
#   cmake -DPRINTER=... -DPROMTOOL=... -DWORK=... -P runtime/counters_promtool.cmake
if(NOT PROMTOOL)
  message("SKIPPED: promtool not found (Debian package prometheus; scripts/install-deps)")
  return()
endif()
file(MAKE_DIRECTORY "${WORK}")
execute_process(COMMAND "${PRINTER}" prometheus OUTPUT_FILE "${WORK}/metrics.prom"
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the printer failed: ${rc}")
endif()
file(READ "${WORK}/metrics.prom" text)
if(NOT text MATCHES "rtcerr_failures_total{domain=\"recording\",code=\"605030046\",name=\"stream_data_timeout\",condition=\"timeout\"} 1\n")
  message(FATAL_ERROR "the exposition lacks the failure made:\n${text}")
endif()
execute_process(COMMAND "${PROMTOOL}" check metrics INPUT_FILE "${WORK}/metrics.prom"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT "${out}${err}" STREQUAL "")
  message(FATAL_ERROR "promtool check metrics refused it (${rc}):\n${out}${err}")
endif()
message("promtool check metrics: accepted")
