from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_timeline_item import ActivityTimelineItem
    from ..models.approval_timeline_item import ApprovalTimelineItem
    from ..models.customer_event_timeline_item import CustomerEventTimelineItem
    from ..models.schedule_timeline_item import ScheduleTimelineItem
    from ..models.stage_change_timeline_item import StageChangeTimelineItem
    from ..models.task_timeline_item import TaskTimelineItem
    from ..models.visit_timeline_item import VisitTimelineItem


T = TypeVar("T", bound="TimelinePage")


@_attrs_define
class TimelinePage:
    """
    Attributes:
        items (list[ActivityTimelineItem | ApprovalTimelineItem | CustomerEventTimelineItem | ScheduleTimelineItem |
            StageChangeTimelineItem | TaskTimelineItem | VisitTimelineItem]):
        next_cursor (None | str):
        total (int | None | Unset):
    """

    items: list[
        ActivityTimelineItem
        | ApprovalTimelineItem
        | CustomerEventTimelineItem
        | ScheduleTimelineItem
        | StageChangeTimelineItem
        | TaskTimelineItem
        | VisitTimelineItem
    ]
    next_cursor: None | str
    total: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.activity_timeline_item import ActivityTimelineItem  # noqa: PLC0415
        from ..models.customer_event_timeline_item import CustomerEventTimelineItem  # noqa: PLC0415
        from ..models.schedule_timeline_item import ScheduleTimelineItem  # noqa: PLC0415
        from ..models.stage_change_timeline_item import StageChangeTimelineItem  # noqa: PLC0415
        from ..models.task_timeline_item import TaskTimelineItem  # noqa: PLC0415
        from ..models.visit_timeline_item import VisitTimelineItem  # noqa: PLC0415

        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            if isinstance(items_item_data, ActivityTimelineItem):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, TaskTimelineItem):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, VisitTimelineItem):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, StageChangeTimelineItem):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, CustomerEventTimelineItem):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, ScheduleTimelineItem):
                items_item = items_item_data.to_dict()
            else:
                items_item = items_item_data.to_dict()

            items.append(items_item)

        next_cursor: None | str
        next_cursor = self.next_cursor

        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "next_cursor": next_cursor,
            }
        )
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_timeline_item import ActivityTimelineItem  # noqa: PLC0415
        from ..models.approval_timeline_item import ApprovalTimelineItem  # noqa: PLC0415
        from ..models.customer_event_timeline_item import CustomerEventTimelineItem  # noqa: PLC0415
        from ..models.schedule_timeline_item import ScheduleTimelineItem  # noqa: PLC0415
        from ..models.stage_change_timeline_item import StageChangeTimelineItem  # noqa: PLC0415
        from ..models.task_timeline_item import TaskTimelineItem  # noqa: PLC0415
        from ..models.visit_timeline_item import VisitTimelineItem  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(
                data: object,
            ) -> (
                ActivityTimelineItem
                | ApprovalTimelineItem
                | CustomerEventTimelineItem
                | ScheduleTimelineItem
                | StageChangeTimelineItem
                | TaskTimelineItem
                | VisitTimelineItem
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    items_item_type_0 = ActivityTimelineItem.from_dict(data)

                    return items_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    items_item_type_1 = TaskTimelineItem.from_dict(data)

                    return items_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    items_item_type_2 = VisitTimelineItem.from_dict(data)

                    return items_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    items_item_type_3 = StageChangeTimelineItem.from_dict(data)

                    return items_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    items_item_type_4 = CustomerEventTimelineItem.from_dict(data)

                    return items_item_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    items_item_type_5 = ScheduleTimelineItem.from_dict(data)

                    return items_item_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                items_item_type_6 = ApprovalTimelineItem.from_dict(data)

                return items_item_type_6

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        def _parse_next_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor"))

        def _parse_total(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        timeline_page = cls(
            items=items,
            next_cursor=next_cursor,
            total=total,
        )

        timeline_page.additional_properties = d
        return timeline_page

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
