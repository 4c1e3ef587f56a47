"""The C API through a shared library from Python's ctypes, as an FFI user
sees it: load the .so, declare the signatures, call. Expected values are
written by hand from the catalogue and the contract in rtcerr/rtcerr.h.

    python3 c_api_ctypes.py path/to/librtcerr.so EXPECTED_VERSION
"""
import ctypes
import sys

lib = ctypes.CDLL(sys.argv[1])
expected_version = sys.argv[2]

i64, text = ctypes.c_int64, ctypes.c_char_p
for name, args, result in [
    ("rtcerr_is_known", [i64], ctypes.c_int),
    ("rtcerr_domain_name", [i64], text),
    ("rtcerr_name", [i64], text),
    ("rtcerr_message", [i64, ctypes.c_int], text),
    ("rtcerr_hint", [i64, ctypes.c_int], text),
    ("rtcerr_condition_name", [i64], text),
    ("rtcerr_retry_name", [i64], text),
    ("rtcerr_http_status", [i64], ctypes.c_int),
    ("rtcerr_code_count", [], ctypes.c_size_t),
    ("rtcerr_code_at", [ctypes.c_size_t], ctypes.c_int32),
    ("rtcerr_version", [], text),
]:
    function = getattr(lib, name)
    function.argtypes, function.restype = args, result

ZH, EN = 0, 1
failures = []


def expect(ok, what):
    if not ok:
        failures.append(what)


def s(raw):
    expect(raw is not None, "a string is NULL")
    return (raw or b"").decode("utf-8")  # must be valid UTF-8


expect(lib.rtcerr_is_known(605030046) == 1, "605030046 is known")
expect(s(lib.rtcerr_domain_name(605030046)) == "recording", "605030046 domain")
expect(s(lib.rtcerr_name(605030046)) == "stream_data_timeout", "605030046 name")
expect(s(lib.rtcerr_message(605030046, ZH)) == "流数据超时", "605030046 zh message")
expect(s(lib.rtcerr_condition_name(605030046)) == "timeout", "605030046 condition")
expect(lib.rtcerr_http_status(606000006) == 503, "606000006 is 503")
expect(s(lib.rtcerr_retry_name(606000001)) == "refresh_credentials", "606000001 retry")
expect(s(lib.rtcerr_message(1, 42)) == s(lib.rtcerr_message(1, ZH)), "language 42 is zh")
expect(s(lib.rtcerr_message(1, EN)) != s(lib.rtcerr_message(1, ZH)), "en differs")

for code, domain in [(605030002, "recording"), (4294967297, "unknown"), (2**63 - 1, "unknown"),
                     (-2**63, "unknown"), (-1, "unknown")]:
    expect(lib.rtcerr_is_known(code) == 0, f"{code} is not known")
    expect(s(lib.rtcerr_domain_name(code)) == domain, f"{code} domain")
    expect(s(lib.rtcerr_name(code)) == "unknown", f"{code} name")
    expect(s(lib.rtcerr_hint(code, EN)) == "", f"{code} hint")
    expect(s(lib.rtcerr_message(code, EN)) != "", f"{code} message")

count = lib.rtcerr_code_count()
expect(count == 79, f"79 listed failure codes, not {count}")
codes = [lib.rtcerr_code_at(i) for i in range(count)]
expect(len(set(codes)) == count and 0 not in codes, "code_at lists distinct failure codes")
expect(all(lib.rtcerr_is_known(c) == 1 for c in codes), "code_at lists known codes")
expect(lib.rtcerr_code_at(count) == 0 and lib.rtcerr_code_at(2**64 - 1) == 0, "0 past the end")
expect(s(lib.rtcerr_version()) == expected_version, "version")

if failures:
    sys.exit("c_api_ctypes: FAILED:\n  " + "\n  ".join(failures))
print(f"c_api_ctypes: {count} codes through {sys.argv[1]}")
