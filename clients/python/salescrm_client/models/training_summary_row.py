from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="TrainingSummaryRow")


@_attrs_define
class TrainingSummaryRow:
    """
    Attributes:
        plan_id (None | UUID):
        plan (None | Ref): The training plan named by the id beside it: id and name (null if none).
        session_id (None | UUID):
        session (None | Ref): The training session named by the id beside it: id and name (null if none).
        sessions (int):
        attendees (int):
        attended (int):
        attendance_rate (None | str): attended ÷ attendees, in percent.
        average_score (None | str): Over the attendees with a score.
    """

    plan_id: None | UUID
    plan: None | Ref
    session_id: None | UUID
    session: None | Ref
    sessions: int
    attendees: int
    attended: int
    attendance_rate: None | str
    average_score: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        plan_id: None | str
        if isinstance(self.plan_id, UUID):
            plan_id = str(self.plan_id)
        else:
            plan_id = self.plan_id

        plan: dict[str, Any] | None
        if isinstance(self.plan, Ref):
            plan = self.plan.to_dict()
        else:
            plan = self.plan

        session_id: None | str
        if isinstance(self.session_id, UUID):
            session_id = str(self.session_id)
        else:
            session_id = self.session_id

        session: dict[str, Any] | None
        if isinstance(self.session, Ref):
            session = self.session.to_dict()
        else:
            session = self.session

        sessions = self.sessions

        attendees = self.attendees

        attended = self.attended

        attendance_rate: None | str
        attendance_rate = self.attendance_rate

        average_score: None | str
        average_score = self.average_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan_id": plan_id,
                "plan": plan,
                "session_id": session_id,
                "session": session,
                "sessions": sessions,
                "attendees": attendees,
                "attended": attended,
                "attendance_rate": attendance_rate,
                "average_score": average_score,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_plan_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                plan_id_type_0 = UUID(data)

                return plan_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        plan_id = _parse_plan_id(d.pop("plan_id"))

        def _parse_plan(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                plan_type_0 = Ref.from_dict(data)

                return plan_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        plan = _parse_plan(d.pop("plan"))

        def _parse_session_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                session_id_type_0 = UUID(data)

                return session_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        session_id = _parse_session_id(d.pop("session_id"))

        def _parse_session(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                session_type_0 = Ref.from_dict(data)

                return session_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        session = _parse_session(d.pop("session"))

        sessions = d.pop("sessions")

        attendees = d.pop("attendees")

        attended = d.pop("attended")

        def _parse_attendance_rate(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        attendance_rate = _parse_attendance_rate(d.pop("attendance_rate"))

        def _parse_average_score(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        average_score = _parse_average_score(d.pop("average_score"))

        training_summary_row = cls(
            plan_id=plan_id,
            plan=plan,
            session_id=session_id,
            session=session,
            sessions=sessions,
            attendees=attendees,
            attended=attended,
            attendance_rate=attendance_rate,
            average_score=average_score,
        )

        training_summary_row.additional_properties = d
        return training_summary_row

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
