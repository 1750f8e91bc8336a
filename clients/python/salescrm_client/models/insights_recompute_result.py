from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.step_rows import StepRows


T = TypeVar("T", bound="InsightsRecomputeResult")


@_attrs_define
class InsightsRecomputeResult:
    """
    Attributes:
        customers (int): Customers whose value insights were written: those with a purchase (the others' insight is the
            empty one, not stored)
        steps (list[StepRows]): Every step run, in order
        duration_ms (int): How long the whole recompute took
    """

    customers: int
    steps: list[StepRows]
    duration_ms: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customers = self.customers

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        duration_ms = self.duration_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customers": customers,
                "steps": steps,
                "duration_ms": duration_ms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.step_rows import StepRows  # noqa: PLC0415

        d = dict(src_dict)
        customers = d.pop("customers")

        steps = []
        _steps = d.pop("steps")
        for steps_item_data in _steps:
            steps_item = StepRows.from_dict(steps_item_data)

            steps.append(steps_item)

        duration_ms = d.pop("duration_ms")

        insights_recompute_result = cls(
            customers=customers,
            steps=steps,
            duration_ms=duration_ms,
        )

        insights_recompute_result.additional_properties = d
        return insights_recompute_result

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
