"""Progress and cancel callbacks shared by long core computations."""
from __future__ import annotations

from typing import Callable, Optional

from sozialplanung_plugin.core.errors import Canceled

ProgressFn = Optional[Callable[[float], None]]
CanceledFn = Optional[Callable[[], bool]]


def report(progress: ProgressFn, is_canceled: CanceledFn, fraction: float) -> None:
    """Report ``fraction`` (0..1) and stop with :class:`Canceled` if asked to."""
    if is_canceled is not None and is_canceled():
        raise Canceled()
    if progress is not None:
        progress(max(0.0, min(1.0, fraction)))
