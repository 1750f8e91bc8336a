from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="VisitUpdate")


@_attrs_define
class VisitUpdate:
    """
    Attributes:
        contact_id (None | Unset | UUID):
        opportunity_id (None | Unset | UUID):
        purpose (str | Unset):
        planned_at (datetime.datetime | Unset):
        planned_minutes (int | None | Unset):
        owner_id (None | Unset | UUID):
        summary (None | str | Unset):
    """

    contact_id: None | Unset | UUID = UNSET
    opportunity_id: None | Unset | UUID = UNSET
    purpose: str | Unset = UNSET
    planned_at: datetime.datetime | Unset = UNSET
    planned_minutes: int | None | Unset = UNSET
    owner_id: None | Unset | UUID = UNSET
    summary: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        contact_id: None | str | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        elif isinstance(self.contact_id, UUID):
            contact_id = str(self.contact_id)
        else:
            contact_id = self.contact_id

        opportunity_id: None | str | Unset
        if isinstance(self.opportunity_id, Unset):
            opportunity_id = UNSET
        elif isinstance(self.opportunity_id, UUID):
            opportunity_id = str(self.opportunity_id)
        else:
            opportunity_id = self.opportunity_id

        purpose = self.purpose

        planned_at: str | Unset = UNSET
        if not isinstance(self.planned_at, Unset):
            planned_at = self.planned_at.isoformat()

        planned_minutes: int | None | Unset
        if isinstance(self.planned_minutes, Unset):
            planned_minutes = UNSET
        else:
            planned_minutes = self.planned_minutes

        owner_id: None | str | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        elif isinstance(self.owner_id, UUID):
            owner_id = str(self.owner_id)
        else:
            owner_id = self.owner_id

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if opportunity_id is not UNSET:
            field_dict["opportunity_id"] = opportunity_id
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if planned_at is not UNSET:
            field_dict["planned_at"] = planned_at
        if planned_minutes is not UNSET:
            field_dict["planned_minutes"] = planned_minutes
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_contact_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                contact_id_type_0 = UUID(data)

                return contact_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        contact_id = _parse_contact_id(d.pop("contact_id", UNSET))

        def _parse_opportunity_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                opportunity_id_type_0 = UUID(data)

                return opportunity_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        opportunity_id = _parse_opportunity_id(d.pop("opportunity_id", UNSET))

        purpose = d.pop("purpose", UNSET)

        _planned_at = d.pop("planned_at", UNSET)
        planned_at: datetime.datetime | Unset
        if isinstance(_planned_at, Unset):
            planned_at = UNSET
        else:
            planned_at = datetime.datetime.fromisoformat(_planned_at)

        def _parse_planned_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        planned_minutes = _parse_planned_minutes(d.pop("planned_minutes", UNSET))

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

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        visit_update = cls(
            contact_id=contact_id,
            opportunity_id=opportunity_id,
            purpose=purpose,
            planned_at=planned_at,
            planned_minutes=planned_minutes,
            owner_id=owner_id,
            summary=summary,
        )

        return visit_update
