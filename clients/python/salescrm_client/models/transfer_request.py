from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferRequest")


@_attrs_define
class TransferRequest:
    """
    Attributes:
        customer_ids (list[UUID]): 1 to 500 customers, each named once; all move or none.
        to_employee_id (UUID): The new owner: a current employee.
        reason (None | str | Unset): Kept in each customer's timeline.
    """

    customer_ids: list[UUID]
    to_employee_id: UUID
    reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        customer_ids = []
        for customer_ids_item_data in self.customer_ids:
            customer_ids_item = str(customer_ids_item_data)
            customer_ids.append(customer_ids_item)

        to_employee_id = str(self.to_employee_id)

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "customer_ids": customer_ids,
                "to_employee_id": to_employee_id,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_ids = []
        _customer_ids = d.pop("customer_ids")
        for customer_ids_item_data in _customer_ids:
            customer_ids_item = UUID(customer_ids_item_data)

            customer_ids.append(customer_ids_item)

        to_employee_id = UUID(d.pop("to_employee_id"))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        transfer_request = cls(
            customer_ids=customer_ids,
            to_employee_id=to_employee_id,
            reason=reason,
        )

        return transfer_request
