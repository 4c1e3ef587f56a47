"""A consumer of the generated package that `mypy --strict` must accept:
typed conditions, retry policies and the optional HTTP status."""
from typing import Optional

from rtcerr_codes import (Code, Condition, ErrorInfo, Retry, RtcError, decode_problem,
                          from_value, lookup)


def should_retry(info: ErrorInfo) -> bool:
    retry: Retry = info.retry
    return retry == "backoff"


def status(code: int) -> int:
    http: Optional[int] = lookup(code).http_status
    return 500 if http is None else http


def is_timeout(code: int) -> bool:
    condition: Condition = lookup(code).condition
    return condition == "timeout"


assert should_retry(lookup(Code.GATEWAY_SYSTEM_BUSY))
assert status(605030099) == 500
assert not is_timeout(1)


def decoded_status(body: str) -> Optional[int]:
    error: Optional[RtcError] = decode_problem(body)
    return None if error is None else error.http_status


def member(code: int) -> Optional[Code]:
    return from_value(code)


assert decoded_status('{"code": 1, "status": 400}') == 400
assert member(605030099) is None
