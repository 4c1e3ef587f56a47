# The typed exceptions' hierarchy: every catch level, copies, the condition
# level as a view of the whole exception. No typeid or dynamic_cast, so it
# runs in the -fno-rtti build too.
rtcerr_add_test(exception_levels_test core/exception_levels_test.cpp)

# Objects built with and without exceptions in one program: each keeps its
# own exception-dependent code, and a result passed across modes does not
# link (tests/runtime/exceptions_mix/check.cmake). Needs a library built with
# exceptions, which the application object calls.
if(RTCERR_TESTS_HAVE_EXCEPTIONS)
  add_test(NAME exceptions_mix.objects_keep_their_own
    COMMAND ${CMAKE_COMMAND}
      -DCOMPILER=${CMAKE_CXX_COMPILER}
      -DINCLUDE=${PROJECT_SOURCE_DIR}/include
      -DLIBRARY=$<TARGET_FILE:rtcerr>
      -DSOURCE_DIR=${CMAKE_CURRENT_SOURCE_DIR}/runtime/exceptions_mix
      -DWORK=${CMAKE_CURRENT_BINARY_DIR}/exceptions_mix
      "-DCXX_FLAGS=${CMAKE_CXX_FLAGS} -DRTCERR_TRACES=$<BOOL:${RTCERR_TRACES}>"
      "-DLINKER_FLAGS=${CMAKE_EXE_LINKER_FLAGS}"
      -P ${CMAKE_CURRENT_SOURCE_DIR}/runtime/exceptions_mix/check.cmake)
endif()
