# Writes the site into a fresh OUT: a page left by an earlier run must not
# make a later check pass.
file(REMOVE_RECURSE ${OUT})
execute_process(COMMAND ${CLI} docs --html ${OUT} RESULT_VARIABLE status
                OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "rtcerr docs --html exited with ${status}\n${out}${err}")
endif()
if(NOT out STREQUAL "" OR NOT err STREQUAL "")
  message(FATAL_ERROR "rtcerr docs --html printed something:\n${out}${err}")
endif()
foreach(page index.html style.css codes/0.html codes/605030046.html)
  if(NOT EXISTS ${OUT}/${page})
    message(FATAL_ERROR "rtcerr docs --html wrote no ${page}")
  endif()
endforeach()
