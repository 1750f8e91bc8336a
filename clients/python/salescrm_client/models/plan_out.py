from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plan_status import PlanStatus

if TYPE_CHECKING:
    from ..models.goal_out import GoalOut
    from ..models.team_member_out import TeamMemberOut


T = TypeVar("T", bound="PlanOut")


@_attrs_define
class PlanOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        customer_id (UUID):
        goals (list[GoalOut]):
        team (list[TeamMemberOut]):
        review_date (datetime.date):
        status (PlanStatus):
        notes (None | str):
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    customer_id: UUID
    goals: list[GoalOut]
    team: list[TeamMemberOut]
    review_date: datetime.date
    status: PlanStatus
    notes: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        customer_id = str(self.customer_id)

        goals = []
        for goals_item_data in self.goals:
            goals_item = goals_item_data.to_dict()
            goals.append(goals_item)

        team = []
        for team_item_data in self.team:
            team_item = team_item_data.to_dict()
            team.append(team_item)

        review_date = self.review_date.isoformat()

        status = self.status.value

        notes: None | str
        notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "customer_id": customer_id,
                "goals": goals,
                "team": team,
                "review_date": review_date,
                "status": status,
                "notes": notes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.goal_out import GoalOut  # noqa: PLC0415
        from ..models.team_member_out import TeamMemberOut  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        customer_id = UUID(d.pop("customer_id"))

        goals = []
        _goals = d.pop("goals")
        for goals_item_data in _goals:
            goals_item = GoalOut.from_dict(goals_item_data)

            goals.append(goals_item)

        team = []
        _team = d.pop("team")
        for team_item_data in _team:
            team_item = TeamMemberOut.from_dict(team_item_data)

            team.append(team_item)

        review_date = datetime.date.fromisoformat(d.pop("review_date"))

        status = PlanStatus(d.pop("status"))

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        plan_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            customer_id=customer_id,
            goals=goals,
            team=team,
            review_date=review_date,
            status=status,
            notes=notes,
        )

        plan_out.additional_properties = d
        return plan_out

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
