from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.plan_status import PlanStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.goal import Goal
    from ..models.team_member import TeamMember


T = TypeVar("T", bound="PlanUpdate")


@_attrs_define
class PlanUpdate:
    """
    Attributes:
        goals (list[Goal] | Unset):
        team (list[TeamMember] | Unset): Each employee once; every one a current employee.
        review_date (datetime.date | Unset):
        status (PlanStatus | Unset):
        notes (None | str | Unset):
    """

    goals: list[Goal] | Unset = UNSET
    team: list[TeamMember] | Unset = UNSET
    review_date: datetime.date | Unset = UNSET
    status: PlanStatus | Unset = UNSET
    notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
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

        review_date: str | Unset = UNSET
        if not isinstance(self.review_date, Unset):
            review_date = self.review_date.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if goals is not UNSET:
            field_dict["goals"] = goals
        if team is not UNSET:
            field_dict["team"] = team
        if review_date is not UNSET:
            field_dict["review_date"] = review_date
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

        _review_date = d.pop("review_date", UNSET)
        review_date: datetime.date | Unset
        if isinstance(_review_date, Unset):
            review_date = UNSET
        else:
            review_date = datetime.date.fromisoformat(_review_date)

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

        plan_update = cls(
            goals=goals,
            team=team,
            review_date=review_date,
            status=status,
            notes=notes,
        )

        return plan_update
