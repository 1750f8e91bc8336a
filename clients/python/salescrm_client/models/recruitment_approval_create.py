from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recruitment_form import RecruitmentForm


T = TypeVar("T", bound="RecruitmentApprovalCreate")


@_attrs_define
class RecruitmentApprovalCreate:
    """
    Attributes:
        type_ (Literal['recruitment']): recruitment
        form (RecruitmentForm): A recruitment requisition (``/api/v1/requisitions``) put to the approval chain:
            approved,
            the requisition is open for HR to fill.
        id (None | Unset | UUID): Optional client-chosen id (UUIDv7); repeating a create is idempotent.
        title (None | str | Unset): Default: made from the type and the form.
        owner_id (None | Unset | UUID): The applicant. Default: the caller; someone else needs `approval:assign`.
    """

    type_: Literal["recruitment"]
    form: RecruitmentForm
    id: None | Unset | UUID = UNSET
    title: None | str | Unset = UNSET
    owner_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        form = self.form.to_dict()

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        owner_id: None | str | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        elif isinstance(self.owner_id, UUID):
            owner_id = str(self.owner_id)
        else:
            owner_id = self.owner_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "form": form,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recruitment_form import RecruitmentForm  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["recruitment"], d.pop("type"))
        if type_ != "recruitment":
            raise ValueError(f"type must match const 'recruitment', got '{type_}'")

        form = RecruitmentForm.from_dict(d.pop("form"))

        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_owner_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                owner_id_type_0 = UUID(data)

                return owner_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        owner_id = _parse_owner_id(d.pop("owner_id", UNSET))

        recruitment_approval_create = cls(
            type_=type_,
            form=form,
            id=id,
            title=title,
            owner_id=owner_id,
        )

        return recruitment_approval_create
