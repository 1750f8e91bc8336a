from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TierIn")


@_attrs_define
class TierIn:
    """One band of quota attainment and the rate paid on the part of the measured total that
    falls in it (marginal, like tax brackets).

        Attributes:
            from_percent (int): Where the band starts, in % of quota.
            rate_percent (float | str): The rate in percent, 0 to 100, two places.
            to_percent (int | None | Unset): Where it ends (exclusive), in % of quota; null: open (the last band).
    """

    from_percent: int
    rate_percent: float | str
    to_percent: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from_percent = self.from_percent

        rate_percent: float | str
        rate_percent = self.rate_percent

        to_percent: int | None | Unset
        if isinstance(self.to_percent, Unset):
            to_percent = UNSET
        else:
            to_percent = self.to_percent

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "from_percent": from_percent,
                "rate_percent": rate_percent,
            }
        )
        if to_percent is not UNSET:
            field_dict["to_percent"] = to_percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_percent = d.pop("from_percent")

        def _parse_rate_percent(data: object) -> float | str:
            return cast(float | str, data)

        rate_percent = _parse_rate_percent(d.pop("rate_percent"))

        def _parse_to_percent(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        to_percent = _parse_to_percent(d.pop("to_percent", UNSET))

        tier_in = cls(
            from_percent=from_percent,
            rate_percent=rate_percent,
            to_percent=to_percent,
        )

        return tier_in
