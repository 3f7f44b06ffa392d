"""Array type used in core signatures."""
from typing import Any

from numpy.typing import NDArray

Array = NDArray[Any]
