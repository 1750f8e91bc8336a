from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.approval_timeline_data import ApprovalTimelineData


T = TypeVar("T", bound="ApprovalTimelineItem")


@_attrs_define
class ApprovalTimelineItem:
    """An approval request about the customer or the deal — a transfer, an expense, a
    discount (``at``: when it was submitted; ``employee_id``: the applicant).

        Attributes:
            id (UUID):
            at (datetime.datetime): When it happened (or is planned, or was created).
            title (str): What happened, in words, in the language of Accept-Language (English or Simplified Chinese): names
                and labels, never codes.
            employee_id (None | UUID): Who did it, or who it is for.
            kind (Literal['approval']):
            data (ApprovalTimelineData):
            detail (None | str | Unset):
    """

    id: UUID
    at: datetime.datetime
    title: str
    employee_id: None | UUID
    kind: Literal["approval"]
    data: ApprovalTimelineData
    detail: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        at = self.at.isoformat()

        title = self.title

        employee_id: None | str
        if isinstance(self.employee_id, UUID):
            employee_id = str(self.employee_id)
        else:
            employee_id = self.employee_id

        kind = self.kind

        data = self.data.to_dict()

        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        else:
            detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "at": at,
                "title": title,
                "employee_id": employee_id,
                "kind": kind,
                "data": data,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.approval_timeline_data import ApprovalTimelineData  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        at = datetime.datetime.fromisoformat(d.pop("at"))

        title = d.pop("title")

        def _parse_employee_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                employee_id_type_0 = UUID(data)

                return employee_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        employee_id = _parse_employee_id(d.pop("employee_id"))

        kind = cast(Literal["approval"], d.pop("kind"))
        if kind != "approval":
            raise ValueError(f"kind must match const 'approval', got '{kind}'")

        data = ApprovalTimelineData.from_dict(d.pop("data"))

        def _parse_detail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail = _parse_detail(d.pop("detail", UNSET))

        approval_timeline_item = cls(
            id=id,
            at=at,
            title=title,
            employee_id=employee_id,
            kind=kind,
            data=data,
            detail=detail,
        )

        approval_timeline_item.additional_properties = d
        return approval_timeline_item

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
