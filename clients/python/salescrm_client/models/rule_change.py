from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.proposed_rule import ProposedRule
    from ..models.rule_edit import RuleEdit


T = TypeVar("T", bound="RuleChange")


@_attrs_define
class RuleChange:
    """A change to the rules, tried without saving: the current active rules, minus `remove`,
    with `edit` applied, plus `add`. Empty: the current rules as they are.

        Attributes:
            add (list[ProposedRule] | Unset):
            edit (list[RuleEdit] | Unset):
            remove (list[UUID] | Unset):
            limit (int | Unset): How many moving customers to list. Default: 50.
            after (None | Unset | UUID): List the moving customers after this customer id (the next page).
    """

    add: list[ProposedRule] | Unset = UNSET
    edit: list[RuleEdit] | Unset = UNSET
    remove: list[UUID] | Unset = UNSET
    limit: int | Unset = 50
    after: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        add: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.add, Unset):
            add = []
            for add_item_data in self.add:
                add_item = add_item_data.to_dict()
                add.append(add_item)

        edit: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.edit, Unset):
            edit = []
            for edit_item_data in self.edit:
                edit_item = edit_item_data.to_dict()
                edit.append(edit_item)

        remove: list[str] | Unset = UNSET
        if not isinstance(self.remove, Unset):
            remove = []
            for remove_item_data in self.remove:
                remove_item = str(remove_item_data)
                remove.append(remove_item)

        limit = self.limit

        after: None | str | Unset
        if isinstance(self.after, Unset):
            after = UNSET
        elif isinstance(self.after, UUID):
            after = str(self.after)
        else:
            after = self.after

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if add is not UNSET:
            field_dict["add"] = add
        if edit is not UNSET:
            field_dict["edit"] = edit
        if remove is not UNSET:
            field_dict["remove"] = remove
        if limit is not UNSET:
            field_dict["limit"] = limit
        if after is not UNSET:
            field_dict["after"] = after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.proposed_rule import ProposedRule  # noqa: PLC0415
        from ..models.rule_edit import RuleEdit  # noqa: PLC0415

        d = dict(src_dict)
        _add = d.pop("add", UNSET)
        add: list[ProposedRule] | Unset = UNSET
        if _add is not UNSET:
            add = []
            for add_item_data in _add:
                add_item = ProposedRule.from_dict(add_item_data)

                add.append(add_item)

        _edit = d.pop("edit", UNSET)
        edit: list[RuleEdit] | Unset = UNSET
        if _edit is not UNSET:
            edit = []
            for edit_item_data in _edit:
                edit_item = RuleEdit.from_dict(edit_item_data)

                edit.append(edit_item)

        _remove = d.pop("remove", UNSET)
        remove: list[UUID] | Unset = UNSET
        if _remove is not UNSET:
            remove = []
            for remove_item_data in _remove:
                remove_item = UUID(remove_item_data)

                remove.append(remove_item)

        limit = d.pop("limit", UNSET)

        def _parse_after(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                after_type_0 = UUID(data)

                return after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        after = _parse_after(d.pop("after", UNSET))

        rule_change = cls(
            add=add,
            edit=edit,
            remove=remove,
            limit=limit,
            after=after,
        )

        return rule_change
