// rtcerr/core/internal/config.hpp - the build modes rtcerr adapts to, detected once.
//
// Client SDKs are often built without exceptions (-fno-exceptions) or without
// RTTI (-fno-rtti). rtcerr's headers compile in every combination; what
// changes is stated where it happens and collected in docs/platforms.md:
//
//   RTCERR_HAS_EXCEPTIONS  1 when the compiler accepts throw/try/catch.
//                          0: nothing throws; where an exception would be
//                          thrown (`result.value()` on a failure,
//                          `throw_error(e)`, `result.error()` on a success)
//                          the failure handler is called instead
//                          (rtcerr/core/failure_handler.hpp).
//   RTCERR_HAS_RTTI        1 when typeid and dynamic_cast are available.
//                          Nothing in rtcerr needs them; the macro is here for
//                          code built on rtcerr that does.
//
// Both are detected from the compiler's own macros (the standard feature-test
// macros first, then GCC/clang's and MSVC's older ones), and either can be
// forced by defining it to 0 or 1 before any rtcerr header (for example to
// test the no-exception paths in a build that has exceptions; the compiled
// library and every user of it must then agree on the value).
#pragma once

#ifndef RTCERR_HAS_EXCEPTIONS
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS) || defined(_CPPUNWIND)
#define RTCERR_HAS_EXCEPTIONS 1
#else
#define RTCERR_HAS_EXCEPTIONS 0
#endif
#endif

// The inline namespace of everything whose code depends on
// RTCERR_HAS_EXCEPTIONS: the result policy (what value() and error() do on
// the wrong alternative, and so rtcerr::result<T> itself), throw_error and
// its dispatch tables. Without it, an object built with -fno-exceptions and
// one built with exceptions would each instantiate `result<int>::value()`
// under one name, and the linker would keep either copy: with the
// no-exceptions object first, an exception-enabled caller's value() aborted
// instead of throwing. With it, each object keeps its own; a function that
// takes or returns a result, declared in one mode and defined in the other,
// does not link (an undefined reference naming exceptions_on or
// exceptions_off), and neither does a call to the library's throw_error from
// an object built in the other mode than the library (docs/platforms.md,
// tests/exceptions_mix).
#if RTCERR_HAS_EXCEPTIONS
#define RTCERR_EXCEPTIONS_ABI_NAMESPACE exceptions_on
#else
#define RTCERR_EXCEPTIONS_ABI_NAMESPACE exceptions_off
#endif

#ifndef RTCERR_HAS_RTTI
#if defined(__cpp_rtti) || defined(__GXX_RTTI) || defined(_CPPRTTI)
#define RTCERR_HAS_RTTI 1
#else
#define RTCERR_HAS_RTTI 0
#endif
#endif
