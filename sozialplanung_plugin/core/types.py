"""Array type used in core signatures (numpy.typing only for the type checker:
older numpy releases shipped with some QGIS installs lack it)."""
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from numpy.typing import NDArray

    Array = NDArray[Any]
else:
    Array = Any
