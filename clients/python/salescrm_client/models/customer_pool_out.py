from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="CustomerPoolOut")


@_attrs_define
class CustomerPoolOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        name (str):
        description (None | str):
        department_id (None | UUID):
        department (None | Ref): The department named by the id beside it: id and name (null if none).
        region (None | str):
        member_ids (list[UUID]):
        open_to_all (bool):
        mask_contacts (bool | None):
        return_days (int | None):
        claim_cooldown_days (int | None):
        daily_claim_limit (int | None):
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    name: str
    description: None | str
    department_id: None | UUID
    department: None | Ref
    region: None | str
    member_ids: list[UUID]
    open_to_all: bool
    mask_contacts: bool | None
    return_days: int | None
    claim_cooldown_days: int | None
    daily_claim_limit: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        name = self.name

        description: None | str
        description = self.description

        department_id: None | str
        if isinstance(self.department_id, UUID):
            department_id = str(self.department_id)
        else:
            department_id = self.department_id

        department: dict[str, Any] | None
        if isinstance(self.department, Ref):
            department = self.department.to_dict()
        else:
            department = self.department

        region: None | str
        region = self.region

        member_ids = []
        for member_ids_item_data in self.member_ids:
            member_ids_item = str(member_ids_item_data)
            member_ids.append(member_ids_item)

        open_to_all = self.open_to_all

        mask_contacts: bool | None
        mask_contacts = self.mask_contacts

        return_days: int | None
        return_days = self.return_days

        claim_cooldown_days: int | None
        claim_cooldown_days = self.claim_cooldown_days

        daily_claim_limit: int | None
        daily_claim_limit = self.daily_claim_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "name": name,
                "description": description,
                "department_id": department_id,
                "department": department,
                "region": region,
                "member_ids": member_ids,
                "open_to_all": open_to_all,
                "mask_contacts": mask_contacts,
                "return_days": return_days,
                "claim_cooldown_days": claim_cooldown_days,
                "daily_claim_limit": daily_claim_limit,
            }
        )

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

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_department_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                department_id_type_0 = UUID(data)

                return department_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        department_id = _parse_department_id(d.pop("department_id"))

        def _parse_department(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                department_type_0 = Ref.from_dict(data)

                return department_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        department = _parse_department(d.pop("department"))

        def _parse_region(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        region = _parse_region(d.pop("region"))

        member_ids = []
        _member_ids = d.pop("member_ids")
        for member_ids_item_data in _member_ids:
            member_ids_item = UUID(member_ids_item_data)

            member_ids.append(member_ids_item)

        open_to_all = d.pop("open_to_all")

        def _parse_mask_contacts(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        mask_contacts = _parse_mask_contacts(d.pop("mask_contacts"))

        def _parse_return_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        return_days = _parse_return_days(d.pop("return_days"))

        def _parse_claim_cooldown_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        claim_cooldown_days = _parse_claim_cooldown_days(d.pop("claim_cooldown_days"))

        def _parse_daily_claim_limit(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        daily_claim_limit = _parse_daily_claim_limit(d.pop("daily_claim_limit"))

        customer_pool_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            name=name,
            description=description,
            department_id=department_id,
            department=department,
            region=region,
            member_ids=member_ids,
            open_to_all=open_to_all,
            mask_contacts=mask_contacts,
            return_days=return_days,
            claim_cooldown_days=claim_cooldown_days,
            daily_claim_limit=daily_claim_limit,
        )

        customer_pool_out.additional_properties = d
        return customer_pool_out

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
