from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.customer_event_details import CustomerEventDetails
    from ..models.ref import Ref


T = TypeVar("T", bound="CustomerEventOut")


@_attrs_define
class CustomerEventOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        customer_id (UUID):
        customer (None | Ref): The customer named by the id beside it: id and name (null if none).
        kind (str):
        from_value (None | str):
        to_value (None | str):
        reason (None | str):
        actor_id (None | UUID):
        actor (None | Ref): The employee named by the id beside it: id and name (null if none).
        details (CustomerEventDetails): What some events add: a pool event's days, a merge's other customer, a follow-
            up's
            method, an unmarked key account's closed plans. A field that does not apply to the event is
            absent (as stored), never null; null is a value only where a writer stores one (no tier, not
            a key account before).
        pool_id (None | UUID): Claims, releases and returns: the pool (null: the default pool, or another kind of
            event).
        pool (None | Ref): The customer pool named by the id beside it: id and name (null if none).
        release_reason_id (None | UUID): A release's reason from the list (`/pool-release-reasons`).
        release_reason (None | Ref): The pool release reason named by the id beside it: id and name (null if none).
    """

    id: UUID
    created_at: datetime.datetime
    customer_id: UUID
    customer: None | Ref
    kind: str
    from_value: None | str
    to_value: None | str
    reason: None | str
    actor_id: None | UUID
    actor: None | Ref
    details: CustomerEventDetails
    pool_id: None | UUID
    pool: None | Ref
    release_reason_id: None | UUID
    release_reason: None | Ref
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        id = str(self.id)

        created_at = self.created_at.isoformat()

        customer_id = str(self.customer_id)

        customer: dict[str, Any] | None
        if isinstance(self.customer, Ref):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        kind = self.kind

        from_value: None | str
        from_value = self.from_value

        to_value: None | str
        to_value = self.to_value

        reason: None | str
        reason = self.reason

        actor_id: None | str
        if isinstance(self.actor_id, UUID):
            actor_id = str(self.actor_id)
        else:
            actor_id = self.actor_id

        actor: dict[str, Any] | None
        if isinstance(self.actor, Ref):
            actor = self.actor.to_dict()
        else:
            actor = self.actor

        details = self.details.to_dict()

        pool_id: None | str
        if isinstance(self.pool_id, UUID):
            pool_id = str(self.pool_id)
        else:
            pool_id = self.pool_id

        pool: dict[str, Any] | None
        if isinstance(self.pool, Ref):
            pool = self.pool.to_dict()
        else:
            pool = self.pool

        release_reason_id: None | str
        if isinstance(self.release_reason_id, UUID):
            release_reason_id = str(self.release_reason_id)
        else:
            release_reason_id = self.release_reason_id

        release_reason: dict[str, Any] | None
        if isinstance(self.release_reason, Ref):
            release_reason = self.release_reason.to_dict()
        else:
            release_reason = self.release_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "customer_id": customer_id,
                "customer": customer,
                "kind": kind,
                "from_value": from_value,
                "to_value": to_value,
                "reason": reason,
                "actor_id": actor_id,
                "actor": actor,
                "details": details,
                "pool_id": pool_id,
                "pool": pool,
                "release_reason_id": release_reason_id,
                "release_reason": release_reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_event_details import CustomerEventDetails  # noqa: PLC0415
        from ..models.ref import Ref  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        customer_id = UUID(d.pop("customer_id"))

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

        kind = d.pop("kind")

        def _parse_from_value(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        from_value = _parse_from_value(d.pop("from_value"))

        def _parse_to_value(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        to_value = _parse_to_value(d.pop("to_value"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        def _parse_actor_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actor_id_type_0 = UUID(data)

                return actor_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        actor_id = _parse_actor_id(d.pop("actor_id"))

        def _parse_actor(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                actor_type_0 = Ref.from_dict(data)

                return actor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        actor = _parse_actor(d.pop("actor"))

        details = CustomerEventDetails.from_dict(d.pop("details"))

        def _parse_pool_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pool_id_type_0 = UUID(data)

                return pool_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        pool_id = _parse_pool_id(d.pop("pool_id"))

        def _parse_pool(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pool_type_0 = Ref.from_dict(data)

                return pool_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        pool = _parse_pool(d.pop("pool"))

        def _parse_release_reason_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                release_reason_id_type_0 = UUID(data)

                return release_reason_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        release_reason_id = _parse_release_reason_id(d.pop("release_reason_id"))

        def _parse_release_reason(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                release_reason_type_0 = Ref.from_dict(data)

                return release_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        release_reason = _parse_release_reason(d.pop("release_reason"))

        customer_event_out = cls(
            id=id,
            created_at=created_at,
            customer_id=customer_id,
            customer=customer,
            kind=kind,
            from_value=from_value,
            to_value=to_value,
            reason=reason,
            actor_id=actor_id,
            actor=actor,
            details=details,
            pool_id=pool_id,
            pool=pool,
            release_reason_id=release_reason_id,
            release_reason=release_reason,
        )

        customer_event_out.additional_properties = d
        return customer_event_out

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
