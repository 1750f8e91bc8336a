from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.duplicate_match import DuplicateMatch
    from ..models.field_error import FieldError


T = TypeVar("T", bound="Problem")


@_attrs_define
class Problem:
    """An RFC 9457 problem document. The extension members below appear where they apply;
    ``code`` is the stable identifier a client branches on.

    Every extension the API sends is declared here, so the document is closed
    (``additionalProperties: false``): an open one leaves generated clients an untyped member.
    A new extension is declared here first (a test reads every `extensions=` in the code).

        Attributes:
            type_ (str):
            title (str):
            status (int):
            detail (str):
            code (str):
            instance (None | str | Unset):
            request_id (None | str | Unset): The request's X-Request-ID, to quote in a support request.
            errors (list[FieldError] | None | Unset): 422: each invalid field, with where it is and why.
            duplicates (list[DuplicateMatch] | None | Unset): 409 `duplicate` of a customer: the records it would repeat.
            field (None | str | Unset): 409 `duplicate`: the unique field whose value is taken.
            cap (int | None | Unset): 409 of a claim: the owner's limit.
            owned (int | None | Unset): 409 of a claim: customers owned now.
            tier (None | str | Unset): 409 of a claim: the tier whose cap.
            owned_by_you (bool | None | Unset): 409 of a claim: whether the caller owns it already.
            available_at (datetime.datetime | None | Unset): 409 `claim_cooldown` / `claim_daily_limit`: when the caller may
                claim (again); 409 `reminded_recently`: when the approver may be reminded again. Retry-After says the same in
                seconds.
            conflicts_with (None | Unset | UUID): 409 `period_overlaps`: the request whose period it meets.
            claimed (int | None | Unset): 409 `claim_daily_limit`: claims from the pool today.
            parent_id (None | Unset | UUID): 409 `targets_unbalanced`: the target its children exceed.
            value (None | str | Unset): 409 `targets_unbalanced`: that target's value (a decimal string).
            children_total (None | str | Unset): 409 `targets_unbalanced`: what its children add up to (a decimal string).
    """

    type_: str
    title: str
    status: int
    detail: str
    code: str
    instance: None | str | Unset = UNSET
    request_id: None | str | Unset = UNSET
    errors: list[FieldError] | None | Unset = UNSET
    duplicates: list[DuplicateMatch] | None | Unset = UNSET
    field: None | str | Unset = UNSET
    cap: int | None | Unset = UNSET
    owned: int | None | Unset = UNSET
    tier: None | str | Unset = UNSET
    owned_by_you: bool | None | Unset = UNSET
    available_at: datetime.datetime | None | Unset = UNSET
    conflicts_with: None | Unset | UUID = UNSET
    claimed: int | None | Unset = UNSET
    parent_id: None | Unset | UUID = UNSET
    value: None | str | Unset = UNSET
    children_total: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        title = self.title

        status = self.status

        detail = self.detail

        code = self.code

        instance: None | str | Unset
        if isinstance(self.instance, Unset):
            instance = UNSET
        else:
            instance = self.instance

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        errors: list[dict[str, Any]] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = []
            for errors_type_0_item_data in self.errors:
                errors_type_0_item = errors_type_0_item_data.to_dict()
                errors.append(errors_type_0_item)

        else:
            errors = self.errors

        duplicates: list[dict[str, Any]] | None | Unset
        if isinstance(self.duplicates, Unset):
            duplicates = UNSET
        elif isinstance(self.duplicates, list):
            duplicates = []
            for duplicates_type_0_item_data in self.duplicates:
                duplicates_type_0_item = duplicates_type_0_item_data.to_dict()
                duplicates.append(duplicates_type_0_item)

        else:
            duplicates = self.duplicates

        field: None | str | Unset
        if isinstance(self.field, Unset):
            field = UNSET
        else:
            field = self.field

        cap: int | None | Unset
        if isinstance(self.cap, Unset):
            cap = UNSET
        else:
            cap = self.cap

        owned: int | None | Unset
        if isinstance(self.owned, Unset):
            owned = UNSET
        else:
            owned = self.owned

        tier: None | str | Unset
        if isinstance(self.tier, Unset):
            tier = UNSET
        else:
            tier = self.tier

        owned_by_you: bool | None | Unset
        if isinstance(self.owned_by_you, Unset):
            owned_by_you = UNSET
        else:
            owned_by_you = self.owned_by_you

        available_at: None | str | Unset
        if isinstance(self.available_at, Unset):
            available_at = UNSET
        elif isinstance(self.available_at, datetime.datetime):
            available_at = self.available_at.isoformat()
        else:
            available_at = self.available_at

        conflicts_with: None | str | Unset
        if isinstance(self.conflicts_with, Unset):
            conflicts_with = UNSET
        elif isinstance(self.conflicts_with, UUID):
            conflicts_with = str(self.conflicts_with)
        else:
            conflicts_with = self.conflicts_with

        claimed: int | None | Unset
        if isinstance(self.claimed, Unset):
            claimed = UNSET
        else:
            claimed = self.claimed

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        elif isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        children_total: None | str | Unset
        if isinstance(self.children_total, Unset):
            children_total = UNSET
        else:
            children_total = self.children_total

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "title": title,
                "status": status,
                "detail": detail,
                "code": code,
            }
        )
        if instance is not UNSET:
            field_dict["instance"] = instance
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if errors is not UNSET:
            field_dict["errors"] = errors
        if duplicates is not UNSET:
            field_dict["duplicates"] = duplicates
        if field is not UNSET:
            field_dict["field"] = field
        if cap is not UNSET:
            field_dict["cap"] = cap
        if owned is not UNSET:
            field_dict["owned"] = owned
        if tier is not UNSET:
            field_dict["tier"] = tier
        if owned_by_you is not UNSET:
            field_dict["owned_by_you"] = owned_by_you
        if available_at is not UNSET:
            field_dict["available_at"] = available_at
        if conflicts_with is not UNSET:
            field_dict["conflicts_with"] = conflicts_with
        if claimed is not UNSET:
            field_dict["claimed"] = claimed
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if value is not UNSET:
            field_dict["value"] = value
        if children_total is not UNSET:
            field_dict["children_total"] = children_total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.duplicate_match import DuplicateMatch  # noqa: PLC0415
        from ..models.field_error import FieldError  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        title = d.pop("title")

        status = d.pop("status")

        detail = d.pop("detail")

        code = d.pop("code")

        def _parse_instance(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instance = _parse_instance(d.pop("instance", UNSET))

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("request_id", UNSET))

        def _parse_errors(data: object) -> list[FieldError] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                errors_type_0 = []
                _errors_type_0 = data
                for errors_type_0_item_data in _errors_type_0:
                    errors_type_0_item = FieldError.from_dict(errors_type_0_item_data)

                    errors_type_0.append(errors_type_0_item)

                return errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FieldError] | None | Unset, data)

        errors = _parse_errors(d.pop("errors", UNSET))

        def _parse_duplicates(data: object) -> list[DuplicateMatch] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                duplicates_type_0 = []
                _duplicates_type_0 = data
                for duplicates_type_0_item_data in _duplicates_type_0:
                    duplicates_type_0_item = DuplicateMatch.from_dict(duplicates_type_0_item_data)

                    duplicates_type_0.append(duplicates_type_0_item)

                return duplicates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DuplicateMatch] | None | Unset, data)

        duplicates = _parse_duplicates(d.pop("duplicates", UNSET))

        def _parse_field(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field = _parse_field(d.pop("field", UNSET))

        def _parse_cap(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cap = _parse_cap(d.pop("cap", UNSET))

        def _parse_owned(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        owned = _parse_owned(d.pop("owned", UNSET))

        def _parse_tier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tier = _parse_tier(d.pop("tier", UNSET))

        def _parse_owned_by_you(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        owned_by_you = _parse_owned_by_you(d.pop("owned_by_you", UNSET))

        def _parse_available_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                available_at_type_0 = datetime.datetime.fromisoformat(data)

                return available_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        available_at = _parse_available_at(d.pop("available_at", UNSET))

        def _parse_conflicts_with(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                conflicts_with_type_0 = UUID(data)

                return conflicts_with_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        conflicts_with = _parse_conflicts_with(d.pop("conflicts_with", UNSET))

        def _parse_claimed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        claimed = _parse_claimed(d.pop("claimed", UNSET))

        def _parse_parent_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_id_type_0 = UUID(data)

                return parent_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        def _parse_children_total(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        children_total = _parse_children_total(d.pop("children_total", UNSET))

        problem = cls(
            type_=type_,
            title=title,
            status=status,
            detail=detail,
            code=code,
            instance=instance,
            request_id=request_id,
            errors=errors,
            duplicates=duplicates,
            field=field,
            cap=cap,
            owned=owned,
            tier=tier,
            owned_by_you=owned_by_you,
            available_at=available_at,
            conflicts_with=conflicts_with,
            claimed=claimed,
            parent_id=parent_id,
            value=value,
            children_total=children_total,
        )

        return problem
