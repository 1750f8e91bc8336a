from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TierOut")


@_attrs_define
class TierOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        code (str):
        name (str):
        rank (int):
        description (None | str):
        max_per_owner (int | None):
        pool_return_days (int | None):
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    code: str
    name: str
    rank: int
    description: None | str
    max_per_owner: int | None
    pool_return_days: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        code = self.code

        name = self.name

        rank = self.rank

        description: None | str
        description = self.description

        max_per_owner: int | None
        max_per_owner = self.max_per_owner

        pool_return_days: int | None
        pool_return_days = self.pool_return_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "code": code,
                "name": name,
                "rank": rank,
                "description": description,
                "max_per_owner": max_per_owner,
                "pool_return_days": pool_return_days,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        code = d.pop("code")

        name = d.pop("name")

        rank = d.pop("rank")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_max_per_owner(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        max_per_owner = _parse_max_per_owner(d.pop("max_per_owner"))

        def _parse_pool_return_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        pool_return_days = _parse_pool_return_days(d.pop("pool_return_days"))

        tier_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            code=code,
            name=name,
            rank=rank,
            description=description,
            max_per_owner=max_per_owner,
            pool_return_days=pool_return_days,
        )

        tier_out.additional_properties = d
        return tier_out

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
