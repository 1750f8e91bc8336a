from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.coord_system import CoordSystem
from ..models.visit_status import VisitStatus

if TYPE_CHECKING:
    from ..models.ref import Ref


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
        owner (None | Ref): The employee named by the id beside it: id and name (null if none).
        customer_id (UUID):
        customer (None | Ref): The customer named by the id beside it: id and name (null if none).
        contact_id (None | UUID):
        contact (None | Ref): The contact named by the id beside it: id and name (null if none).
        opportunity_id (None | UUID):
        opportunity (None | Ref): The opportunity named by the id beside it: id and name (null if none).
        purpose (str):
        planned_at (datetime.datetime):
        planned_minutes (int | None):
        status (VisitStatus):
        check_in_at (datetime.datetime | None): When the rep checked in, as the device captured it (`captured_at`).
        check_in_received_at (datetime.datetime | None): When the server received the check-in (later than `check_in_at`
            when it was sent from offline).
        check_in_clock_skew_seconds (int | None): The device's clock minus the server's when the check-in was sent
            (null: the device did not send `device_now`).
        check_in_latitude (float | None): In the system `coord_system` names (WGS-84 unless asked otherwise).
        check_in_longitude (float | None): In the system `coord_system` names (WGS-84 unless asked otherwise).
        check_in_accuracy_m (float | None):
        check_in_distance_m (float | None): Metres from the customer's coordinates (both in WGS-84).
        check_in_flagged (bool): Further than the allowed distance.
        check_out_at (datetime.datetime | None): As the device captured it.
        check_out_received_at (datetime.datetime | None): When the server received it.
        check_out_clock_skew_seconds (int | None):
        check_out_latitude (float | None): In the system `coord_system` names (WGS-84 unless asked otherwise).
        check_out_longitude (float | None): In the system `coord_system` names (WGS-84 unless asked otherwise).
        check_out_accuracy_m (float | None):
        check_out_distance_m (float | None):
        clock_skew_flagged (bool): The device's clock was off by more than SALESCRM_CLOCK_SKEW_MAX_SECONDS when it sent
            the check-in or the check-out.
        summary (None | str):
        activity_id (None | UUID):
        activity (None | Ref): The activity named by the id beside it: id and name (null if none).
        coord_system (CoordSystem): The datum a coordinate is in.
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    owner_id: None | UUID
    owner: None | Ref
    customer_id: UUID
    customer: None | Ref
    contact_id: None | UUID
    contact: None | Ref
    opportunity_id: None | UUID
    opportunity: None | Ref
    purpose: str
    planned_at: datetime.datetime
    planned_minutes: int | None
    status: VisitStatus
    check_in_at: datetime.datetime | None
    check_in_received_at: datetime.datetime | None
    check_in_clock_skew_seconds: int | None
    check_in_latitude: float | None
    check_in_longitude: float | None
    check_in_accuracy_m: float | None
    check_in_distance_m: float | None
    check_in_flagged: bool
    check_out_at: datetime.datetime | None
    check_out_received_at: datetime.datetime | None
    check_out_clock_skew_seconds: int | None
    check_out_latitude: float | None
    check_out_longitude: float | None
    check_out_accuracy_m: float | None
    check_out_distance_m: float | None
    clock_skew_flagged: bool
    summary: None | str
    activity_id: None | UUID
    activity: None | Ref
    coord_system: CoordSystem
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        owner_id: None | str
        if isinstance(self.owner_id, UUID):
            owner_id = str(self.owner_id)
        else:
            owner_id = self.owner_id

        owner: dict[str, Any] | None
        if isinstance(self.owner, Ref):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        customer_id = str(self.customer_id)

        customer: dict[str, Any] | None
        if isinstance(self.customer, Ref):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        contact_id: None | str
        if isinstance(self.contact_id, UUID):
            contact_id = str(self.contact_id)
        else:
            contact_id = self.contact_id

        contact: dict[str, Any] | None
        if isinstance(self.contact, Ref):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        opportunity_id: None | str
        if isinstance(self.opportunity_id, UUID):
            opportunity_id = str(self.opportunity_id)
        else:
            opportunity_id = self.opportunity_id

        opportunity: dict[str, Any] | None
        if isinstance(self.opportunity, Ref):
            opportunity = self.opportunity.to_dict()
        else:
            opportunity = self.opportunity

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

        check_in_received_at: None | str
        if isinstance(self.check_in_received_at, datetime.datetime):
            check_in_received_at = self.check_in_received_at.isoformat()
        else:
            check_in_received_at = self.check_in_received_at

        check_in_clock_skew_seconds: int | None
        check_in_clock_skew_seconds = self.check_in_clock_skew_seconds

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

        check_out_received_at: None | str
        if isinstance(self.check_out_received_at, datetime.datetime):
            check_out_received_at = self.check_out_received_at.isoformat()
        else:
            check_out_received_at = self.check_out_received_at

        check_out_clock_skew_seconds: int | None
        check_out_clock_skew_seconds = self.check_out_clock_skew_seconds

        check_out_latitude: float | None
        check_out_latitude = self.check_out_latitude

        check_out_longitude: float | None
        check_out_longitude = self.check_out_longitude

        check_out_accuracy_m: float | None
        check_out_accuracy_m = self.check_out_accuracy_m

        check_out_distance_m: float | None
        check_out_distance_m = self.check_out_distance_m

        clock_skew_flagged = self.clock_skew_flagged

        summary: None | str
        summary = self.summary

        activity_id: None | str
        if isinstance(self.activity_id, UUID):
            activity_id = str(self.activity_id)
        else:
            activity_id = self.activity_id

        activity: dict[str, Any] | None
        if isinstance(self.activity, Ref):
            activity = self.activity.to_dict()
        else:
            activity = self.activity

        coord_system = self.coord_system.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "owner_id": owner_id,
                "owner": owner,
                "customer_id": customer_id,
                "customer": customer,
                "contact_id": contact_id,
                "contact": contact,
                "opportunity_id": opportunity_id,
                "opportunity": opportunity,
                "purpose": purpose,
                "planned_at": planned_at,
                "planned_minutes": planned_minutes,
                "status": status,
                "check_in_at": check_in_at,
                "check_in_received_at": check_in_received_at,
                "check_in_clock_skew_seconds": check_in_clock_skew_seconds,
                "check_in_latitude": check_in_latitude,
                "check_in_longitude": check_in_longitude,
                "check_in_accuracy_m": check_in_accuracy_m,
                "check_in_distance_m": check_in_distance_m,
                "check_in_flagged": check_in_flagged,
                "check_out_at": check_out_at,
                "check_out_received_at": check_out_received_at,
                "check_out_clock_skew_seconds": check_out_clock_skew_seconds,
                "check_out_latitude": check_out_latitude,
                "check_out_longitude": check_out_longitude,
                "check_out_accuracy_m": check_out_accuracy_m,
                "check_out_distance_m": check_out_distance_m,
                "clock_skew_flagged": clock_skew_flagged,
                "summary": summary,
                "activity_id": activity_id,
                "activity": activity,
                "coord_system": coord_system,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref  # noqa: PLC0415

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

        def _parse_owner(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                owner_type_0 = Ref.from_dict(data)

                return owner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        owner = _parse_owner(d.pop("owner"))

        customer_id = UUID(d.pop("customer_id"))

        def _parse_customer(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_0 = Ref.from_dict(data)

                return customer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        customer = _parse_customer(d.pop("customer"))

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

        def _parse_contact(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contact_type_0 = Ref.from_dict(data)

                return contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        contact = _parse_contact(d.pop("contact"))

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

        def _parse_opportunity(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                opportunity_type_0 = Ref.from_dict(data)

                return opportunity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        opportunity = _parse_opportunity(d.pop("opportunity"))

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

        def _parse_check_in_received_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                check_in_received_at_type_0 = datetime.datetime.fromisoformat(data)

                return check_in_received_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        check_in_received_at = _parse_check_in_received_at(d.pop("check_in_received_at"))

        def _parse_check_in_clock_skew_seconds(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        check_in_clock_skew_seconds = _parse_check_in_clock_skew_seconds(d.pop("check_in_clock_skew_seconds"))

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

        def _parse_check_out_received_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                check_out_received_at_type_0 = datetime.datetime.fromisoformat(data)

                return check_out_received_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        check_out_received_at = _parse_check_out_received_at(d.pop("check_out_received_at"))

        def _parse_check_out_clock_skew_seconds(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        check_out_clock_skew_seconds = _parse_check_out_clock_skew_seconds(d.pop("check_out_clock_skew_seconds"))

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

        clock_skew_flagged = d.pop("clock_skew_flagged")

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

        def _parse_activity(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                activity_type_0 = Ref.from_dict(data)

                return activity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        activity = _parse_activity(d.pop("activity"))

        coord_system = CoordSystem(d.pop("coord_system"))

        visit_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            owner_id=owner_id,
            owner=owner,
            customer_id=customer_id,
            customer=customer,
            contact_id=contact_id,
            contact=contact,
            opportunity_id=opportunity_id,
            opportunity=opportunity,
            purpose=purpose,
            planned_at=planned_at,
            planned_minutes=planned_minutes,
            status=status,
            check_in_at=check_in_at,
            check_in_received_at=check_in_received_at,
            check_in_clock_skew_seconds=check_in_clock_skew_seconds,
            check_in_latitude=check_in_latitude,
            check_in_longitude=check_in_longitude,
            check_in_accuracy_m=check_in_accuracy_m,
            check_in_distance_m=check_in_distance_m,
            check_in_flagged=check_in_flagged,
            check_out_at=check_out_at,
            check_out_received_at=check_out_received_at,
            check_out_clock_skew_seconds=check_out_clock_skew_seconds,
            check_out_latitude=check_out_latitude,
            check_out_longitude=check_out_longitude,
            check_out_accuracy_m=check_out_accuracy_m,
            check_out_distance_m=check_out_distance_m,
            clock_skew_flagged=clock_skew_flagged,
            summary=summary,
            activity_id=activity_id,
            activity=activity,
            coord_system=coord_system,
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
