from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.abc_class import AbcClass
from ..types import UNSET, Unset

T = TypeVar("T", bound="AbcApply")


@_attrs_define
class AbcApply:
    """
    Attributes:
        customer_ids (list[UUID] | None | Unset): These customers (each must be in the caller's data scope); without:
            every customer in the caller's scope
        abc_class (AbcClass | None | Unset): Only customers of this class
        dry_run (bool | Unset): Count only; change nothing Default: False.
    """

    customer_ids: list[UUID] | None | Unset = UNSET
    abc_class: AbcClass | None | Unset = UNSET
    dry_run: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        customer_ids: list[str] | None | Unset
        if isinstance(self.customer_ids, Unset):
            customer_ids = UNSET
        elif isinstance(self.customer_ids, list):
            customer_ids = []
            for customer_ids_type_0_item_data in self.customer_ids:
                customer_ids_type_0_item = str(customer_ids_type_0_item_data)
                customer_ids.append(customer_ids_type_0_item)

        else:
            customer_ids = self.customer_ids

        abc_class: None | str | Unset
        if isinstance(self.abc_class, Unset):
            abc_class = UNSET
        elif isinstance(self.abc_class, AbcClass):
            abc_class = self.abc_class.value
        else:
            abc_class = self.abc_class

        dry_run = self.dry_run

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if customer_ids is not UNSET:
            field_dict["customer_ids"] = customer_ids
        if abc_class is not UNSET:
            field_dict["abc_class"] = abc_class
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_customer_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                customer_ids_type_0 = []
                _customer_ids_type_0 = data
                for customer_ids_type_0_item_data in _customer_ids_type_0:
                    customer_ids_type_0_item = UUID(customer_ids_type_0_item_data)

                    customer_ids_type_0.append(customer_ids_type_0_item)

                return customer_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        customer_ids = _parse_customer_ids(d.pop("customer_ids", UNSET))

        def _parse_abc_class(data: object) -> AbcClass | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                abc_class_type_0 = AbcClass(data)

                return abc_class_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AbcClass | None | Unset, data)

        abc_class = _parse_abc_class(d.pop("abc_class", UNSET))

        dry_run = d.pop("dry_run", UNSET)

        abc_apply = cls(
            customer_ids=customer_ids,
            abc_class=abc_class,
            dry_run=dry_run,
        )

        return abc_apply
