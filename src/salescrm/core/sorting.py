"""``sort=-updated_at`` parsing against the fields a resource allows (each non-null, indexed)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from salescrm.core.errors import ValidationFailed


@dataclass(frozen=True)
class Sort:
    field: str
    descending: bool

    @property
    def key(self) -> str:
        return f"-{self.field}" if self.descending else self.field


def parse_sort(raw: str, allowed: Mapping[str, object]) -> Sort:
    descending = raw.startswith("-")
    field = raw[1:] if descending else raw
    if field not in allowed:
        choices = ", ".join(sorted(allowed))
        raise ValidationFailed.field(
            ["query", "sort"], f"Cannot sort by '{field}'; allowed: {choices}", "bad_sort"
        )
    return Sort(field, descending)
