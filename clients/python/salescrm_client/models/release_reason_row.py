from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="ReleaseReasonRow")


@_attrs_define
class ReleaseReasonRow:
    """
    Attributes:
        pool_id (None | UUID): Null: the default pool.
        pool (None | Ref): The customer pool named by the id beside it: id and name (null if none).
        release_reason_id (None | UUID): Null: released without one.
        release_reason (None | Ref): The pool release reason named by the id beside it: id and name (null if none).
        releases (int):
    """

    pool_id: None | UUID
    pool: None | Ref
    release_reason_id: None | UUID
    release_reason: None | Ref
    releases: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

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

        releases = self.releases

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pool_id": pool_id,
                "pool": pool,
                "release_reason_id": release_reason_id,
                "release_reason": release_reason,
                "releases": releases,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref  # noqa: PLC0415

        d = dict(src_dict)

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

        releases = d.pop("releases")

        release_reason_row = cls(
            pool_id=pool_id,
            pool=pool,
            release_reason_id=release_reason_id,
            release_reason=release_reason,
            releases=releases,
        )

        release_reason_row.additional_properties = d
        return release_reason_row

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
