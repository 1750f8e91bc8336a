from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.calendar_feed_created_locale import CalendarFeedCreatedLocale

T = TypeVar("T", bound="CalendarFeedCreated")


@_attrs_define
class CalendarFeedCreated:
    """
    Attributes:
        id (UUID):
        name (str):
        locale (CalendarFeedCreatedLocale): The language of the feed's entries.
        created_at (datetime.datetime):
        last_used_at (datetime.datetime | None):
        url (None | str): The secret address to subscribe to, shown only in this response. A replay of the same
            Idempotency-Key answers null here: the secret is never stored in a replay.
    """

    id: UUID
    name: str
    locale: CalendarFeedCreatedLocale
    created_at: datetime.datetime
    last_used_at: datetime.datetime | None
    url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        locale = self.locale.value

        created_at = self.created_at.isoformat()

        last_used_at: None | str
        if isinstance(self.last_used_at, datetime.datetime):
            last_used_at = self.last_used_at.isoformat()
        else:
            last_used_at = self.last_used_at

        url: None | str
        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "locale": locale,
                "created_at": created_at,
                "last_used_at": last_used_at,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        locale = CalendarFeedCreatedLocale(d.pop("locale"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_last_used_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_used_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_used_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_used_at = _parse_last_used_at(d.pop("last_used_at"))

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))

        calendar_feed_created = cls(
            id=id,
            name=name,
            locale=locale,
            created_at=created_at,
            last_used_at=last_used_at,
            url=url,
        )

        calendar_feed_created.additional_properties = d
        return calendar_feed_created

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
