from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.visit_status import VisitStatus

T = TypeVar("T", bound="VisitTimelineData")


@_attrs_define
class VisitTimelineData:
    """
    Attributes:
        status (VisitStatus):
        check_in_at (datetime.datetime | None):
        check_out_at (datetime.datetime | None):
        check_in_distance_m (float | None):
        check_in_flagged (bool):
        opportunity_id (None | UUID):
    """

    status: VisitStatus
    check_in_at: datetime.datetime | None
    check_out_at: datetime.datetime | None
    check_in_distance_m: float | None
    check_in_flagged: bool
    opportunity_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        check_in_at: None | str
        if isinstance(self.check_in_at, datetime.datetime):
            check_in_at = self.check_in_at.isoformat()
        else:
            check_in_at = self.check_in_at

        check_out_at: None | str
        if isinstance(self.check_out_at, datetime.datetime):
            check_out_at = self.check_out_at.isoformat()
        else:
            check_out_at = self.check_out_at

        check_in_distance_m: float | None
        check_in_distance_m = self.check_in_distance_m

        check_in_flagged = self.check_in_flagged

        opportunity_id: None | str
        if isinstance(self.opportunity_id, UUID):
            opportunity_id = str(self.opportunity_id)
        else:
            opportunity_id = self.opportunity_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "check_in_at": check_in_at,
                "check_out_at": check_out_at,
                "check_in_distance_m": check_in_distance_m,
                "check_in_flagged": check_in_flagged,
                "opportunity_id": opportunity_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = VisitStatus(d.pop("status"))

        def _parse_check_in_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                check_in_at_type_0 = datetime.datetime.fromisoformat(data)

                return check_in_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        check_in_at = _parse_check_in_at(d.pop("check_in_at"))

        def _parse_check_out_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                check_out_at_type_0 = datetime.datetime.fromisoformat(data)

                return check_out_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        check_out_at = _parse_check_out_at(d.pop("check_out_at"))

        def _parse_check_in_distance_m(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        check_in_distance_m = _parse_check_in_distance_m(d.pop("check_in_distance_m"))

        check_in_flagged = d.pop("check_in_flagged")

        def _parse_opportunity_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                opportunity_id_type_0 = UUID(data)

                return opportunity_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        opportunity_id = _parse_opportunity_id(d.pop("opportunity_id"))

        visit_timeline_data = cls(
            status=status,
            check_in_at=check_in_at,
            check_out_at=check_out_at,
            check_in_distance_m=check_in_distance_m,
            check_in_flagged=check_in_flagged,
            opportunity_id=opportunity_id,
        )

        visit_timeline_data.additional_properties = d
        return visit_timeline_data

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
