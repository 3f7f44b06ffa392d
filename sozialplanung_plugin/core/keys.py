"""Area keys compared as text, exactly as statistics offices write them.

"010203" and "10203" are different keys. The classic way they get mixed up
is a spreadsheet or CSV import that reads the key column as a number and
drops the leading zeros; :func:`diagnose_mismatch` recognises that case so
the user can be told what happened instead of getting empty areas.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Sequence

import numpy as np

from sozialplanung_plugin.core.errors import InputError


def key_as_text(value: Any) -> Optional[str]:
    """One key as text; None for a missing key.

    Integral floats lose their ".0" (a key read as Real 10203.0 means "10203").
    Text is kept exactly: no stripping, no padding.
    """
    if value is None:
        return None
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, (bool, np.bool_)):
        return str(value)
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    if isinstance(value, (np.floating,)):
        return key_as_text(float(value))
    return str(value)


def keys_as_text(values: Sequence[Any]) -> List[Optional[str]]:
    return [key_as_text(v) for v in values]


def duplicated_keys(keys: Sequence[Optional[str]]) -> List[str]:
    """Keys that occur more than once, in order of first repetition."""
    seen: set[str] = set()
    dups: List[str] = []
    for k in keys:
        if k is None:
            continue
        if k in seen and k not in dups:
            dups.append(k)
        seen.add(k)
    return dups


@dataclass
class KeyDiagnosis:
    n_source: int
    n_matched: int
    n_missing_key: int
    unmatched_examples: List[str] = field(default_factory=list)
    zeros_lost: bool = False
    zeros_example: Optional[Dict[str, str]] = None
    n_matched_without_zeros: int = 0

    @property
    def n_unmatched(self) -> int:
        return self.n_source - self.n_matched - self.n_missing_key


def _strip_zeros(key: str) -> str:
    stripped = key.lstrip("0")
    return stripped if stripped else "0"


def diagnose_mismatch(source_keys: Sequence[Optional[str]],
                      area_keys: Sequence[Optional[str]],
                      max_examples: int = 5) -> KeyDiagnosis:
    """How well source keys match area keys, and whether lost leading zeros explain the rest."""
    area_set = {k for k in area_keys if k is not None}
    n_missing = sum(1 for k in source_keys if k is None)
    unmatched = [k for k in source_keys if k is not None and k not in area_set]
    diag = KeyDiagnosis(n_source=len(source_keys),
                        n_matched=len(source_keys) - n_missing - len(unmatched),
                        n_missing_key=n_missing)
    examples: List[str] = []
    for k in unmatched:
        if k not in examples:
            examples.append(k)
        if len(examples) >= max_examples:
            break
    diag.unmatched_examples = examples
    if unmatched:
        stripped_areas: Dict[str, str] = {}
        for k in area_set:
            stripped_areas.setdefault(_strip_zeros(k), k)
        n_zero = 0
        for k in unmatched:
            hit = stripped_areas.get(_strip_zeros(k))
            if hit is not None:
                n_zero += 1
                if diag.zeros_example is None:
                    diag.zeros_example = {"source": k, "area": hit}
        diag.n_matched_without_zeros = n_zero
        diag.zeros_lost = n_zero > 0 and n_zero >= len(unmatched) / 2
    return diag


def require_matching_keys(source_keys: Sequence[Optional[str]], area_keys: Sequence[Optional[str]]) -> KeyDiagnosis:
    """The diagnosis of :func:`diagnose_mismatch`, for keys that can be used: :class:`InputError`
    ``key_zeros_lost`` when lost leading zeros explain the mismatch (``example_src`` should be
    ``example_area``; ``n`` of ``total`` units do not match for this reason), ``no_key_matches`` when no
    source key matches an area (``example``: one of them)."""
    diag = diagnose_mismatch(source_keys, area_keys)
    if diag.n_unmatched == 0:
        return diag
    if diag.zeros_lost and diag.zeros_example is not None:
        raise InputError("key_zeros_lost", example_src=diag.zeros_example["source"],
                         example_area=diag.zeros_example["area"], n=diag.n_matched_without_zeros, total=diag.n_source)
    if diag.n_matched == 0:
        raise InputError("no_key_matches", example=(diag.unmatched_examples or ["NULL"])[0])
    return diag
