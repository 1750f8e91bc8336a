from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="VisitCreate")


@_attrs_define
class VisitCreate:
    """
    Attributes:
        customer_id (UUID):
        purpose (str):
        planned_at (datetime.datetime):
        id (None | Unset | UUID): Optional client-chosen id (UUIDv7); repeating a create is idempotent.
        contact_id (None | Unset | UUID):
        opportunity_id (None | Unset | UUID):
        planned_minutes (int | None | Unset):
        owner_id (None | Unset | UUID): Who visits. Default: the caller; someone else needs visit:assign.
    """

    customer_id: UUID
    purpose: str
    planned_at: datetime.datetime
    id: None | Unset | UUID = UNSET
    contact_id: None | Unset | UUID = UNSET
    opportunity_id: None | Unset | UUID = UNSET
    planned_minutes: int | None | Unset = UNSET
    owner_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        customer_id = str(self.customer_id)

        purpose = self.purpose

        planned_at = self.planned_at.isoformat()

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "customer_id": customer_id,
                "purpose": purpose,
                "planned_at": planned_at,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if opportunity_id is not UNSET:
            field_dict["opportunity_id"] = opportunity_id
        if planned_minutes is not UNSET:
            field_dict["planned_minutes"] = planned_minutes
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_id = UUID(d.pop("customer_id"))

        purpose = d.pop("purpose")

        planned_at = datetime.datetime.fromisoformat(d.pop("planned_at"))

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

        visit_create = cls(
            customer_id=customer_id,
            purpose=purpose,
            planned_at=planned_at,
            id=id,
            contact_id=contact_id,
            opportunity_id=opportunity_id,
            planned_minutes=planned_minutes,
            owner_id=owner_id,
        )

        return visit_create
