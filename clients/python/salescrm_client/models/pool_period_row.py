from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="PoolPeriodRow")


@_attrs_define
class PoolPeriodRow:
    """
    Attributes:
        pool_id (None | UUID): Null: the default pool.
        pool (None | Ref): The customer pool named by the id beside it: id and name (null if none).
        period_start (datetime.date): The first day of the period (business time zone).
        claims (int | Unset): Customers claimed from the pool. Default: 0.
        releases (int | Unset): Customers released to it by hand. Default: 0.
        returns (int | Unset): Customers the return rule gave back to it. Default: 0.
        conversions (int | Unset): Claims in the period whose customer then had a deal won or a contract signed (counted
            in the claim's period). Default: 0.
    """

    pool_id: None | UUID
    pool: None | Ref
    period_start: datetime.date
    claims: int | Unset = 0
    releases: int | Unset = 0
    returns: int | Unset = 0
    conversions: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        pool_id: None | str
        if isinstance(self.pool_id, UUID):
            pool_id = str(self.pool_id)
        else:
            pool_id = self.pool_id

        pool: dict[str, Any] | None
        if isinstance(self.pool, Ref):
            pool = self.pool.to_dict()
        else:
            pool = self.pool

        period_start = self.period_start.isoformat()

        claims = self.claims

        releases = self.releases

        returns = self.returns

        conversions = self.conversions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pool_id": pool_id,
                "pool": pool,
                "period_start": period_start,
            }
        )
        if claims is not UNSET:
            field_dict["claims"] = claims
        if releases is not UNSET:
            field_dict["releases"] = releases
        if returns is not UNSET:
            field_dict["returns"] = returns
        if conversions is not UNSET:
            field_dict["conversions"] = conversions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref  # noqa: PLC0415

        d = dict(src_dict)

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

        def _parse_pool(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pool_type_0 = Ref.from_dict(data)

                return pool_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        pool = _parse_pool(d.pop("pool"))

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        claims = d.pop("claims", UNSET)

        releases = d.pop("releases", UNSET)

        returns = d.pop("returns", UNSET)

        conversions = d.pop("conversions", UNSET)

        pool_period_row = cls(
            pool_id=pool_id,
            pool=pool,
            period_start=period_start,
            claims=claims,
            releases=releases,
            returns=returns,
            conversions=conversions,
        )

        pool_period_row.additional_properties = d
        return pool_period_row

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
