from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.plan_status import PlanStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.goal import Goal
    from ..models.team_member import TeamMember


T = TypeVar("T", bound="PlanCreate")


@_attrs_define
class PlanCreate:
    """
    Attributes:
        customer_id (UUID): A key account the caller may change.
        review_date (datetime.date): When the plan is next reviewed.
        id (None | Unset | UUID): Optional client-chosen id (UUIDv7); repeating a create is idempotent.
        goals (list[Goal] | Unset):
        team (list[TeamMember] | Unset): Each employee once; every one a current employee.
        status (PlanStatus | Unset):
        notes (None | str | Unset):
    """

    customer_id: UUID
    review_date: datetime.date
    id: None | Unset | UUID = UNSET
    goals: list[Goal] | Unset = UNSET
    team: list[TeamMember] | Unset = UNSET
    status: PlanStatus | Unset = UNSET
    notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        customer_id = str(self.customer_id)

        review_date = self.review_date.isoformat()

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        goals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goals, Unset):
            goals = []
            for goals_item_data in self.goals:
                goals_item = goals_item_data.to_dict()
                goals.append(goals_item)

        team: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.team, Unset):
            team = []
            for team_item_data in self.team:
                team_item = team_item_data.to_dict()
                team.append(team_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "customer_id": customer_id,
                "review_date": review_date,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if goals is not UNSET:
            field_dict["goals"] = goals
        if team is not UNSET:
            field_dict["team"] = team
        if status is not UNSET:
            field_dict["status"] = status
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.goal import Goal  # noqa: PLC0415
        from ..models.team_member import TeamMember  # noqa: PLC0415

        d = dict(src_dict)
        customer_id = UUID(d.pop("customer_id"))

        review_date = datetime.date.fromisoformat(d.pop("review_date"))

        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        id = _parse_id(d.pop("id", UNSET))

        _goals = d.pop("goals", UNSET)
        goals: list[Goal] | Unset = UNSET
        if _goals is not UNSET:
            goals = []
            for goals_item_data in _goals:
                goals_item = Goal.from_dict(goals_item_data)

                goals.append(goals_item)

        _team = d.pop("team", UNSET)
        team: list[TeamMember] | Unset = UNSET
        if _team is not UNSET:
            team = []
            for team_item_data in _team:
                team_item = TeamMember.from_dict(team_item_data)

                team.append(team_item)

        _status = d.pop("status", UNSET)
        status: PlanStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PlanStatus(_status)

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        plan_create = cls(
            customer_id=customer_id,
            review_date=review_date,
            id=id,
            goals=goals,
            team=team,
            status=status,
            notes=notes,
        )

        return plan_create
