from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="RecruitmentForm")


@_attrs_define
class RecruitmentForm:
    """A recruitment requisition (``/api/v1/requisitions``) put to the approval chain: approved,
    the requisition is open for HR to fill.

        Attributes:
            requisition_id (UUID): A draft (or returned) requisition the applicant may change.
    """

    requisition_id: UUID

    def to_dict(self) -> dict[str, Any]:
        requisition_id = str(self.requisition_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "requisition_id": requisition_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        requisition_id = UUID(d.pop("requisition_id"))

        recruitment_form = cls(
            requisition_id=requisition_id,
        )

        return recruitment_form
