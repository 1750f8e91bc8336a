from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerPoolUpdate")


@_attrs_define
class CustomerPoolUpdate:
    """
    Attributes:
        name (str | Unset):
        description (None | str | Unset):
        department_id (None | Unset | UUID):
        region (None | str | Unset):
        member_ids (list[UUID] | Unset): Members besides the department's, each named once.
        open_to_all (bool | Unset):
        mask_contacts (bool | None | Unset):
        return_days (int | None | Unset):
        claim_cooldown_days (int | None | Unset):
        daily_claim_limit (int | None | Unset):
    """

    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    department_id: None | Unset | UUID = UNSET
    region: None | str | Unset = UNSET
    member_ids: list[UUID] | Unset = UNSET
    open_to_all: bool | Unset = UNSET
    mask_contacts: bool | None | Unset = UNSET
    return_days: int | None | Unset = UNSET
    claim_cooldown_days: int | None | Unset = UNSET
    daily_claim_limit: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        department_id: None | str | Unset
        if isinstance(self.department_id, Unset):
            department_id = UNSET
        elif isinstance(self.department_id, UUID):
            department_id = str(self.department_id)
        else:
            department_id = self.department_id

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        member_ids: list[str] | Unset = UNSET
        if not isinstance(self.member_ids, Unset):
            member_ids = []
            for member_ids_item_data in self.member_ids:
                member_ids_item = str(member_ids_item_data)
                member_ids.append(member_ids_item)

        open_to_all = self.open_to_all

        mask_contacts: bool | None | Unset
        if isinstance(self.mask_contacts, Unset):
            mask_contacts = UNSET
        else:
            mask_contacts = self.mask_contacts

        return_days: int | None | Unset
        if isinstance(self.return_days, Unset):
            return_days = UNSET
        else:
            return_days = self.return_days

        claim_cooldown_days: int | None | Unset
        if isinstance(self.claim_cooldown_days, Unset):
            claim_cooldown_days = UNSET
        else:
            claim_cooldown_days = self.claim_cooldown_days

        daily_claim_limit: int | None | Unset
        if isinstance(self.daily_claim_limit, Unset):
            daily_claim_limit = UNSET
        else:
            daily_claim_limit = self.daily_claim_limit

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if department_id is not UNSET:
            field_dict["department_id"] = department_id
        if region is not UNSET:
            field_dict["region"] = region
        if member_ids is not UNSET:
            field_dict["member_ids"] = member_ids
        if open_to_all is not UNSET:
            field_dict["open_to_all"] = open_to_all
        if mask_contacts is not UNSET:
            field_dict["mask_contacts"] = mask_contacts
        if return_days is not UNSET:
            field_dict["return_days"] = return_days
        if claim_cooldown_days is not UNSET:
            field_dict["claim_cooldown_days"] = claim_cooldown_days
        if daily_claim_limit is not UNSET:
            field_dict["daily_claim_limit"] = daily_claim_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_department_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                department_id_type_0 = UUID(data)

                return department_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        department_id = _parse_department_id(d.pop("department_id", UNSET))

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        _member_ids = d.pop("member_ids", UNSET)
        member_ids: list[UUID] | Unset = UNSET
        if _member_ids is not UNSET:
            member_ids = []
            for member_ids_item_data in _member_ids:
                member_ids_item = UUID(member_ids_item_data)

                member_ids.append(member_ids_item)

        open_to_all = d.pop("open_to_all", UNSET)

        def _parse_mask_contacts(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        mask_contacts = _parse_mask_contacts(d.pop("mask_contacts", UNSET))

        def _parse_return_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        return_days = _parse_return_days(d.pop("return_days", UNSET))

        def _parse_claim_cooldown_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        claim_cooldown_days = _parse_claim_cooldown_days(d.pop("claim_cooldown_days", UNSET))

        def _parse_daily_claim_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        daily_claim_limit = _parse_daily_claim_limit(d.pop("daily_claim_limit", UNSET))

        customer_pool_update = cls(
            name=name,
            description=description,
            department_id=department_id,
            region=region,
            member_ids=member_ids,
            open_to_all=open_to_all,
            mask_contacts=mask_contacts,
            return_days=return_days,
            claim_cooldown_days=claim_cooldown_days,
            daily_claim_limit=daily_claim_limit,
        )

        return customer_pool_update
