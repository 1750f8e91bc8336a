from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StageTime")


@_attrs_define
class StageTime:
    """
    Attributes:
        stage_id (UUID):
        seconds (int): Total time the deal has spent in the stage.
        entries (int): How often the deal entered the stage.
        current (bool): The deal is in this stage now.
    """

    stage_id: UUID
    seconds: int
    entries: int
    current: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stage_id = str(self.stage_id)

        seconds = self.seconds

        entries = self.entries

        current = self.current

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stage_id": stage_id,
                "seconds": seconds,
                "entries": entries,
                "current": current,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        stage_id = UUID(d.pop("stage_id"))

        seconds = d.pop("seconds")

        entries = d.pop("entries")

        current = d.pop("current")

        stage_time = cls(
            stage_id=stage_id,
            seconds=seconds,
            entries=entries,
            current=current,
        )

        stage_time.additional_properties = d
        return stage_time

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
