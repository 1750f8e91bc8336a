from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.calendar_feed_create_locale_type_0 import CalendarFeedCreateLocaleType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="CalendarFeedCreate")


@_attrs_define
class CalendarFeedCreate:
    """
    Attributes:
        name (str | Unset):  Default: 'salescrm'.
        locale (CalendarFeedCreateLocaleType0 | None | Unset): The language of the feed's entries. Default: the language
            of this request (`Accept-Language`), or the deployment's (`SALESCRM_DEFAULT_LOCALE`) without one.
    """

    name: str | Unset = "salescrm"
    locale: CalendarFeedCreateLocaleType0 | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        elif isinstance(self.locale, CalendarFeedCreateLocaleType0):
            locale = self.locale.value
        else:
            locale = self.locale

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if locale is not UNSET:
            field_dict["locale"] = locale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_locale(data: object) -> CalendarFeedCreateLocaleType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                locale_type_0 = CalendarFeedCreateLocaleType0(data)

                return locale_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CalendarFeedCreateLocaleType0 | None | Unset, data)

        locale = _parse_locale(d.pop("locale", UNSET))

        calendar_feed_create = cls(
            name=name,
            locale=locale,
        )

        return calendar_feed_create
