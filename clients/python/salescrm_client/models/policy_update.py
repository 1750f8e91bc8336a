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
        required_fields (RequiredFields | Unset):
        max_customers_per_owner (int | None | Unset):
        pool_return_days (int | None | Unset):
        pool_warning_days (int | Unset):
        pool_exempts_key_accounts (bool | Unset):
        pool_masks_contacts (bool | Unset): Mask contact details in the pool until a claim.
        claim_cooldown_days (int | Unset): Days before whoever released a customer may claim it.
        daily_claim_limit (int | None | Unset): Claims per employee, pool and day (null: no limit).
        key_account_rules (KeyAccountRules | Unset):
    """

    required_fields: RequiredFields | Unset = UNSET
    max_customers_per_owner: int | None | Unset = UNSET
    pool_return_days: int | None | Unset = UNSET
    pool_warning_days: int | Unset = UNSET
    pool_exempts_key_accounts: bool | Unset = UNSET
    pool_masks_contacts: bool | Unset = UNSET
    claim_cooldown_days: int | Unset = UNSET
    daily_claim_limit: int | None | Unset = UNSET
    key_account_rules: KeyAccountRules | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        required_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.required_fields, Unset):
            required_fields = self.required_fields.to_dict()

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

        pool_warning_days = self.pool_warning_days

        pool_exempts_key_accounts = self.pool_exempts_key_accounts

        pool_masks_contacts = self.pool_masks_contacts

        claim_cooldown_days = self.claim_cooldown_days

        daily_claim_limit: int | None | Unset
        if isinstance(self.daily_claim_limit, Unset):
            daily_claim_limit = UNSET
        else:
            daily_claim_limit = self.daily_claim_limit

        key_account_rules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.key_account_rules, Unset):
            key_account_rules = self.key_account_rules.to_dict()

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
        if pool_masks_contacts is not UNSET:
            field_dict["pool_masks_contacts"] = pool_masks_contacts
        if claim_cooldown_days is not UNSET:
            field_dict["claim_cooldown_days"] = claim_cooldown_days
        if daily_claim_limit is not UNSET:
            field_dict["daily_claim_limit"] = daily_claim_limit
        if key_account_rules is not UNSET:
            field_dict["key_account_rules"] = key_account_rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.key_account_rules import KeyAccountRules  # noqa: PLC0415
        from ..models.required_fields import RequiredFields  # noqa: PLC0415

        d = dict(src_dict)
        _required_fields = d.pop("required_fields", UNSET)
        required_fields: RequiredFields | Unset
        if isinstance(_required_fields, Unset):
            required_fields = UNSET
        else:
            required_fields = RequiredFields.from_dict(_required_fields)

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

        pool_warning_days = d.pop("pool_warning_days", UNSET)

        pool_exempts_key_accounts = d.pop("pool_exempts_key_accounts", UNSET)

        pool_masks_contacts = d.pop("pool_masks_contacts", UNSET)

        claim_cooldown_days = d.pop("claim_cooldown_days", UNSET)

        def _parse_daily_claim_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        daily_claim_limit = _parse_daily_claim_limit(d.pop("daily_claim_limit", UNSET))

        _key_account_rules = d.pop("key_account_rules", UNSET)
        key_account_rules: KeyAccountRules | Unset
        if isinstance(_key_account_rules, Unset):
            key_account_rules = UNSET
        else:
            key_account_rules = KeyAccountRules.from_dict(_key_account_rules)

        policy_update = cls(
            required_fields=required_fields,
            max_customers_per_owner=max_customers_per_owner,
            pool_return_days=pool_return_days,
            pool_warning_days=pool_warning_days,
            pool_exempts_key_accounts=pool_exempts_key_accounts,
            pool_masks_contacts=pool_masks_contacts,
            claim_cooldown_days=claim_cooldown_days,
            daily_claim_limit=daily_claim_limit,
            key_account_rules=key_account_rules,
        )

        return policy_update
