from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.journal_period import JournalPeriod
from ..models.journal_status import JournalStatus

if TYPE_CHECKING:
    from ..models.journal_read_out import JournalReadOut
    from ..models.ref import Ref


T = TypeVar("T", bound="JournalOut")


@_attrs_define
class JournalOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        owner_id (None | UUID): The author.
        owner (None | Ref): The employee named by the id beside it: id and name (null if none).
        period (JournalPeriod):
        period_start (datetime.date):
        period_end (datetime.date):
        status (JournalStatus):
        submitted_at (datetime.datetime | None):
        done (None | str):
        planned (None | str):
        problems (None | str):
        help_needed (None | str):
        content (None | str):
        reads (list[JournalReadOut]): Who marked it read, when.
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    owner_id: None | UUID
    owner: None | Ref
    period: JournalPeriod
    period_start: datetime.date
    period_end: datetime.date
    status: JournalStatus
    submitted_at: datetime.datetime | None
    done: None | str
    planned: None | str
    problems: None | str
    help_needed: None | str
    content: None | str
    reads: list[JournalReadOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        owner_id: None | str
        if isinstance(self.owner_id, UUID):
            owner_id = str(self.owner_id)
        else:
            owner_id = self.owner_id

        owner: dict[str, Any] | None
        if isinstance(self.owner, Ref):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        period = self.period.value

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        status = self.status.value

        submitted_at: None | str
        if isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at

        done: None | str
        done = self.done

        planned: None | str
        planned = self.planned

        problems: None | str
        problems = self.problems

        help_needed: None | str
        help_needed = self.help_needed

        content: None | str
        content = self.content

        reads = []
        for reads_item_data in self.reads:
            reads_item = reads_item_data.to_dict()
            reads.append(reads_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "owner_id": owner_id,
                "owner": owner,
                "period": period,
                "period_start": period_start,
                "period_end": period_end,
                "status": status,
                "submitted_at": submitted_at,
                "done": done,
                "planned": planned,
                "problems": problems,
                "help_needed": help_needed,
                "content": content,
                "reads": reads,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.journal_read_out import JournalReadOut  # noqa: PLC0415
        from ..models.ref import Ref  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        def _parse_owner_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                owner_id_type_0 = UUID(data)

                return owner_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        owner_id = _parse_owner_id(d.pop("owner_id"))

        def _parse_owner(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                owner_type_0 = Ref.from_dict(data)

                return owner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        owner = _parse_owner(d.pop("owner"))

        period = JournalPeriod(d.pop("period"))

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        status = JournalStatus(d.pop("status"))

        def _parse_submitted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_at_type_0 = datetime.datetime.fromisoformat(data)

                return submitted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        submitted_at = _parse_submitted_at(d.pop("submitted_at"))

        def _parse_done(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        done = _parse_done(d.pop("done"))

        def _parse_planned(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        planned = _parse_planned(d.pop("planned"))

        def _parse_problems(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        problems = _parse_problems(d.pop("problems"))

        def _parse_help_needed(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        help_needed = _parse_help_needed(d.pop("help_needed"))

        def _parse_content(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        content = _parse_content(d.pop("content"))

        reads = []
        _reads = d.pop("reads")
        for reads_item_data in _reads:
            reads_item = JournalReadOut.from_dict(reads_item_data)

            reads.append(reads_item)

        journal_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            owner_id=owner_id,
            owner=owner,
            period=period,
            period_start=period_start,
            period_end=period_end,
            status=status,
            submitted_at=submitted_at,
            done=done,
            planned=planned,
            problems=problems,
            help_needed=help_needed,
            content=content,
            reads=reads,
        )

        journal_out.additional_properties = d
        return journal_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
