from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="DiscountForm")


@_attrs_define
class DiscountForm:
    """
    Attributes:
        opportunity_id (UUID): An open deal the applicant may change.
        discount (float | str): The highest line discount asked for, percent: above the type's threshold.
        reason (str):
    """

    opportunity_id: UUID
    discount: float | str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        opportunity_id = str(self.opportunity_id)

        discount: float | str
        discount = self.discount

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "opportunity_id": opportunity_id,
                "discount": discount,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        opportunity_id = UUID(d.pop("opportunity_id"))

        def _parse_discount(data: object) -> float | str:
            return cast(float | str, data)

        discount = _parse_discount(d.pop("discount"))

        reason = d.pop("reason")

        discount_form = cls(
            opportunity_id=opportunity_id,
            discount=discount,
            reason=reason,
        )

        return discount_form
