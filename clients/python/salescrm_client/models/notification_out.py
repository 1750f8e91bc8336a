from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_kind import NotificationKind

T = TypeVar("T", bound="NotificationOut")


@_attrs_define
class NotificationOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        kind (NotificationKind): What a notification is about: a stable code clients filter and render by.

            - ``approval_pending``: a request waits for the recipient's decision (``approval``);
            - ``approval_decided``: the recipient's request was approved, rejected or returned for
              changes (``approval``);
            - ``approval_comment``: someone commented on a request the recipient applied for or
              decides (``approval``);
            - ``approval_reminder``: a request has waited for the recipient's decision (``approval``);
            - ``budget_alert``: spending on a budget the recipient owns crossed its alert share
              (``budget``);
            - ``commission_statement``: the recipient's commission statement of a period was approved
              (``commission_statement``);
            - ``customer_pool_warning``: one of the recipient's customers returns to the public pool
              soon without a follow-up (``resource`` ``customer``);
            - ``customer_returned_to_pool``: one of their customers went back to the pool (``customer``);
            - ``customers_transferred``: customers were handed to the recipient (``customer`` when it
              was one, else no record);
            - ``hand_over``: a colleague's records were handed over to the recipient, or to someone
              reporting to them (``employee``: the colleague who handed over);
            - ``journal``: a journal was submitted to the recipient, commented or replied to, or is
              due and not submitted (``journal`` when it exists);
            - ``sales_target``: a target of the recipient was set or revised in an approved plan
              (``sales_target``);
            - ``schedule_comment``: a leader commented on an event of the recipient's schedule
              (``schedule``);
            - ``schedule_reminder``: a leader reminded the recipient of an event (``schedule``);
            - ``task_reminder``: a task's reminder time came (``task``);
            - ``territory_reassigned``: customers of the recipient moved to another territory when its
              rules or people changed (``territory``);
            - ``training``: the recipient was invited to a training session (``training_session``);
            - ``webhook_disabled``: one of the recipient's webhook subscriptions was disabled after
              deliveries failed in a row (``webhook``).
        title (str): In the reader's language (`Accept-Language`).
        body (None | str): In the reader's language; None: a title only.
        resource (None | str): What it is about, if anything
        record_id (None | UUID):
        read_at (datetime.datetime | None): None: unread.
    """

    id: UUID
    created_at: datetime.datetime
    kind: NotificationKind
    title: str
    body: None | str
    resource: None | str
    record_id: None | UUID
    read_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        created_at = self.created_at.isoformat()

        kind = self.kind.value

        title = self.title

        body: None | str
        body = self.body

        resource: None | str
        resource = self.resource

        record_id: None | str
        if isinstance(self.record_id, UUID):
            record_id = str(self.record_id)
        else:
            record_id = self.record_id

        read_at: None | str
        if isinstance(self.read_at, datetime.datetime):
            read_at = self.read_at.isoformat()
        else:
            read_at = self.read_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "kind": kind,
                "title": title,
                "body": body,
                "resource": resource,
                "record_id": record_id,
                "read_at": read_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        kind = NotificationKind(d.pop("kind"))

        title = d.pop("title")

        def _parse_body(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        body = _parse_body(d.pop("body"))

        def _parse_resource(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resource = _parse_resource(d.pop("resource"))

        def _parse_record_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                record_id_type_0 = UUID(data)

                return record_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        record_id = _parse_record_id(d.pop("record_id"))

        def _parse_read_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                read_at_type_0 = datetime.datetime.fromisoformat(data)

                return read_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        read_at = _parse_read_at(d.pop("read_at"))

        notification_out = cls(
            id=id,
            created_at=created_at,
            kind=kind,
            title=title,
            body=body,
            resource=resource,
            record_id=record_id,
            read_at=read_at,
        )

        notification_out.additional_properties = d
        return notification_out

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
