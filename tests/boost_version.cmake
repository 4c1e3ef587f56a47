# Boost >= 1.76, stated once (include/rtcerr/core/internal/boost_version.hpp) and
# enforced: Debian 12's Boost 1.74 headers meet rtcerr's #error, and every
# text and generated file states the same minimum (docs/platforms.md, "Boost").
add_test(NAME boost_version.older_boost_is_refused
  COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/boost_version/check.sh ${CMAKE_CXX_COMPILER}
    ${PROJECT_SOURCE_DIR}/include ${CMAKE_CURRENT_BINARY_DIR}/boost_version
    ${PROJECT_SOURCE_DIR}/scripts/boost-1.74-headers)
set_tests_properties(boost_version.older_boost_is_refused PROPERTIES SKIP_RETURN_CODE 77)
add_test(NAME boost_version.stated_once
  COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DBINARY_DIR=${PROJECT_BINARY_DIR}
    -P ${CMAKE_CURRENT_SOURCE_DIR}/boost_version/stated_once.cmake)
