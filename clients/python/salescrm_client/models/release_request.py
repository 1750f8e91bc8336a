from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReleaseRequest")


@_attrs_define
class ReleaseRequest:
    """A reason in words, one from the list, or both: 422 ``reason_required`` with neither.
    (An ``anyOf`` of the two ``required`` would state it, but generated clients turn that
    into an untyped body, and a ``null`` would still pass it.)

        Attributes:
            reason (None | str | Unset): Why the customer goes back to the pool, in words; kept in its timeline.
            reason_id (None | Unset | UUID): A reason from `/pool-release-reasons` (an active one); 422 otherwise.
            pool_id (None | Unset | UUID): The pool it goes to (the caller must be a member of it); default: its own pool,
                else its region's, else the owner's department's, else the default pool.
    """

    reason: None | str | Unset = UNSET
    reason_id: None | Unset | UUID = UNSET
    pool_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        reason_id: None | str | Unset
        if isinstance(self.reason_id, Unset):
            reason_id = UNSET
        elif isinstance(self.reason_id, UUID):
            reason_id = str(self.reason_id)
        else:
            reason_id = self.reason_id

        pool_id: None | str | Unset
        if isinstance(self.pool_id, Unset):
            pool_id = UNSET
        elif isinstance(self.pool_id, UUID):
            pool_id = str(self.pool_id)
        else:
            pool_id = self.pool_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason
        if reason_id is not UNSET:
            field_dict["reason_id"] = reason_id
        if pool_id is not UNSET:
            field_dict["pool_id"] = pool_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_reason_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reason_id_type_0 = UUID(data)

                return reason_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        reason_id = _parse_reason_id(d.pop("reason_id", UNSET))

        def _parse_pool_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pool_id_type_0 = UUID(data)

                return pool_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        pool_id = _parse_pool_id(d.pop("pool_id", UNSET))

        release_request = cls(
            reason=reason,
            reason_id=reason_id,
            pool_id=pool_id,
        )

        return release_request
