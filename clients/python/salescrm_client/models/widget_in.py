from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.widget_in_statistic import WidgetInStatistic
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.widget_in_filters import WidgetInFilters
    from ..models.widget_position_in import WidgetPositionIn


T = TypeVar("T", bound="WidgetIn")


@_attrs_define
class WidgetIn:
    """
    Attributes:
        key (str): Names the widget within its dashboard (unique there): a client keeps its state under it.
        statistic (WidgetInStatistic): A statistic's name, as served at `/api/v1/analytics/<name>`.
        title (None | str | Unset): Default: the statistic's own title.
        filters (WidgetInFilters | Unset): The statistic's query parameters (`GET /api/v1/analytics/<statistic>`), by
            name: checked against that statistic when saved (422 `filter_invalid`, or `filter_not_supported` for a shared
            filter it does not honour). Without `date_from`/`date_to` the period rolls (the 365 days up to the day
            rendered).
        position (WidgetPositionIn | Unset):
    """

    key: str
    statistic: WidgetInStatistic
    title: None | str | Unset = UNSET
    filters: WidgetInFilters | Unset = UNSET
    position: WidgetPositionIn | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        statistic = self.statistic.value

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key": key,
                "statistic": statistic,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if filters is not UNSET:
            field_dict["filters"] = filters
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.widget_in_filters import WidgetInFilters  # noqa: PLC0415
        from ..models.widget_position_in import WidgetPositionIn  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key")

        statistic = WidgetInStatistic(d.pop("statistic"))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        _filters = d.pop("filters", UNSET)
        filters: WidgetInFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = WidgetInFilters.from_dict(_filters)

        _position = d.pop("position", UNSET)
        position: WidgetPositionIn | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = WidgetPositionIn.from_dict(_position)

        widget_in = cls(
            key=key,
            statistic=statistic,
            title=title,
            filters=filters,
            position=position,
        )

        return widget_in
