from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PoolFlowRow")


@_attrs_define
class PoolFlowRow:
    """
    Attributes:
        period_start (datetime.date | None): First day of the bucket (none without one)
        pool_id (None | UUID): The pool (null: the default pool)
        pool_name (None | str): The pool's name (null: the default pool)
        claims (int): Customers claimed from the pool
        releases (int): Customers released to it by hand (or at a hand-over)
        returns (int): Customers the return rule gave back to it
        conversions (int): Claims in the period whose customer then had a deal won or a contract signed (counted at the
            claim)
    """

    period_start: datetime.date | None
    pool_id: None | UUID
    pool_name: None | str
    claims: int
    releases: int
    returns: int
    conversions: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period_start: None | str
        if isinstance(self.period_start, datetime.date):
            period_start = self.period_start.isoformat()
        else:
            period_start = self.period_start

        pool_id: None | str
        if isinstance(self.pool_id, UUID):
            pool_id = str(self.pool_id)
        else:
            pool_id = self.pool_id

        pool_name: None | str
        pool_name = self.pool_name

        claims = self.claims

        releases = self.releases

        returns = self.returns

        conversions = self.conversions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period_start": period_start,
                "pool_id": pool_id,
                "pool_name": pool_name,
                "claims": claims,
                "releases": releases,
                "returns": returns,
                "conversions": conversions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_period_start(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_start_type_0 = datetime.date.fromisoformat(data)

                return period_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        period_start = _parse_period_start(d.pop("period_start"))

        def _parse_pool_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pool_id_type_0 = UUID(data)

                return pool_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        pool_id = _parse_pool_id(d.pop("pool_id"))

        def _parse_pool_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        pool_name = _parse_pool_name(d.pop("pool_name"))

        claims = d.pop("claims")

        releases = d.pop("releases")

        returns = d.pop("returns")

        conversions = d.pop("conversions")

        pool_flow_row = cls(
            period_start=period_start,
            pool_id=pool_id,
            pool_name=pool_name,
            claims=claims,
            releases=releases,
            returns=returns,
            conversions=conversions,
        )

        pool_flow_row.additional_properties = d
        return pool_flow_row

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
