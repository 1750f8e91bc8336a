from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RequisitionFillIn")


@_attrs_define
class RequisitionFillIn:
    """
    Attributes:
        hired (list[UUID] | Unset): The employees hired (optional).
    """

    hired: list[UUID] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        hired: list[str] | Unset = UNSET
        if not isinstance(self.hired, Unset):
            hired = []
            for hired_item_data in self.hired:
                hired_item = str(hired_item_data)
                hired.append(hired_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if hired is not UNSET:
            field_dict["hired"] = hired

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _hired = d.pop("hired", UNSET)
        hired: list[UUID] | Unset = UNSET
        if _hired is not UNSET:
            hired = []
            for hired_item_data in _hired:
                hired_item = UUID(hired_item_data)

                hired.append(hired_item)

        requisition_fill_in = cls(
            hired=hired,
        )

        return requisition_fill_in
