# The rtcerr CLI, second part: exports, check-doc, the generated reference
# (docs/error-codes.md) and the lock of released codes.

if(NOT TARGET rtcerr_cli_lib)
  return()
endif()

# Library-level tests of the parsers, the comparison and the exporters.
rtcerr_add_test(cli_doc_table_test cli/cli_doc_table_test.cpp)
rtcerr_add_test(cli_lock_test cli/cli_lock_test.cpp)
rtcerr_add_test(cli_export_test cli/cli_export_test.cpp)
foreach(t cli_doc_table_test cli_lock_test cli_export_test)
  target_link_libraries(${t} PRIVATE rtcerr_cli_lib)
endforeach()

if(NOT TARGET rtcerr_cli)
  return()
endif()

set(data ${CMAKE_CURRENT_SOURCE_DIR}/data)

# check-doc: the published table agrees; each mutation is found and named.
rtcerr_add_cli_run(check_doc_seed 0 STDOUT "agrees with the catalogue" STDERR_EMPTY
  ARGS check-doc ${data}/error-codes.md)
rtcerr_add_cli_run(check_doc_reformatted 0 STDOUT "agrees with the catalogue"
  ARGS check-doc ${data}/error-codes-reformatted.md)
rtcerr_add_cli_run(check_doc_changed_char 1
  STDOUT "1 difference.*605030021 recording.input_channel_already_exists: 释义 \\(message\\) differs.*document:  创建输入通道失败，输入通道已经存有.*catalogue: 创建输入通道失败，输入通道已经存在"
  ARGS check-doc ${data}/error-codes-changed-char.md)
rtcerr_add_cli_run(check_doc_changed_hint 1
  STDOUT "1 difference.*33 engine.app_not_found: 备注 \\(hint\\) differs"
  ARGS check-doc ${data}/error-codes-changed-hint.md)
rtcerr_add_cli_run(check_doc_missing_row 1
  STDOUT "1 difference.*605030046 recording.stream_data_timeout: missing from the document"
  ARGS check-doc ${data}/error-codes-missing-row.md)
rtcerr_add_cli_run(check_doc_extra_row 1
  STDOUT "1 difference.*605030047: in the document \\(line 80\\) but not in the catalogue"
  ARGS check-doc ${data}/error-codes-extra-row.md)
rtcerr_add_cli_run(check_doc_malformed 1
  STDOUT "4 differences.*line 21: 'abc' is not a decimal code.*line 22: code 74 has 4 cells.*line 24: code 1000000 has no 释义.*line 25: code 74 is listed again"
  ARGS check-doc ${data}/error-codes-malformed.md)

# check-doc: input that is not a document.
rtcerr_add_cli_run(check_doc_missing_file 2 STDERR "cannot read '.*no-such-file.md': no such file"
  STDOUT_EMPTY ARGS check-doc ${data}/no-such-file.md)
rtcerr_add_cli_run(check_doc_directory 2 STDERR "not a regular file" STDOUT_EMPTY
  ARGS check-doc ${data})
rtcerr_add_cli_run(check_doc_not_utf8 2 STDERR "is not valid UTF-8 \\(byte 0xff at offset 58\\)"
  STDOUT_EMPTY ARGS check-doc ${data}/not-utf8.md)
rtcerr_add_cli_run(check_doc_binary 2 STDERR "contains a NUL byte" STDOUT_EMPTY
  ARGS check-doc ${data}/binary.md)
rtcerr_add_cli_run(check_doc_no_table 2 STDERR "has no error table" STDOUT_EMPTY
  ARGS check-doc ${data}/no-table.md)
rtcerr_add_cli_run(check_doc_empty 2 STDERR "has no error table" STDOUT_EMPTY
  ARGS check-doc ${data}/empty.md)
rtcerr_add_cli_run(check_doc_no_argument 2 STDERR "file is required" ARGS check-doc)

# list: the new formats.
rtcerr_add_cli_run(list_csv 0
  STDOUT "^domain,code,name,message_zh,message_en,hint_zh,hint_en,condition,retry,http_status\r\n,0,success,成功,Success,,,success,never,200\r\n"
  ARGS list --format csv)
rtcerr_add_cli_run(list_csv_gateway 0
  STDOUT "\r\ngateway,606000006,system_busy,系统繁忙,System busy,,,busy,backoff,503\r\n$"
  ARGS list --domain gateway --format csv)
rtcerr_add_cli_run(list_markdown 0
  STDOUT "^\\| code \\| domain \\| name \\| 释义 \\| message \\| 备注 \\| hint \\| condition \\| retry \\| HTTP \\|\n\\|---:\\|.*\n\\| 2 \\| engine \\| `not_initialized` \\| 未初始化 \\| Not initialized \\| 请确认已经初始化引擎 \\|"
  ARGS list --domain engine --format markdown)

# The committed reference must match the catalogue.
add_test(NAME cli.docs_error_codes_up_to_date
  COMMAND ${CMAKE_COMMAND} -DCLI=$<TARGET_FILE:rtcerr_cli>
    -DDOC=${PROJECT_SOURCE_DIR}/docs/error-codes.md
    -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/docs_drift
    -P ${CMAKE_CURRENT_SOURCE_DIR}/cli/cli_docs_drift.cmake)

# The catalogue honours the committed lock; a broken lock is reported.
rtcerr_add_cli_run(check_lock 0 STDOUT "honours all [0-9]+ locked codes"
  ARGS check-lock ${data}/catalogue.lock)
rtcerr_add_cli_run(check_lock_renamed 1
  STDOUT "locked code 'recording 605030046 stream_data_timeout_renamed'.* is now named recording.stream_data_timeout"
  ARGS check-lock ${data}/catalogue-renamed.lock)
rtcerr_add_cli_run(check_lock_missing_file 2 STDERR "no such file"
  ARGS check-lock ${data}/no-such.lock)
