from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.required_fields_company_item import RequiredFieldsCompanyItem
from ..models.required_fields_individual_item import RequiredFieldsIndividualItem
from ..types import UNSET, Unset

T = TypeVar("T", bound="RequiredFields")


@_attrs_define
class RequiredFields:
    """
    Attributes:
        company (list[RequiredFieldsCompanyItem] | Unset):
        individual (list[RequiredFieldsIndividualItem] | Unset):
    """

    company: list[RequiredFieldsCompanyItem] | Unset = UNSET
    individual: list[RequiredFieldsIndividualItem] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        company: list[str] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = []
            for company_item_data in self.company:
                company_item = company_item_data.value
                company.append(company_item)

        individual: list[str] | Unset = UNSET
        if not isinstance(self.individual, Unset):
            individual = []
            for individual_item_data in self.individual:
                individual_item = individual_item_data.value
                individual.append(individual_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if company is not UNSET:
            field_dict["company"] = company
        if individual is not UNSET:
            field_dict["individual"] = individual

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _company = d.pop("company", UNSET)
        company: list[RequiredFieldsCompanyItem] | Unset = UNSET
        if _company is not UNSET:
            company = []
            for company_item_data in _company:
                company_item = RequiredFieldsCompanyItem(company_item_data)

                company.append(company_item)

        _individual = d.pop("individual", UNSET)
        individual: list[RequiredFieldsIndividualItem] | Unset = UNSET
        if _individual is not UNSET:
            individual = []
            for individual_item_data in _individual:
                individual_item = RequiredFieldsIndividualItem(individual_item_data)

                individual.append(individual_item)

        required_fields = cls(
            company=company,
            individual=individual,
        )

        return required_fields
