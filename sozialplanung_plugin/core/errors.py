"""Errors raised by the core: plain data, translated by the Processing glue."""
from __future__ import annotations

from typing import Any


class InputError(ValueError):
    """Input that the core cannot work with.

    ``code`` names the problem (the glue maps it to a translated message),
    ``details`` carries the values that message names: field, row, key, ...
    """

    def __init__(self, code: str, **details: Any) -> None:
        self.code = code
        self.details = details
        super().__init__(f"{code}: {details}")


class Canceled(Exception):
    """The user canceled a long computation."""
