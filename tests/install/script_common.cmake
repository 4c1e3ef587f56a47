# What the install scripts (run.cmake, package.cmake, catalogue_tool_run.cmake)
# share; each includes this file first.

# require_variables(SCRIPT VAR...): stops, naming SCRIPT, when a VAR is not set.
function(require_variables script)
  foreach(var ${ARGN})
    if(NOT DEFINED ${var})
      message(FATAL_ERROR "${script}: ${var} not set")
    endif()
  endforeach()
endfunction()

# run(WHAT COMMAND...): runs COMMAND; stops, naming WHAT and showing its
# output, when it fails. Its output (stdout and stderr) is left in run_output.
function(run what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${what} failed (${rc}):\n${out}")
  endif()
  set(run_output "${out}" PARENT_SCOPE)
endfunction()

# require_installed(PREFIX FILE...): stops when a FILE is not under PREFIX.
function(require_installed prefix)
  foreach(file ${ARGN})
    if(NOT EXISTS "${prefix}/${file}")
      message(FATAL_ERROR "not installed under ${prefix}: ${file}")
    endif()
  endforeach()
endfunction()
