# `rtcerr scan` on lines longer than its 64 KiB read block: a code placed
# across the block boundary (bytes 65533-65541) and one near the end of a
# 1 MB line are both annotated, and nothing else changes.
#   cmake -DCLI=path -DWORK_DIR=dir -P cli/scan_long_lines.cmake
file(MAKE_DIRECTORY "${WORK_DIR}")
string(REPEAT " " 65532 before)
string(REPEAT "a " 500000 filler)
set(line "${before}605030046 ${filler}code=606000006")
file(WRITE "${WORK_DIR}/long.log" "${line}\nshort 1000003\n")
execute_process(COMMAND "${CLI}" scan "${WORK_DIR}/long.log" RESULT_VARIABLE rc
                OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "exit ${rc}: ${err}")
endif()
set(expected "${before}605030046 (recording.stream_data_timeout: Timed out waiting for stream data) ${filler}code=606000006 (gateway.system_busy: System busy)\nshort 1000003 (session.not_logged_in: Not logged in)\n")
if(NOT out STREQUAL expected)
  string(LENGTH "${out}" got)
  string(LENGTH "${expected}" want)
  message(FATAL_ERROR "long lines annotated wrongly: ${got} bytes, expected ${want}")
endif()
file(REMOVE_RECURSE "${WORK_DIR}")
