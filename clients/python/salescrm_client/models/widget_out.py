from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.widget_out_statistic import WidgetOutStatistic

if TYPE_CHECKING:
    from ..models.widget_out_filters import WidgetOutFilters
    from ..models.widget_position import WidgetPosition


T = TypeVar("T", bound="WidgetOut")


@_attrs_define
class WidgetOut:
    """
    Attributes:
        key (str): Unique within the dashboard.
        title (None | str): Null: the statistic's own title.
        statistic (WidgetOutStatistic): The statistic's name (`/api/v1/analytics/<name>`).
        filters (WidgetOutFilters): The statistic's parameters as saved (normalised: defaults left out).
        position (WidgetPosition):
    """

    key: str
    title: None | str
    statistic: WidgetOutStatistic
    filters: WidgetOutFilters
    position: WidgetPosition
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        title: None | str
        title = self.title

        statistic = self.statistic.value

        filters = self.filters.to_dict()

        position = self.position.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "title": title,
                "statistic": statistic,
                "filters": filters,
                "position": position,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.widget_out_filters import WidgetOutFilters  # noqa: PLC0415
        from ..models.widget_position import WidgetPosition  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key")

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))

        statistic = WidgetOutStatistic(d.pop("statistic"))

        filters = WidgetOutFilters.from_dict(d.pop("filters"))

        position = WidgetPosition.from_dict(d.pop("position"))

        widget_out = cls(
            key=key,
            title=title,
            statistic=statistic,
            filters=filters,
            position=position,
        )

        widget_out.additional_properties = d
        return widget_out

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
