from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.forecast_figures import ForecastFigures


T = TypeVar("T", bound="ForecastRow")


@_attrs_define
class ForecastRow:
    """
    Attributes:
        period_start (datetime.date): First day of the bucket
        currency (str): ISO 4217 code of the amounts
        commit (ForecastFigures):
        best_case (ForecastFigures):
        pipeline (ForecastFigures):
        total (ForecastFigures):
        won_deals (int): Deals won (closed) in the bucket: the actuals
        won_amount (str): Their amounts summed
    """

    period_start: datetime.date
    currency: str
    commit: ForecastFigures
    best_case: ForecastFigures
    pipeline: ForecastFigures
    total: ForecastFigures
    won_deals: int
    won_amount: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period_start = self.period_start.isoformat()

        currency = self.currency

        commit = self.commit.to_dict()

        best_case = self.best_case.to_dict()

        pipeline = self.pipeline.to_dict()

        total = self.total.to_dict()

        won_deals = self.won_deals

        won_amount = self.won_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period_start": period_start,
                "currency": currency,
                "commit": commit,
                "best_case": best_case,
                "pipeline": pipeline,
                "total": total,
                "won_deals": won_deals,
                "won_amount": won_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.forecast_figures import ForecastFigures  # noqa: PLC0415

        d = dict(src_dict)
        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        currency = d.pop("currency")

        commit = ForecastFigures.from_dict(d.pop("commit"))

        best_case = ForecastFigures.from_dict(d.pop("best_case"))

        pipeline = ForecastFigures.from_dict(d.pop("pipeline"))

        total = ForecastFigures.from_dict(d.pop("total"))

        won_deals = d.pop("won_deals")

        won_amount = d.pop("won_amount")

        forecast_row = cls(
            period_start=period_start,
            currency=currency,
            commit=commit,
            best_case=best_case,
            pipeline=pipeline,
            total=total,
            won_deals=won_deals,
            won_amount=won_amount,
        )

        forecast_row.additional_properties = d
        return forecast_row

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
