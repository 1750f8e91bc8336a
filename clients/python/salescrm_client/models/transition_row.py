from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stage import Stage

T = TypeVar("T", bound="TransitionRow")


@_attrs_define
class TransitionRow:
    """
    Attributes:
        period_start (datetime.date | None): First day of the bucket (none without one)
        from_stage (None | Stage): The stage left (none: the customer was new)
        to_stage (Stage): The life cycle: prospect → new → active → loyal, or at risk → churned (and back).
        customers (int): Stage changes so in the period
    """

    period_start: datetime.date | None
    from_stage: None | Stage
    to_stage: Stage
    customers: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period_start: None | str
        if isinstance(self.period_start, datetime.date):
            period_start = self.period_start.isoformat()
        else:
            period_start = self.period_start

        from_stage: None | str
        if isinstance(self.from_stage, Stage):
            from_stage = self.from_stage.value
        else:
            from_stage = self.from_stage

        to_stage = self.to_stage.value

        customers = self.customers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period_start": period_start,
                "from_stage": from_stage,
                "to_stage": to_stage,
                "customers": customers,
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

        def _parse_from_stage(data: object) -> None | Stage:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_stage_type_0 = Stage(data)

                return from_stage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Stage, data)

        from_stage = _parse_from_stage(d.pop("from_stage"))

        to_stage = Stage(d.pop("to_stage"))

        customers = d.pop("customers")

        transition_row = cls(
            period_start=period_start,
            from_stage=from_stage,
            to_stage=to_stage,
            customers=customers,
        )

        transition_row.additional_properties = d
        return transition_row

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
