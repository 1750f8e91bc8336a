from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ApprovalsRow")


@_attrs_define
class ApprovalsRow:
    """
    Attributes:
        period_start (datetime.date | None): First day of the bucket (none without one)
        type_ (str): The request type's code
        requests (int): Requests created in the period (bucket)
        pending (int): Of them, pending now
        returned (int): Of them, returned for changes now
        approved (int): Of them, approved
        rejected (int): Of them, rejected
        withdrawn (int): Of them, withdrawn by the applicant
        decided (int): Of them, approved or rejected (a decision time known)
        average_hours_to_decision (None | str): Average hours from the last submission to the decision, over the decided
            ones (two places; none when none was decided)
    """

    period_start: datetime.date | None
    type_: str
    requests: int
    pending: int
    returned: int
    approved: int
    rejected: int
    withdrawn: int
    decided: int
    average_hours_to_decision: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period_start: None | str
        if isinstance(self.period_start, datetime.date):
            period_start = self.period_start.isoformat()
        else:
            period_start = self.period_start

        type_ = self.type_

        requests = self.requests

        pending = self.pending

        returned = self.returned

        approved = self.approved

        rejected = self.rejected

        withdrawn = self.withdrawn

        decided = self.decided

        average_hours_to_decision: None | str
        average_hours_to_decision = self.average_hours_to_decision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period_start": period_start,
                "type": type_,
                "requests": requests,
                "pending": pending,
                "returned": returned,
                "approved": approved,
                "rejected": rejected,
                "withdrawn": withdrawn,
                "decided": decided,
                "average_hours_to_decision": average_hours_to_decision,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_period_start(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_start_type_0 = datetime.date.fromisoformat(data)

                return period_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        period_start = _parse_period_start(d.pop("period_start"))

        type_ = d.pop("type")

        requests = d.pop("requests")

        pending = d.pop("pending")

        returned = d.pop("returned")

        approved = d.pop("approved")

        rejected = d.pop("rejected")

        withdrawn = d.pop("withdrawn")

        decided = d.pop("decided")

        def _parse_average_hours_to_decision(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        average_hours_to_decision = _parse_average_hours_to_decision(d.pop("average_hours_to_decision"))

        approvals_row = cls(
            period_start=period_start,
            type_=type_,
            requests=requests,
            pending=pending,
            returned=returned,
            approved=approved,
            rejected=rejected,
            withdrawn=withdrawn,
            decided=decided,
            average_hours_to_decision=average_hours_to_decision,
        )

        approvals_row.additional_properties = d
        return approvals_row

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
