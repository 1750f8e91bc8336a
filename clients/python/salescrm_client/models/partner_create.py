from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.partner_kind import PartnerKind
from ..models.partner_status import PartnerStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerCreate")


@_attrs_define
class PartnerCreate:
    """
    Attributes:
        name (str):
        id (None | Unset | UUID): Optional client-chosen id (UUIDv7); repeating a create is idempotent.
        kind (PartnerKind | Unset):
        contact_person (None | str | Unset):
        phone (None | str | Unset):
        email (None | str | Unset):
        agreement_start (datetime.date | None | Unset):
        agreement_end (datetime.date | None | Unset):
        owner_id (None | Unset | UUID): The channel manager. Default: caller.
        territory_ids (list[UUID] | Unset): Territory ids.
        status (PartnerStatus | Unset):
        note (None | str | Unset):
    """

    name: str
    id: None | Unset | UUID = UNSET
    kind: PartnerKind | Unset = UNSET
    contact_person: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    agreement_start: datetime.date | None | Unset = UNSET
    agreement_end: datetime.date | None | Unset = UNSET
    owner_id: None | Unset | UUID = UNSET
    territory_ids: list[UUID] | Unset = UNSET
    status: PartnerStatus | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        contact_person: None | str | Unset
        if isinstance(self.contact_person, Unset):
            contact_person = UNSET
        else:
            contact_person = self.contact_person

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        agreement_start: None | str | Unset
        if isinstance(self.agreement_start, Unset):
            agreement_start = UNSET
        elif isinstance(self.agreement_start, datetime.date):
            agreement_start = self.agreement_start.isoformat()
        else:
            agreement_start = self.agreement_start

        agreement_end: None | str | Unset
        if isinstance(self.agreement_end, Unset):
            agreement_end = UNSET
        elif isinstance(self.agreement_end, datetime.date):
            agreement_end = self.agreement_end.isoformat()
        else:
            agreement_end = self.agreement_end

        owner_id: None | str | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        elif isinstance(self.owner_id, UUID):
            owner_id = str(self.owner_id)
        else:
            owner_id = self.owner_id

        territory_ids: list[str] | Unset = UNSET
        if not isinstance(self.territory_ids, Unset):
            territory_ids = []
            for territory_ids_item_data in self.territory_ids:
                territory_ids_item = str(territory_ids_item_data)
                territory_ids.append(territory_ids_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if kind is not UNSET:
            field_dict["kind"] = kind
        if contact_person is not UNSET:
            field_dict["contact_person"] = contact_person
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if agreement_start is not UNSET:
            field_dict["agreement_start"] = agreement_start
        if agreement_end is not UNSET:
            field_dict["agreement_end"] = agreement_end
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if territory_ids is not UNSET:
            field_dict["territory_ids"] = territory_ids
        if status is not UNSET:
            field_dict["status"] = status
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

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

        _kind = d.pop("kind", UNSET)
        kind: PartnerKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = PartnerKind(_kind)

        def _parse_contact_person(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_person = _parse_contact_person(d.pop("contact_person", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_agreement_start(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                agreement_start_type_0 = datetime.date.fromisoformat(data)

                return agreement_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        agreement_start = _parse_agreement_start(d.pop("agreement_start", UNSET))

        def _parse_agreement_end(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                agreement_end_type_0 = datetime.date.fromisoformat(data)

                return agreement_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        agreement_end = _parse_agreement_end(d.pop("agreement_end", UNSET))

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

        _territory_ids = d.pop("territory_ids", UNSET)
        territory_ids: list[UUID] | Unset = UNSET
        if _territory_ids is not UNSET:
            territory_ids = []
            for territory_ids_item_data in _territory_ids:
                territory_ids_item = UUID(territory_ids_item_data)

                territory_ids.append(territory_ids_item)

        _status = d.pop("status", UNSET)
        status: PartnerStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PartnerStatus(_status)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        partner_create = cls(
            name=name,
            id=id,
            kind=kind,
            contact_person=contact_person,
            phone=phone,
            email=email,
            agreement_start=agreement_start,
            agreement_end=agreement_end,
            owner_id=owner_id,
            territory_ids=territory_ids,
            status=status,
            note=note,
        )

        return partner_create
