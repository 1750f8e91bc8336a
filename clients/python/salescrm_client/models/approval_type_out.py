from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.approval_type import ApprovalType

T = TypeVar("T", bound="ApprovalTypeOut")


@_attrs_define
class ApprovalTypeOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        code (ApprovalType): A kind of request: its form, its chain and its effect are declared in code.
        enabled (bool): false: new requests of the type are refused (422).
        threshold (None | str): `discount`: a line discount above this percent needs an approved request before the deal
            is won.
        remind_after_hours (int | None): A step pending this long reminds its approver (again every as long).
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    code: ApprovalType
    enabled: bool
    threshold: None | str
    remind_after_hours: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        code = self.code.value

        enabled = self.enabled

        threshold: None | str
        threshold = self.threshold

        remind_after_hours: int | None
        remind_after_hours = self.remind_after_hours

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "code": code,
                "enabled": enabled,
                "threshold": threshold,
                "remind_after_hours": remind_after_hours,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        code = ApprovalType(d.pop("code"))

        enabled = d.pop("enabled")

        def _parse_threshold(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        threshold = _parse_threshold(d.pop("threshold"))

        def _parse_remind_after_hours(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        remind_after_hours = _parse_remind_after_hours(d.pop("remind_after_hours"))

        approval_type_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            code=code,
            enabled=enabled,
            threshold=threshold,
            remind_after_hours=remind_after_hours,
        )

        approval_type_out.additional_properties = d
        return approval_type_out

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
