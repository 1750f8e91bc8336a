from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="CustomerTransferForm")


@_attrs_define
class CustomerTransferForm:
    """
    Attributes:
        customer_id (UUID): A customer the applicant may change.
        to_employee_id (UUID): The new owner: a current employee.
        reason (str):
    """

    customer_id: UUID
    to_employee_id: UUID
    reason: str

    def to_dict(self) -> dict[str, Any]:
        customer_id = str(self.customer_id)

        to_employee_id = str(self.to_employee_id)

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "customer_id": customer_id,
                "to_employee_id": to_employee_id,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_id = UUID(d.pop("customer_id"))

        to_employee_id = UUID(d.pop("to_employee_id"))

        reason = d.pop("reason")

        customer_transfer_form = cls(
            customer_id=customer_id,
            to_employee_id=to_employee_id,
            reason=reason,
        )

        return customer_transfer_form
