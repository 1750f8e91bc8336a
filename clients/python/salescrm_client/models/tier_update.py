from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TierUpdate")


@_attrs_define
class TierUpdate:
    """
    Attributes:
        name (str | Unset):
        rank (int | Unset):
        description (None | str | Unset):
        max_per_owner (int | None | Unset):
        pool_return_days (int | None | Unset):
    """

    name: str | Unset = UNSET
    rank: int | Unset = UNSET
    description: None | str | Unset = UNSET
    max_per_owner: int | None | Unset = UNSET
    pool_return_days: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        rank = self.rank

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        max_per_owner: int | None | Unset
        if isinstance(self.max_per_owner, Unset):
            max_per_owner = UNSET
        else:
            max_per_owner = self.max_per_owner

        pool_return_days: int | None | Unset
        if isinstance(self.pool_return_days, Unset):
            pool_return_days = UNSET
        else:
            pool_return_days = self.pool_return_days

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if rank is not UNSET:
            field_dict["rank"] = rank
        if description is not UNSET:
            field_dict["description"] = description
        if max_per_owner is not UNSET:
            field_dict["max_per_owner"] = max_per_owner
        if pool_return_days is not UNSET:
            field_dict["pool_return_days"] = pool_return_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        rank = d.pop("rank", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_max_per_owner(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_per_owner = _parse_max_per_owner(d.pop("max_per_owner", UNSET))

        def _parse_pool_return_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pool_return_days = _parse_pool_return_days(d.pop("pool_return_days", UNSET))

        tier_update = cls(
            name=name,
            rank=rank,
            description=description,
            max_per_owner=max_per_owner,
            pool_return_days=pool_return_days,
        )

        return tier_update
