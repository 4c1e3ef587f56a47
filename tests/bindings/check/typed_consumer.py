"""A consumer of the generated package that `mypy --strict` must accept:
typed conditions, retry policies and the optional HTTP status."""
from typing import Optional

from rtcerr_codes import Code, Condition, ErrorInfo, Retry, lookup


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
