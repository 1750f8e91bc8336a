from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.target_metric import TargetMetric

if TYPE_CHECKING:
    from ..models.missing_number import MissingNumber
    from ..models.unstaffed_territory import UnstaffedTerritory


T = TypeVar("T", bound="CoverageOut")


@_attrs_define
class CoverageOut:
    """
    Attributes:
        complete (bool):
        metrics (list[TargetMetric]): The metrics the plan sets numbers for.
        territories_without_responsible (list[UnstaffedTerritory]):
        employees_missing (list[MissingNumber]):
    """

    complete: bool
    metrics: list[TargetMetric]
    territories_without_responsible: list[UnstaffedTerritory]
    employees_missing: list[MissingNumber]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        complete = self.complete

        metrics = []
        for metrics_item_data in self.metrics:
            metrics_item = metrics_item_data.value
            metrics.append(metrics_item)

        territories_without_responsible = []
        for territories_without_responsible_item_data in self.territories_without_responsible:
            territories_without_responsible_item = territories_without_responsible_item_data.to_dict()
            territories_without_responsible.append(territories_without_responsible_item)

        employees_missing = []
        for employees_missing_item_data in self.employees_missing:
            employees_missing_item = employees_missing_item_data.to_dict()
            employees_missing.append(employees_missing_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "complete": complete,
                "metrics": metrics,
                "territories_without_responsible": territories_without_responsible,
                "employees_missing": employees_missing,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.missing_number import MissingNumber  # noqa: PLC0415
        from ..models.unstaffed_territory import UnstaffedTerritory  # noqa: PLC0415

        d = dict(src_dict)
        complete = d.pop("complete")

        metrics = []
        _metrics = d.pop("metrics")
        for metrics_item_data in _metrics:
            metrics_item = TargetMetric(metrics_item_data)

            metrics.append(metrics_item)

        territories_without_responsible = []
        _territories_without_responsible = d.pop("territories_without_responsible")
        for territories_without_responsible_item_data in _territories_without_responsible:
            territories_without_responsible_item = UnstaffedTerritory.from_dict(
                territories_without_responsible_item_data
            )

            territories_without_responsible.append(territories_without_responsible_item)

        employees_missing = []
        _employees_missing = d.pop("employees_missing")
        for employees_missing_item_data in _employees_missing:
            employees_missing_item = MissingNumber.from_dict(employees_missing_item_data)

            employees_missing.append(employees_missing_item)

        coverage_out = cls(
            complete=complete,
            metrics=metrics,
            territories_without_responsible=territories_without_responsible,
            employees_missing=employees_missing,
        )

        coverage_out.additional_properties = d
        return coverage_out

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
