"""A consumer with a misspelt condition: `mypy --strict` must reject it
(the Literal type of `condition` has no "timout")."""
from rtcerr_codes import lookup


def is_timeout(code: int) -> bool:
    return lookup(code).condition == "timout"
