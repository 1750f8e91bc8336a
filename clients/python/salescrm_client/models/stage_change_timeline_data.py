from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.opportunity_status import OpportunityStatus

T = TypeVar("T", bound="StageChangeTimelineData")


@_attrs_define
class StageChangeTimelineData:
    """
    Attributes:
        opportunity_id (UUID):
        opportunity_name (None | str): The deal's name.
        from_stage_id (None | UUID): None: the deal's first stage.
        from_stage_name (None | str):
        to_stage_id (UUID):
        to_stage_name (None | str):
        from_status (None | OpportunityStatus):
        to_status (OpportunityStatus):
        seconds_in_from_stage (int | None):
    """

    opportunity_id: UUID
    opportunity_name: None | str
    from_stage_id: None | UUID
    from_stage_name: None | str
    to_stage_id: UUID
    to_stage_name: None | str
    from_status: None | OpportunityStatus
    to_status: OpportunityStatus
    seconds_in_from_stage: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        opportunity_id = str(self.opportunity_id)

        opportunity_name: None | str
        opportunity_name = self.opportunity_name

        from_stage_id: None | str
        if isinstance(self.from_stage_id, UUID):
            from_stage_id = str(self.from_stage_id)
        else:
            from_stage_id = self.from_stage_id

        from_stage_name: None | str
        from_stage_name = self.from_stage_name

        to_stage_id = str(self.to_stage_id)

        to_stage_name: None | str
        to_stage_name = self.to_stage_name

        from_status: None | str
        if isinstance(self.from_status, OpportunityStatus):
            from_status = self.from_status.value
        else:
            from_status = self.from_status

        to_status = self.to_status.value

        seconds_in_from_stage: int | None
        seconds_in_from_stage = self.seconds_in_from_stage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "opportunity_id": opportunity_id,
                "opportunity_name": opportunity_name,
                "from_stage_id": from_stage_id,
                "from_stage_name": from_stage_name,
                "to_stage_id": to_stage_id,
                "to_stage_name": to_stage_name,
                "from_status": from_status,
                "to_status": to_status,
                "seconds_in_from_stage": seconds_in_from_stage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        opportunity_id = UUID(d.pop("opportunity_id"))

        def _parse_opportunity_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        opportunity_name = _parse_opportunity_name(d.pop("opportunity_name"))

        def _parse_from_stage_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_stage_id_type_0 = UUID(data)

                return from_stage_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        from_stage_id = _parse_from_stage_id(d.pop("from_stage_id"))

        def _parse_from_stage_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        from_stage_name = _parse_from_stage_name(d.pop("from_stage_name"))

        to_stage_id = UUID(d.pop("to_stage_id"))

        def _parse_to_stage_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        to_stage_name = _parse_to_stage_name(d.pop("to_stage_name"))

        def _parse_from_status(data: object) -> None | OpportunityStatus:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_status_type_0 = OpportunityStatus(data)

                return from_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpportunityStatus, data)

        from_status = _parse_from_status(d.pop("from_status"))

        to_status = OpportunityStatus(d.pop("to_status"))

        def _parse_seconds_in_from_stage(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        seconds_in_from_stage = _parse_seconds_in_from_stage(d.pop("seconds_in_from_stage"))

        stage_change_timeline_data = cls(
            opportunity_id=opportunity_id,
            opportunity_name=opportunity_name,
            from_stage_id=from_stage_id,
            from_stage_name=from_stage_name,
            to_stage_id=to_stage_id,
            to_stage_name=to_stage_name,
            from_status=from_status,
            to_status=to_status,
            seconds_in_from_stage=seconds_in_from_stage,
        )

        stage_change_timeline_data.additional_properties = d
        return stage_change_timeline_data

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
