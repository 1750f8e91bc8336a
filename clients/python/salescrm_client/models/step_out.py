from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.step_status import StepStatus

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="StepOut")


@_attrs_define
class StepOut:
    """
    Attributes:
        position (int): 0 is the first approver.
        approver_id (None | UUID): None: no manager above the applicant; anyone with `approval:configure` decides.
        approver (None | Ref): The employee named by the id beside it: id and name (null if none).
        status (StepStatus):
        decided_by_id (None | UUID): The approver, or their delegate.
        decided_by (None | Ref): The employee named by the id beside it: id and name (null if none).
        decided_at (datetime.datetime | None):
        comment (None | str):
        pending_since (datetime.datetime | None):
    """

    position: int
    approver_id: None | UUID
    approver: None | Ref
    status: StepStatus
    decided_by_id: None | UUID
    decided_by: None | Ref
    decided_at: datetime.datetime | None
    comment: None | str
    pending_since: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        position = self.position

        approver_id: None | str
        if isinstance(self.approver_id, UUID):
            approver_id = str(self.approver_id)
        else:
            approver_id = self.approver_id

        approver: dict[str, Any] | None
        if isinstance(self.approver, Ref):
            approver = self.approver.to_dict()
        else:
            approver = self.approver

        status = self.status.value

        decided_by_id: None | str
        if isinstance(self.decided_by_id, UUID):
            decided_by_id = str(self.decided_by_id)
        else:
            decided_by_id = self.decided_by_id

        decided_by: dict[str, Any] | None
        if isinstance(self.decided_by, Ref):
            decided_by = self.decided_by.to_dict()
        else:
            decided_by = self.decided_by

        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        comment: None | str
        comment = self.comment

        pending_since: None | str
        if isinstance(self.pending_since, datetime.datetime):
            pending_since = self.pending_since.isoformat()
        else:
            pending_since = self.pending_since

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "position": position,
                "approver_id": approver_id,
                "approver": approver,
                "status": status,
                "decided_by_id": decided_by_id,
                "decided_by": decided_by,
                "decided_at": decided_at,
                "comment": comment,
                "pending_since": pending_since,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref  # noqa: PLC0415

        d = dict(src_dict)
        position = d.pop("position")

        def _parse_approver_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approver_id_type_0 = UUID(data)

                return approver_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        approver_id = _parse_approver_id(d.pop("approver_id"))

        def _parse_approver(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                approver_type_0 = Ref.from_dict(data)

                return approver_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        approver = _parse_approver(d.pop("approver"))

        status = StepStatus(d.pop("status"))

        def _parse_decided_by_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_by_id_type_0 = UUID(data)

                return decided_by_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        decided_by_id = _parse_decided_by_id(d.pop("decided_by_id"))

        def _parse_decided_by(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                decided_by_type_0 = Ref.from_dict(data)

                return decided_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        decided_by = _parse_decided_by(d.pop("decided_by"))

        def _parse_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)

                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decided_at = _parse_decided_at(d.pop("decided_at"))

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))

        def _parse_pending_since(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pending_since_type_0 = datetime.datetime.fromisoformat(data)

                return pending_since_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        pending_since = _parse_pending_since(d.pop("pending_since"))

        step_out = cls(
            position=position,
            approver_id=approver_id,
            approver=approver,
            status=status,
            decided_by_id=decided_by_id,
            decided_by=decided_by,
            decided_at=decided_at,
            comment=comment,
            pending_since=pending_since,
        )

        step_out.additional_properties = d
        return step_out

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
