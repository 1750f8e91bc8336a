from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.allocation_basis import AllocationBasis
from ..models.target_allocation_method import TargetAllocationMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allocation_child import AllocationChild


T = TypeVar("T", bound="AllocationIn")


@_attrs_define
class AllocationIn:
    """
    Attributes:
        method (TargetAllocationMethod):
        children (list[AllocationChild]):
        basis (AllocationBasis | Unset):
    """

    method: TargetAllocationMethod
    children: list[AllocationChild]
    basis: AllocationBasis | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        method = self.method.value

        children = []
        for children_item_data in self.children:
            children_item = children_item_data.to_dict()
            children.append(children_item)

        basis: str | Unset = UNSET
        if not isinstance(self.basis, Unset):
            basis = self.basis.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "method": method,
                "children": children,
            }
        )
        if basis is not UNSET:
            field_dict["basis"] = basis

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.allocation_child import AllocationChild  # noqa: PLC0415

        d = dict(src_dict)
        method = TargetAllocationMethod(d.pop("method"))

        children = []
        _children = d.pop("children")
        for children_item_data in _children:
            children_item = AllocationChild.from_dict(children_item_data)

            children.append(children_item)

        _basis = d.pop("basis", UNSET)
        basis: AllocationBasis | Unset
        if isinstance(_basis, Unset):
            basis = UNSET
        else:
            basis = AllocationBasis(_basis)

        allocation_in = cls(
            method=method,
            children=children,
            basis=basis,
        )

        return allocation_in
