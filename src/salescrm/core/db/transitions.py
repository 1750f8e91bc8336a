"""Business transitions a record declares, so the event outbox names them (``opportunity.won``).

A model lists, per column, what a change of that column means: ``__events__ = {"status":
to({"won": "won", "lost": "lost", "open": "reopened"})}``. The outbox (``core.events``) calls
each rule with the column's value before and after a flush; a rule returns the event's verb or
None. Each rule also lists every verb it can return, so the event catalogue is derived, not
written by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from types import MappingProxyType
from typing import Any, Protocol


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


class Transition(Protocol):
    @property
    def names(self) -> tuple[str, ...]:
        """Every verb the rule can return (for the catalogue)."""

    def __call__(self, before: Any, after: Any) -> str | None: ...


@dataclass(frozen=True)
class to:
    """A verb per new value of the column (``status`` → ``won``)."""

    verbs: Mapping[str, str]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self.verbs.values()))

    def __call__(self, before: Any, after: Any) -> str | None:
        return self.verbs.get(_plain(after))


@dataclass(frozen=True)
class changed:
    """One verb for any change of the column (``stage_id`` → ``stage_changed``)."""

    verb: str

    @property
    def names(self) -> tuple[str, ...]:
        return (self.verb,)

    def __call__(self, before: Any, after: Any) -> str | None:
        return self.verb


@dataclass(frozen=True)
class set_once:
    """A verb when the column goes from empty to a value (``merged_into_id`` → ``merged``)."""

    verb: str

    @property
    def names(self) -> tuple[str, ...]:
        return (self.verb,)

    def __call__(self, before: Any, after: Any) -> str | None:
        return self.verb if before is None and after is not None else None


@dataclass(frozen=True)
class ownership:
    """An owner column: taken from the pool (``claimed``), given back to it (``released``) or
    handed from one owner to another (``transferred``)."""

    @property
    def names(self) -> tuple[str, ...]:
        return ("claimed", "released", "transferred")

    def __call__(self, before: Any, after: Any) -> str | None:
        if before is None:
            return "claimed"
        return "released" if after is None else "transferred"


def declare(**rules: Transition) -> Mapping[str, Transition]:
    """A model's ``__events__``: its transitions by column name (read-only)."""
    return MappingProxyType(rules)
