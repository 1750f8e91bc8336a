from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.priority import Priority
from ..models.task_status import TaskStatus

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="TaskOut")


@_attrs_define
class TaskOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        subject (str):
        description (None | str):
        owner_id (None | UUID): The assignee.
        owner (None | Ref): The employee named by the id beside it: id and name (null if none).
        due_at (datetime.datetime | None):
        priority (Priority):
        status (TaskStatus):
        completed_at (datetime.datetime | None):
        remind_at (datetime.datetime | None):
        reminded_at (datetime.datetime | None):
        overdue (bool):
        customer_id (None | UUID):
        customer (None | Ref): The customer named by the id beside it: id and name (null if none).
        contact_id (None | UUID):
        contact (None | Ref): The contact named by the id beside it: id and name (null if none).
        opportunity_id (None | UUID):
        opportunity (None | Ref): The opportunity named by the id beside it: id and name (null if none).
        activity_id (None | UUID):
        activity (None | Ref): The activity named by the id beside it: id and name (null if none).
        created_by_id (None | UUID):
        created_by (None | Ref): The employee named by the id beside it: id and name (null if none).
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    subject: str
    description: None | str
    owner_id: None | UUID
    owner: None | Ref
    due_at: datetime.datetime | None
    priority: Priority
    status: TaskStatus
    completed_at: datetime.datetime | None
    remind_at: datetime.datetime | None
    reminded_at: datetime.datetime | None
    overdue: bool
    customer_id: None | UUID
    customer: None | Ref
    contact_id: None | UUID
    contact: None | Ref
    opportunity_id: None | UUID
    opportunity: None | Ref
    activity_id: None | UUID
    activity: None | Ref
    created_by_id: None | UUID
    created_by: None | Ref
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        subject = self.subject

        description: None | str
        description = self.description

        owner_id: None | str
        if isinstance(self.owner_id, UUID):
            owner_id = str(self.owner_id)
        else:
            owner_id = self.owner_id

        owner: dict[str, Any] | None
        if isinstance(self.owner, Ref):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        due_at: None | str
        if isinstance(self.due_at, datetime.datetime):
            due_at = self.due_at.isoformat()
        else:
            due_at = self.due_at

        priority = self.priority.value

        status = self.status.value

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        remind_at: None | str
        if isinstance(self.remind_at, datetime.datetime):
            remind_at = self.remind_at.isoformat()
        else:
            remind_at = self.remind_at

        reminded_at: None | str
        if isinstance(self.reminded_at, datetime.datetime):
            reminded_at = self.reminded_at.isoformat()
        else:
            reminded_at = self.reminded_at

        overdue = self.overdue

        customer_id: None | str
        if isinstance(self.customer_id, UUID):
            customer_id = str(self.customer_id)
        else:
            customer_id = self.customer_id

        customer: dict[str, Any] | None
        if isinstance(self.customer, Ref):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        contact_id: None | str
        if isinstance(self.contact_id, UUID):
            contact_id = str(self.contact_id)
        else:
            contact_id = self.contact_id

        contact: dict[str, Any] | None
        if isinstance(self.contact, Ref):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        opportunity_id: None | str
        if isinstance(self.opportunity_id, UUID):
            opportunity_id = str(self.opportunity_id)
        else:
            opportunity_id = self.opportunity_id

        opportunity: dict[str, Any] | None
        if isinstance(self.opportunity, Ref):
            opportunity = self.opportunity.to_dict()
        else:
            opportunity = self.opportunity

        activity_id: None | str
        if isinstance(self.activity_id, UUID):
            activity_id = str(self.activity_id)
        else:
            activity_id = self.activity_id

        activity: dict[str, Any] | None
        if isinstance(self.activity, Ref):
            activity = self.activity.to_dict()
        else:
            activity = self.activity

        created_by_id: None | str
        if isinstance(self.created_by_id, UUID):
            created_by_id = str(self.created_by_id)
        else:
            created_by_id = self.created_by_id

        created_by: dict[str, Any] | None
        if isinstance(self.created_by, Ref):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "subject": subject,
                "description": description,
                "owner_id": owner_id,
                "owner": owner,
                "due_at": due_at,
                "priority": priority,
                "status": status,
                "completed_at": completed_at,
                "remind_at": remind_at,
                "reminded_at": reminded_at,
                "overdue": overdue,
                "customer_id": customer_id,
                "customer": customer,
                "contact_id": contact_id,
                "contact": contact,
                "opportunity_id": opportunity_id,
                "opportunity": opportunity,
                "activity_id": activity_id,
                "activity": activity,
                "created_by_id": created_by_id,
                "created_by": created_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        subject = d.pop("subject")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_owner_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                owner_id_type_0 = UUID(data)

                return owner_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        owner_id = _parse_owner_id(d.pop("owner_id"))

        def _parse_owner(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                owner_type_0 = Ref.from_dict(data)

                return owner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        owner = _parse_owner(d.pop("owner"))

        def _parse_due_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_at_type_0 = datetime.datetime.fromisoformat(data)

                return due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        due_at = _parse_due_at(d.pop("due_at"))

        priority = Priority(d.pop("priority"))

        status = TaskStatus(d.pop("status"))

        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        completed_at = _parse_completed_at(d.pop("completed_at"))

        def _parse_remind_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                remind_at_type_0 = datetime.datetime.fromisoformat(data)

                return remind_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        remind_at = _parse_remind_at(d.pop("remind_at"))

        def _parse_reminded_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reminded_at_type_0 = datetime.datetime.fromisoformat(data)

                return reminded_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        reminded_at = _parse_reminded_at(d.pop("reminded_at"))

        overdue = d.pop("overdue")

        def _parse_customer_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                customer_id_type_0 = UUID(data)

                return customer_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        customer_id = _parse_customer_id(d.pop("customer_id"))

        def _parse_customer(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_0 = Ref.from_dict(data)

                return customer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        customer = _parse_customer(d.pop("customer"))

        def _parse_contact_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                contact_id_type_0 = UUID(data)

                return contact_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        contact_id = _parse_contact_id(d.pop("contact_id"))

        def _parse_contact(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contact_type_0 = Ref.from_dict(data)

                return contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        contact = _parse_contact(d.pop("contact"))

        def _parse_opportunity_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                opportunity_id_type_0 = UUID(data)

                return opportunity_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        opportunity_id = _parse_opportunity_id(d.pop("opportunity_id"))

        def _parse_opportunity(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                opportunity_type_0 = Ref.from_dict(data)

                return opportunity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        opportunity = _parse_opportunity(d.pop("opportunity"))

        def _parse_activity_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                activity_id_type_0 = UUID(data)

                return activity_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        activity_id = _parse_activity_id(d.pop("activity_id"))

        def _parse_activity(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                activity_type_0 = Ref.from_dict(data)

                return activity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        activity = _parse_activity(d.pop("activity"))

        def _parse_created_by_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_by_id_type_0 = UUID(data)

                return created_by_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        created_by_id = _parse_created_by_id(d.pop("created_by_id"))

        def _parse_created_by(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                created_by_type_0 = Ref.from_dict(data)

                return created_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        created_by = _parse_created_by(d.pop("created_by"))

        task_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            subject=subject,
            description=description,
            owner_id=owner_id,
            owner=owner,
            due_at=due_at,
            priority=priority,
            status=status,
            completed_at=completed_at,
            remind_at=remind_at,
            reminded_at=reminded_at,
            overdue=overdue,
            customer_id=customer_id,
            customer=customer,
            contact_id=contact_id,
            contact=contact,
            opportunity_id=opportunity_id,
            opportunity=opportunity,
            activity_id=activity_id,
            activity=activity,
            created_by_id=created_by_id,
            created_by=created_by,
        )

        task_out.additional_properties = d
        return task_out

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
