from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.visit_status import VisitStatus

T = TypeVar("T", bound="VisitOut")


@_attrs_define
class VisitOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        owner_id (None | UUID):
        customer_id (UUID):
        contact_id (None | UUID):
        opportunity_id (None | UUID):
        purpose (str):
        planned_at (datetime.datetime):
        planned_minutes (int | None):
        status (VisitStatus):
        check_in_at (datetime.datetime | None):
        check_in_latitude (float | None):
        check_in_longitude (float | None):
        check_in_accuracy_m (float | None):
        check_in_distance_m (float | None): From the customer's coordinates.
        check_in_flagged (bool): Further than the allowed distance.
        check_out_at (datetime.datetime | None):
        check_out_latitude (float | None):
        check_out_longitude (float | None):
        check_out_accuracy_m (float | None):
        check_out_distance_m (float | None):
        summary (None | str):
        activity_id (None | UUID):
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    owner_id: None | UUID
    customer_id: UUID
    contact_id: None | UUID
    opportunity_id: None | UUID
    purpose: str
    planned_at: datetime.datetime
    planned_minutes: int | None
    status: VisitStatus
    check_in_at: datetime.datetime | None
    check_in_latitude: float | None
    check_in_longitude: float | None
    check_in_accuracy_m: float | None
    check_in_distance_m: float | None
    check_in_flagged: bool
    check_out_at: datetime.datetime | None
    check_out_latitude: float | None
    check_out_longitude: float | None
    check_out_accuracy_m: float | None
    check_out_distance_m: float | None
    summary: None | str
    activity_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        owner_id: None | str
        if isinstance(self.owner_id, UUID):
            owner_id = str(self.owner_id)
        else:
            owner_id = self.owner_id

        customer_id = str(self.customer_id)

        contact_id: None | str
        if isinstance(self.contact_id, UUID):
            contact_id = str(self.contact_id)
        else:
            contact_id = self.contact_id

        opportunity_id: None | str
        if isinstance(self.opportunity_id, UUID):
            opportunity_id = str(self.opportunity_id)
        else:
            opportunity_id = self.opportunity_id

        purpose = self.purpose

        planned_at = self.planned_at.isoformat()

        planned_minutes: int | None
        planned_minutes = self.planned_minutes

        status = self.status.value

        check_in_at: None | str
        if isinstance(self.check_in_at, datetime.datetime):
            check_in_at = self.check_in_at.isoformat()
        else:
            check_in_at = self.check_in_at

        check_in_latitude: float | None
        check_in_latitude = self.check_in_latitude

        check_in_longitude: float | None
        check_in_longitude = self.check_in_longitude

        check_in_accuracy_m: float | None
        check_in_accuracy_m = self.check_in_accuracy_m

        check_in_distance_m: float | None
        check_in_distance_m = self.check_in_distance_m

        check_in_flagged = self.check_in_flagged

        check_out_at: None | str
        if isinstance(self.check_out_at, datetime.datetime):
            check_out_at = self.check_out_at.isoformat()
        else:
            check_out_at = self.check_out_at

        check_out_latitude: float | None
        check_out_latitude = self.check_out_latitude

        check_out_longitude: float | None
        check_out_longitude = self.check_out_longitude

        check_out_accuracy_m: float | None
        check_out_accuracy_m = self.check_out_accuracy_m

        check_out_distance_m: float | None
        check_out_distance_m = self.check_out_distance_m

        summary: None | str
        summary = self.summary

        activity_id: None | str
        if isinstance(self.activity_id, UUID):
            activity_id = str(self.activity_id)
        else:
            activity_id = self.activity_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "owner_id": owner_id,
                "customer_id": customer_id,
                "contact_id": contact_id,
                "opportunity_id": opportunity_id,
                "purpose": purpose,
                "planned_at": planned_at,
                "planned_minutes": planned_minutes,
                "status": status,
                "check_in_at": check_in_at,
                "check_in_latitude": check_in_latitude,
                "check_in_longitude": check_in_longitude,
                "check_in_accuracy_m": check_in_accuracy_m,
                "check_in_distance_m": check_in_distance_m,
                "check_in_flagged": check_in_flagged,
                "check_out_at": check_out_at,
                "check_out_latitude": check_out_latitude,
                "check_out_longitude": check_out_longitude,
                "check_out_accuracy_m": check_out_accuracy_m,
                "check_out_distance_m": check_out_distance_m,
                "summary": summary,
                "activity_id": activity_id,
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

        def _parse_owner_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                owner_id_type_0 = UUID(data)

                return owner_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        owner_id = _parse_owner_id(d.pop("owner_id"))

        customer_id = UUID(d.pop("customer_id"))

        def _parse_contact_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                contact_id_type_0 = UUID(data)

                return contact_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        contact_id = _parse_contact_id(d.pop("contact_id"))

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

        purpose = d.pop("purpose")

        planned_at = datetime.datetime.fromisoformat(d.pop("planned_at"))

        def _parse_planned_minutes(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        planned_minutes = _parse_planned_minutes(d.pop("planned_minutes"))

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

        def _parse_check_in_latitude(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        check_in_latitude = _parse_check_in_latitude(d.pop("check_in_latitude"))

        def _parse_check_in_longitude(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        check_in_longitude = _parse_check_in_longitude(d.pop("check_in_longitude"))

        def _parse_check_in_accuracy_m(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        check_in_accuracy_m = _parse_check_in_accuracy_m(d.pop("check_in_accuracy_m"))

        def _parse_check_in_distance_m(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        check_in_distance_m = _parse_check_in_distance_m(d.pop("check_in_distance_m"))

        check_in_flagged = d.pop("check_in_flagged")

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

        def _parse_check_out_latitude(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        check_out_latitude = _parse_check_out_latitude(d.pop("check_out_latitude"))

        def _parse_check_out_longitude(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        check_out_longitude = _parse_check_out_longitude(d.pop("check_out_longitude"))

        def _parse_check_out_accuracy_m(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        check_out_accuracy_m = _parse_check_out_accuracy_m(d.pop("check_out_accuracy_m"))

        def _parse_check_out_distance_m(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        check_out_distance_m = _parse_check_out_distance_m(d.pop("check_out_distance_m"))

        def _parse_summary(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        summary = _parse_summary(d.pop("summary"))

        def _parse_activity_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                activity_id_type_0 = UUID(data)

                return activity_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        activity_id = _parse_activity_id(d.pop("activity_id"))

        visit_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            owner_id=owner_id,
            customer_id=customer_id,
            contact_id=contact_id,
            opportunity_id=opportunity_id,
            purpose=purpose,
            planned_at=planned_at,
            planned_minutes=planned_minutes,
            status=status,
            check_in_at=check_in_at,
            check_in_latitude=check_in_latitude,
            check_in_longitude=check_in_longitude,
            check_in_accuracy_m=check_in_accuracy_m,
            check_in_distance_m=check_in_distance_m,
            check_in_flagged=check_in_flagged,
            check_out_at=check_out_at,
            check_out_latitude=check_out_latitude,
            check_out_longitude=check_out_longitude,
            check_out_accuracy_m=check_out_accuracy_m,
            check_out_distance_m=check_out_distance_m,
            summary=summary,
            activity_id=activity_id,
        )

        visit_out.additional_properties = d
        return visit_out

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
