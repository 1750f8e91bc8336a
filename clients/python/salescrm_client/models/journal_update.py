from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="JournalUpdate")


@_attrs_define
class JournalUpdate:
    """
    Attributes:
        done (None | str | Unset):
        planned (None | str | Unset):
        problems (None | str | Unset):
        help_needed (None | str | Unset):
        content (None | str | Unset):
    """

    done: None | str | Unset = UNSET
    planned: None | str | Unset = UNSET
    problems: None | str | Unset = UNSET
    help_needed: None | str | Unset = UNSET
    content: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        done: None | str | Unset
        if isinstance(self.done, Unset):
            done = UNSET
        else:
            done = self.done

        planned: None | str | Unset
        if isinstance(self.planned, Unset):
            planned = UNSET
        else:
            planned = self.planned

        problems: None | str | Unset
        if isinstance(self.problems, Unset):
            problems = UNSET
        else:
            problems = self.problems

        help_needed: None | str | Unset
        if isinstance(self.help_needed, Unset):
            help_needed = UNSET
        else:
            help_needed = self.help_needed

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if done is not UNSET:
            field_dict["done"] = done
        if planned is not UNSET:
            field_dict["planned"] = planned
        if problems is not UNSET:
            field_dict["problems"] = problems
        if help_needed is not UNSET:
            field_dict["help_needed"] = help_needed
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_done(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        done = _parse_done(d.pop("done", UNSET))

        def _parse_planned(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        planned = _parse_planned(d.pop("planned", UNSET))

        def _parse_problems(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        problems = _parse_problems(d.pop("problems", UNSET))

        def _parse_help_needed(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        help_needed = _parse_help_needed(d.pop("help_needed", UNSET))

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        journal_update = cls(
            done=done,
            planned=planned,
            problems=problems,
            help_needed=help_needed,
            content=content,
        )

        return journal_update
