from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.journal_period import JournalPeriod
from ..types import UNSET, Unset

T = TypeVar("T", bound="JournalCreate")


@_attrs_define
class JournalCreate:
    """
    Attributes:
        id (None | Unset | UUID): Optional client-chosen id (UUIDv7); repeating a create is idempotent.
        period (JournalPeriod | Unset):
        period_start (datetime.date | None | Unset): The day, a day of the week or of the month (moved to its Monday or
            its 1st). Default: today. Not after today (422 `period_in_future`).
        done (None | str | Unset):
        planned (None | str | Unset):
        problems (None | str | Unset):
        help_needed (None | str | Unset):
        content (None | str | Unset): Free text.
        owner_id (None | Unset | UUID): The author. Default: the caller; someone else needs `journal:assign`.
    """

    id: None | Unset | UUID = UNSET
    period: JournalPeriod | Unset = UNSET
    period_start: datetime.date | None | Unset = UNSET
    done: None | str | Unset = UNSET
    planned: None | str | Unset = UNSET
    problems: None | str | Unset = UNSET
    help_needed: None | str | Unset = UNSET
    content: None | str | Unset = UNSET
    owner_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        period: str | Unset = UNSET
        if not isinstance(self.period, Unset):
            period = self.period.value

        period_start: None | str | Unset
        if isinstance(self.period_start, Unset):
            period_start = UNSET
        elif isinstance(self.period_start, datetime.date):
            period_start = self.period_start.isoformat()
        else:
            period_start = self.period_start

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

        owner_id: None | str | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        elif isinstance(self.owner_id, UUID):
            owner_id = str(self.owner_id)
        else:
            owner_id = self.owner_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if period is not UNSET:
            field_dict["period"] = period
        if period_start is not UNSET:
            field_dict["period_start"] = period_start
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
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        id = _parse_id(d.pop("id", UNSET))

        _period = d.pop("period", UNSET)
        period: JournalPeriod | Unset
        if isinstance(_period, Unset):
            period = UNSET
        else:
            period = JournalPeriod(_period)

        def _parse_period_start(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_start_type_0 = datetime.date.fromisoformat(data)

                return period_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        period_start = _parse_period_start(d.pop("period_start", UNSET))

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

        def _parse_owner_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                owner_id_type_0 = UUID(data)

                return owner_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        owner_id = _parse_owner_id(d.pop("owner_id", UNSET))

        journal_create = cls(
            id=id,
            period=period,
            period_start=period_start,
            done=done,
            planned=planned,
            problems=problems,
            help_needed=help_needed,
            content=content,
            owner_id=owner_id,
        )

        return journal_create
