from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.key_account_rules import KeyAccountRules
    from ..models.required_fields import RequiredFields


T = TypeVar("T", bound="PolicyUpdate")


@_attrs_define
class PolicyUpdate:
    """
    Attributes:
        required_fields (None | RequiredFields | Unset):
        max_customers_per_owner (int | None | Unset):
        pool_return_days (int | None | Unset):
        pool_warning_days (int | None | Unset):
        pool_exempts_key_accounts (bool | None | Unset):
        key_account_rules (KeyAccountRules | None | Unset):
    """

    required_fields: None | RequiredFields | Unset = UNSET
    max_customers_per_owner: int | None | Unset = UNSET
    pool_return_days: int | None | Unset = UNSET
    pool_warning_days: int | None | Unset = UNSET
    pool_exempts_key_accounts: bool | None | Unset = UNSET
    key_account_rules: KeyAccountRules | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.key_account_rules import KeyAccountRules  # noqa: PLC0415
        from ..models.required_fields import RequiredFields  # noqa: PLC0415

        required_fields: dict[str, Any] | None | Unset
        if isinstance(self.required_fields, Unset):
            required_fields = UNSET
        elif isinstance(self.required_fields, RequiredFields):
            required_fields = self.required_fields.to_dict()
        else:
            required_fields = self.required_fields

        max_customers_per_owner: int | None | Unset
        if isinstance(self.max_customers_per_owner, Unset):
            max_customers_per_owner = UNSET
        else:
            max_customers_per_owner = self.max_customers_per_owner

        pool_return_days: int | None | Unset
        if isinstance(self.pool_return_days, Unset):
            pool_return_days = UNSET
        else:
            pool_return_days = self.pool_return_days

        pool_warning_days: int | None | Unset
        if isinstance(self.pool_warning_days, Unset):
            pool_warning_days = UNSET
        else:
            pool_warning_days = self.pool_warning_days

        pool_exempts_key_accounts: bool | None | Unset
        if isinstance(self.pool_exempts_key_accounts, Unset):
            pool_exempts_key_accounts = UNSET
        else:
            pool_exempts_key_accounts = self.pool_exempts_key_accounts

        key_account_rules: dict[str, Any] | None | Unset
        if isinstance(self.key_account_rules, Unset):
            key_account_rules = UNSET
        elif isinstance(self.key_account_rules, KeyAccountRules):
            key_account_rules = self.key_account_rules.to_dict()
        else:
            key_account_rules = self.key_account_rules

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if required_fields is not UNSET:
            field_dict["required_fields"] = required_fields
        if max_customers_per_owner is not UNSET:
            field_dict["max_customers_per_owner"] = max_customers_per_owner
        if pool_return_days is not UNSET:
            field_dict["pool_return_days"] = pool_return_days
        if pool_warning_days is not UNSET:
            field_dict["pool_warning_days"] = pool_warning_days
        if pool_exempts_key_accounts is not UNSET:
            field_dict["pool_exempts_key_accounts"] = pool_exempts_key_accounts
        if key_account_rules is not UNSET:
            field_dict["key_account_rules"] = key_account_rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.key_account_rules import KeyAccountRules  # noqa: PLC0415
        from ..models.required_fields import RequiredFields  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_required_fields(data: object) -> None | RequiredFields | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                required_fields_type_0 = RequiredFields.from_dict(data)

                return required_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RequiredFields | Unset, data)

        required_fields = _parse_required_fields(d.pop("required_fields", UNSET))

        def _parse_max_customers_per_owner(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_customers_per_owner = _parse_max_customers_per_owner(d.pop("max_customers_per_owner", UNSET))

        def _parse_pool_return_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pool_return_days = _parse_pool_return_days(d.pop("pool_return_days", UNSET))

        def _parse_pool_warning_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pool_warning_days = _parse_pool_warning_days(d.pop("pool_warning_days", UNSET))

        def _parse_pool_exempts_key_accounts(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        pool_exempts_key_accounts = _parse_pool_exempts_key_accounts(d.pop("pool_exempts_key_accounts", UNSET))

        def _parse_key_account_rules(data: object) -> KeyAccountRules | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                key_account_rules_type_0 = KeyAccountRules.from_dict(data)

                return key_account_rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KeyAccountRules | None | Unset, data)

        key_account_rules = _parse_key_account_rules(d.pop("key_account_rules", UNSET))

        policy_update = cls(
            required_fields=required_fields,
            max_customers_per_owner=max_customers_per_owner,
            pool_return_days=pool_return_days,
            pool_warning_days=pool_warning_days,
            pool_exempts_key_accounts=pool_exempts_key_accounts,
            key_account_rules=key_account_rules,
        )

        return policy_update
