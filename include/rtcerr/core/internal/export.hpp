// rtcerr/core/internal/export.hpp - RTCERR_API, the mark of the compiled library's
// public symbols.
//
// A shared librtcerr (CMake: -DBUILD_SHARED_LIBS=ON) is compiled with hidden
// visibility: only declarations marked RTCERR_API are exported, so the
// library's ABI is exactly what its headers promise, and a test lists the
// exported symbols so that an accidental export is noticed. The build system
// defines RTCERR_SHARED for the library and its users when the library is
// shared (the CMake target carries it), and RTCERR_BUILDING_LIBRARY while
// compiling the library itself.
//
//   ELF (Linux, Android) and Mach-O (Apple): visibility("default") on the
//     library's declarations; nothing is needed on the user's side.
//   Windows DLLs: dllexport while building, dllimport for users.
//   A static library: RTCERR_API is empty, and the objects keep the
//     visibility the user's flags give them.
#pragma once

#if !defined(RTCERR_SHARED)
#define RTCERR_API
#elif defined(_WIN32) || defined(__CYGWIN__)
#if defined(RTCERR_BUILDING_LIBRARY)
#define RTCERR_API __declspec(dllexport)
#else
#define RTCERR_API __declspec(dllimport)
#endif
#elif defined(__GNUC__) || defined(__clang__)
#define RTCERR_API __attribute__((visibility("default")))
#else
#define RTCERR_API
#endif

// On a type whose address-identity matters across a shared librtcerr: a
// domain's tag type, so that the one-per-domain objects instantiated for it
// (its std::error_category) are one object in the whole program. GCC and
// clang give a template instance the narrowest visibility of its arguments,
// and -fvisibility=hidden would otherwise hide them in each shared object.
#if defined(RTCERR_SHARED) && !defined(_WIN32) && !defined(__CYGWIN__) && \
    (defined(__GNUC__) || defined(__clang__))
#define RTCERR_VISIBLE_TYPE __attribute__((visibility("default")))
#else
#define RTCERR_VISIBLE_TYPE
#endif
