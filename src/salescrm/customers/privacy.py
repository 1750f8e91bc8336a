"""Personal information (PIPL, 个人信息保护法): what anonymising a contact or an individual
customer replaces, and what an anonymised record refuses afterwards.

The action itself is ``customers.anonymise``; these are the rules the services that write
customers and contacts share with it, so that no way in gives an anonymised record its personal
information back:

* **What is personal.** Of a contact (always a natural person): the name, job title and
  department (with the company they point at one person), every number, the e-mail, WeChat,
  the birthday and the notes. Of an individual customer: the name, short name, credit code (a
  sole trader's identifies the person), phones, e-mail, website, street address and its
  coordinates, and the remarks. Business facts stay: a contact's buying role and primary flag;
  a customer's kind, stage, status, tier, owner, industry, source, region down to the district,
  revenue, tags and flags.
* **What replaces it.** The name becomes ``已匿名-<last 8 hex digits of the id>``: stable, and
  lists still tell the records apart; a list becomes empty; everything else null.
* **Afterwards.** ``anonymised_at`` marks the record. It stays editable, but a personal field
  may only be sent as it is (the placeholder, empty): any other value is a 409 ``anonymised``,
  so neither a client nor a stale offline copy writes the old data back. Merging another
  customer into an anonymised one would fill its fields, and is refused the same way (merge it
  into the other one instead).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from salescrm.core import i18n
from salescrm.core.errors import Conflict

#: The text that stands where personal information was: in names, and in the audit trail.
ANONYMISED = "已匿名"

#: A contact's personal columns, in the order they are described.
CONTACT_FIELDS = (
    "name",
    "title",
    "department",
    "mobile",
    "phone",
    "phone_extension",
    "email",
    "wechat",
    "birthday",
    "notes",
)
#: An individual customer's personal columns.
CUSTOMER_FIELDS = (
    "name",
    "short_name",
    "credit_code",
    "phones",
    "email",
    "website",
    "address",
    "latitude",
    "longitude",
    "remarks",
)
#: Columns that are never empty: what stands in them instead.
_EMPTY: Mapping[str, Any] = {"phones": []}

i18n.register_titles(
    {
        "anonymised": ("Record anonymised", "记录已匿名化"),
        "not_individual": ("Not an individual", "非个人客户"),
    }
)
i18n.register_details(
    {
        "anonymised_fields": (
            "This {resource} was anonymised; its personal information ({fields}) cannot be "
            "set again.",
            "该{resource_zh}已匿名化,不能再填写其个人信息({fields})。",
        ),
        "anonymised_merge_target": (
            "This customer was anonymised; merging would give it another's personal "
            "information. Merge it into the other customer instead.",
            "该客户已匿名化,合并会写入另一客户的个人信息;请反向合并到另一客户。",
        ),
        "not_individual": (
            "Only an individual customer holds a person's information; a company's is kept. "
            "Anonymise its contacts instead.",
            "只有个人客户含个人信息,公司客户不匿名化;请匿名化其联系人。",
        ),
    }
)


class Anonymised(Conflict):
    """409: a change would put personal information back on an anonymised record."""

    code = "anonymised"
    detail_key = "anonymised_fields"


class NotAnIndividual(Conflict):
    """409: only an individual customer is anonymised (a company is not a person)."""

    code = detail_key = "not_individual"


def placeholder(record_id: uuid.UUID) -> str:
    """The name an anonymised record gets: stable, and distinct in a list."""
    return f"{ANONYMISED}-{record_id.hex[-8:]}"


def anonymised_values(record_id: uuid.UUID, fields: tuple[str, ...]) -> dict[str, Any]:
    """What each personal column of the record becomes."""
    values: dict[str, Any] = {field: _EMPTY.get(field) for field in fields}
    values["name"] = placeholder(record_id)
    return values


def _empty(value: Any) -> bool:
    return value is None or value in ("", [])


def keep_anonymous(record: Any, changes: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    """The changes to an anonymised record, less the personal fields sent as they are; a
    personal field sent with any other value is a 409 ``anonymised`` naming them."""
    if getattr(record, "anonymised_at", None) is None:
        return changes
    refused: list[str] = []
    for field in [f for f in fields if f in changes]:
        value, current = changes[field], getattr(record, field)
        if value == current or (_empty(value) and _empty(current)):
            del changes[field]
        else:
            refused.append(field)
    if refused:
        raise Anonymised(resource=record.__resource__, fields=", ".join(refused))
    return changes
