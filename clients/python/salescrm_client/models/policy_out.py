from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.key_account_rules_out import KeyAccountRulesOut
    from ..models.policy_out_required_fields import PolicyOutRequiredFields


T = TypeVar("T", bound="PolicyOut")


@_attrs_define
class PolicyOut:
    """
    Attributes:
        updated_at (datetime.datetime):
        version (int):
        required_fields (PolicyOutRequiredFields):
        max_customers_per_owner (int | None):
        pool_return_days (int | None):
        pool_warning_days (int):
        pool_exempts_key_accounts (bool):
        pool_masks_contacts (bool):
        claim_cooldown_days (int):
        daily_claim_limit (int | None):
        key_account_rules (KeyAccountRulesOut): The stored rules; a policy that never had any reads as no conditions
            (matches no one).
    """

    updated_at: datetime.datetime
    version: int
    required_fields: PolicyOutRequiredFields
    max_customers_per_owner: int | None
    pool_return_days: int | None
    pool_warning_days: int
    pool_exempts_key_accounts: bool
    pool_masks_contacts: bool
    claim_cooldown_days: int
    daily_claim_limit: int | None
    key_account_rules: KeyAccountRulesOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        updated_at = self.updated_at.isoformat()

        version = self.version

        required_fields = self.required_fields.to_dict()

        max_customers_per_owner: int | None
        max_customers_per_owner = self.max_customers_per_owner

        pool_return_days: int | None
        pool_return_days = self.pool_return_days

        pool_warning_days = self.pool_warning_days

        pool_exempts_key_accounts = self.pool_exempts_key_accounts

        pool_masks_contacts = self.pool_masks_contacts

        claim_cooldown_days = self.claim_cooldown_days

        daily_claim_limit: int | None
        daily_claim_limit = self.daily_claim_limit

        key_account_rules = self.key_account_rules.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "updated_at": updated_at,
                "version": version,
                "required_fields": required_fields,
                "max_customers_per_owner": max_customers_per_owner,
                "pool_return_days": pool_return_days,
                "pool_warning_days": pool_warning_days,
                "pool_exempts_key_accounts": pool_exempts_key_accounts,
                "pool_masks_contacts": pool_masks_contacts,
                "claim_cooldown_days": claim_cooldown_days,
                "daily_claim_limit": daily_claim_limit,
                "key_account_rules": key_account_rules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.key_account_rules_out import KeyAccountRulesOut  # noqa: PLC0415
        from ..models.policy_out_required_fields import PolicyOutRequiredFields  # noqa: PLC0415

        d = dict(src_dict)
        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        required_fields = PolicyOutRequiredFields.from_dict(d.pop("required_fields"))

        def _parse_max_customers_per_owner(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        max_customers_per_owner = _parse_max_customers_per_owner(d.pop("max_customers_per_owner"))

        def _parse_pool_return_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        pool_return_days = _parse_pool_return_days(d.pop("pool_return_days"))

        pool_warning_days = d.pop("pool_warning_days")

        pool_exempts_key_accounts = d.pop("pool_exempts_key_accounts")

        pool_masks_contacts = d.pop("pool_masks_contacts")

        claim_cooldown_days = d.pop("claim_cooldown_days")

        def _parse_daily_claim_limit(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        daily_claim_limit = _parse_daily_claim_limit(d.pop("daily_claim_limit"))

        key_account_rules = KeyAccountRulesOut.from_dict(d.pop("key_account_rules"))

        policy_out = cls(
            updated_at=updated_at,
            version=version,
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

        policy_out.additional_properties = d
        return policy_out

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
