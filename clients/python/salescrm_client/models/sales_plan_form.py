from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="SalesPlanForm")


@_attrs_define
class SalesPlanForm:
    """A sales plan (``/api/v1/sales-plans``) and its targets put to the approval chain:
    approved, the plan's current revision is locked and its targets take effect.

        Attributes:
            plan_id (UUID): A draft plan (or revision) the applicant may change.
    """

    plan_id: UUID

    def to_dict(self) -> dict[str, Any]:
        plan_id = str(self.plan_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "plan_id": plan_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        plan_id = UUID(d.pop("plan_id"))

        sales_plan_form = cls(
            plan_id=plan_id,
        )

        return sales_plan_form
