from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.partner_kind import PartnerKind
from ..models.partner_status import PartnerStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="PartnerOut")


@_attrs_define
class PartnerOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        name (str):
        kind (PartnerKind):
        contact_person (None | str):
        phone (None | str):
        email (None | str):
        agreement_start (datetime.date | None):
        agreement_end (datetime.date | None):
        owner_id (None | UUID):
        owner (None | Ref): The employee named by the id beside it: id and name (null if none).
        status (PartnerStatus):
        note (None | str):
        territory_ids (list[UUID] | Unset):
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    name: str
    kind: PartnerKind
    contact_person: None | str
    phone: None | str
    email: None | str
    agreement_start: datetime.date | None
    agreement_end: datetime.date | None
    owner_id: None | UUID
    owner: None | Ref
    status: PartnerStatus
    note: None | str
    territory_ids: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        name = self.name

        kind = self.kind.value

        contact_person: None | str
        contact_person = self.contact_person

        phone: None | str
        phone = self.phone

        email: None | str
        email = self.email

        agreement_start: None | str
        if isinstance(self.agreement_start, datetime.date):
            agreement_start = self.agreement_start.isoformat()
        else:
            agreement_start = self.agreement_start

        agreement_end: None | str
        if isinstance(self.agreement_end, datetime.date):
            agreement_end = self.agreement_end.isoformat()
        else:
            agreement_end = self.agreement_end

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

        status = self.status.value

        note: None | str
        note = self.note

        territory_ids: list[str] | Unset = UNSET
        if not isinstance(self.territory_ids, Unset):
            territory_ids = []
            for territory_ids_item_data in self.territory_ids:
                territory_ids_item = str(territory_ids_item_data)
                territory_ids.append(territory_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "name": name,
                "kind": kind,
                "contact_person": contact_person,
                "phone": phone,
                "email": email,
                "agreement_start": agreement_start,
                "agreement_end": agreement_end,
                "owner_id": owner_id,
                "owner": owner,
                "status": status,
                "note": note,
            }
        )
        if territory_ids is not UNSET:
            field_dict["territory_ids"] = territory_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        name = d.pop("name")

        kind = PartnerKind(d.pop("kind"))

        def _parse_contact_person(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact_person = _parse_contact_person(d.pop("contact_person"))

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        def _parse_agreement_start(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                agreement_start_type_0 = datetime.date.fromisoformat(data)

                return agreement_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        agreement_start = _parse_agreement_start(d.pop("agreement_start"))

        def _parse_agreement_end(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                agreement_end_type_0 = datetime.date.fromisoformat(data)

                return agreement_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        agreement_end = _parse_agreement_end(d.pop("agreement_end"))

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

        status = PartnerStatus(d.pop("status"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        _territory_ids = d.pop("territory_ids", UNSET)
        territory_ids: list[UUID] | Unset = UNSET
        if _territory_ids is not UNSET:
            territory_ids = []
            for territory_ids_item_data in _territory_ids:
                territory_ids_item = UUID(territory_ids_item_data)

                territory_ids.append(territory_ids_item)

        partner_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            name=name,
            kind=kind,
            contact_person=contact_person,
            phone=phone,
            email=email,
            agreement_start=agreement_start,
            agreement_end=agreement_end,
            owner_id=owner_id,
            owner=owner,
            status=status,
            note=note,
            territory_ids=territory_ids,
        )

        partner_out.additional_properties = d
        return partner_out

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
