from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.journal_period import JournalPeriod

if TYPE_CHECKING:
    from ..models.draft_source import DraftSource


T = TypeVar("T", bound="JournalDraft")


@_attrs_define
class JournalDraft:
    """
    Attributes:
        period (JournalPeriod):
        period_start (datetime.date):
        period_end (datetime.date):
        done (None | str): A line per source, to edit before saving.
        sources (list[DraftSource]): What the draft was made from.
    """

    period: JournalPeriod
    period_start: datetime.date
    period_end: datetime.date
    done: None | str
    sources: list[DraftSource]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period = self.period.value

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        done: None | str
        done = self.done

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period": period,
                "period_start": period_start,
                "period_end": period_end,
                "done": done,
                "sources": sources,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.draft_source import DraftSource  # noqa: PLC0415

        d = dict(src_dict)
        period = JournalPeriod(d.pop("period"))

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        def _parse_done(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        done = _parse_done(d.pop("done"))

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = DraftSource.from_dict(sources_item_data)

            sources.append(sources_item)

        journal_draft = cls(
            period=period,
            period_start=period_start,
            period_end=period_end,
            done=done,
            sources=sources,
        )

        journal_draft.additional_properties = d
        return journal_draft

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
