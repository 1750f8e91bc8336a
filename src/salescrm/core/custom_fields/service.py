"""Definitions rules: who may define, what a definition may say, and what a delete refuses."""

from __future__ import annotations

from typing import Any, ClassVar

from salescrm.core import i18n
from salescrm.core.clock import utcnow
from salescrm.core.custom_fields import values
from salescrm.core.custom_fields.models import RESOURCES, CustomField, CustomFieldType
from salescrm.core.custom_fields.repository import CustomFieldRepository
from salescrm.core.errors import Conflict, Forbidden, ValidationFailed
from salescrm.core.service import CrudService

T = CustomFieldType
MANAGE = "custom_field:manage"


class CustomFieldInUse(Conflict):
    code = detail_key = "custom_field_in_use"


i18n.register_titles({"custom_field_in_use": ("Custom field in use", "自定义字段正在使用")})
i18n.register_details(
    {
        "custom_field_in_use": (
            "Records hold values of this field; archive it instead of deleting it.",
            "已有记录填写了该字段,请归档而不是删除。",
        )
    }
)

#: Which rules a type takes.
_RULES: dict[str, frozenset[T]] = {
    "options": frozenset({T.single_select, T.multi_select}),
    "min_value": values.NUMERIC,
    "max_value": values.NUMERIC,
    "max_length": frozenset(values.TEXT_MAX),
    "min_date": values.DATED,
    "max_date": values.DATED,
}


class CustomFieldService(CrudService[CustomField]):
    repository = CustomFieldRepository
    permission = "custom_field"
    permissions: ClassVar = {"read": "customer:read", "write": MANAGE, "delete": MANAGE}
    access: ClassVar = {
        "list": (
            "Any employee who may read a resource that takes custom fields "
            "(`customer:read`, `contact:read`, `opportunity:read` or `activity:read`): the "
            "definitions of the resources they may read (403 for none)."
        ),
        "get": "As the list: 404 for a definition of a resource the caller may not read.",
    }
    refusals: ClassVar = {
        "create": {422: "422 when a rule does not fit the type (options for a select only …)."},
        "delete": {
            409: "409 `custom_field_in_use` when any record (deleted ones too) holds a value "
            "of the field: archive it instead (`PATCH` with `archived: true`)."
        },
    }
    repo: CustomFieldRepository

    def require(self, action: str) -> None:
        if action == "read":
            if not any(self.ctx.subject.can(f"{r}:read") for r in RESOURCES):
                raise Forbidden("forbidden_action", permission="customer:read")
            return
        super().require(action)

    async def prepare_create(self, values_: dict[str, Any]) -> dict[str, Any]:
        if values_["resource"] not in RESOURCES:
            allowed = ", ".join(sorted(RESOURCES))
            raise ValidationFailed.field(
                ["body", "resource"], f"Not a resource with custom fields ({allowed})", "enum"
            )
        values_ = {k: v for k, v in values_.items() if v is not None or k == "default"}
        values_.setdefault("options", [])
        kind = T(values_["type"])
        if kind in _RULES["options"] and not values_["options"]:
            raise ValidationFailed.field(
                ["body", "options"], "A select needs options", "options_required"
            )
        self._check_rules(kind, values_)
        values_["default"] = values.check_default(CustomField(**values_))
        return values_

    async def prepare_update(self, record: CustomField, changes: dict[str, Any]) -> dict[str, Any]:
        archived = changes.pop("archived", None)
        if archived is not None and archived != record.archived:
            changes["archived_at"] = utcnow() if archived else None
        for name in ("label", "required", "position"):
            if name in changes and changes[name] is None:
                raise ValidationFailed.field(["body", name], "May not be null", "null_not_allowed")
        if changes.get("options") is not None:
            kept = {o["key"] for o in changes["options"]}
            gone = [o["key"] for o in record.options if o["key"] not in kept]
            if gone:
                raise ValidationFailed.field(
                    ["body", "options"],
                    f"Options cannot be removed, archive them instead: {', '.join(gone)}",
                    "option_removed",
                )
        elif "options" in changes:
            changes.pop("options")
        kind = T(record.type)
        self._check_rules(kind, changes)
        probe = CustomField(**{**_columns(record), **changes})
        changes["default"] = (
            values.check_default(probe)
            if "default" in changes or ("options" in changes or any(k in changes for k in _RULES))
            else record.default
        )
        return changes

    @staticmethod
    def _check_rules(kind: T, given: dict[str, Any]) -> None:
        for name, kinds in _RULES.items():
            if given.get(name) not in (None, []) and kind not in kinds:
                raise ValidationFailed.field(
                    ["body", name], f"A {kind.value} field takes no {name}", "not_for_type"
                )
        for low, high in (("min_value", "max_value"), ("min_date", "max_date")):
            if (
                given.get(low) is not None
                and given.get(high) is not None
                and given[low] > given[high]
            ):
                raise ValidationFailed.field(["body", high], "Below the minimum", "range_reversed")

    async def prepare_delete(self, record: CustomField) -> None:
        if await self.repo.in_use(record):
            raise CustomFieldInUse()

    async def after_write(self, record: CustomField) -> None:
        if record.deleted_at is None:
            await self.repo.build_index(record)
        else:
            await self.repo.drop_index(record)


def _columns(record: CustomField) -> dict[str, Any]:
    names = (
        "resource",
        "key",
        "label",
        "label_en",
        "type",
        "options",
        "required",
        "default",
        "min_value",
        "max_value",
        "max_length",
        "min_date",
        "max_date",
    )
    return {name: getattr(record, name) for name in names}
