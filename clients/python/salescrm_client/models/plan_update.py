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
        goals (list[Goal] | None | Unset):
        team (list[TeamMember] | None | Unset):
        review_date (datetime.date | None | Unset):
        status (None | PlanStatus | Unset):
        notes (None | str | Unset):
    """

    goals: list[Goal] | None | Unset = UNSET
    team: list[TeamMember] | None | Unset = UNSET
    review_date: datetime.date | None | Unset = UNSET
    status: None | PlanStatus | Unset = UNSET
    notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        goals: list[dict[str, Any]] | None | Unset
        if isinstance(self.goals, Unset):
            goals = UNSET
        elif isinstance(self.goals, list):
            goals = []
            for goals_type_0_item_data in self.goals:
                goals_type_0_item = goals_type_0_item_data.to_dict()
                goals.append(goals_type_0_item)

        else:
            goals = self.goals

        team: list[dict[str, Any]] | None | Unset
        if isinstance(self.team, Unset):
            team = UNSET
        elif isinstance(self.team, list):
            team = []
            for team_type_0_item_data in self.team:
                team_type_0_item = team_type_0_item_data.to_dict()
                team.append(team_type_0_item)

        else:
            team = self.team

        review_date: None | str | Unset
        if isinstance(self.review_date, Unset):
            review_date = UNSET
        elif isinstance(self.review_date, datetime.date):
            review_date = self.review_date.isoformat()
        else:
            review_date = self.review_date

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, PlanStatus):
            status = self.status.value
        else:
            status = self.status

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

        def _parse_goals(data: object) -> list[Goal] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                goals_type_0 = []
                _goals_type_0 = data
                for goals_type_0_item_data in _goals_type_0:
                    goals_type_0_item = Goal.from_dict(goals_type_0_item_data)

                    goals_type_0.append(goals_type_0_item)

                return goals_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Goal] | None | Unset, data)

        goals = _parse_goals(d.pop("goals", UNSET))

        def _parse_team(data: object) -> list[TeamMember] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                team_type_0 = []
                _team_type_0 = data
                for team_type_0_item_data in _team_type_0:
                    team_type_0_item = TeamMember.from_dict(team_type_0_item_data)

                    team_type_0.append(team_type_0_item)

                return team_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TeamMember] | None | Unset, data)

        team = _parse_team(d.pop("team", UNSET))

        def _parse_review_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                review_date_type_0 = datetime.date.fromisoformat(data)

                return review_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        review_date = _parse_review_date(d.pop("review_date", UNSET))

        def _parse_status(data: object) -> None | PlanStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = PlanStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PlanStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

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
