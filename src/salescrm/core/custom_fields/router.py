"""``/api/v1/custom-fields``: administrators define the extra fields of each resource."""

from __future__ import annotations

from salescrm.core import i18n
from salescrm.core.crud import CrudSpec, crud_router
from salescrm.core.custom_fields.schemas import (
    CustomFieldCreate,
    CustomFieldListParams,
    CustomFieldOut,
    CustomFieldUpdate,
)
from salescrm.core.custom_fields.service import CustomFieldService

i18n.register_names(
    {"custom_field": "自定义字段"},
    {"custom_fields": "自定义字段", "label_en": "英文名称", "options": "选项"},
)

router = crud_router(
    CrudSpec(
        path="/custom-fields",
        name="custom_fields",
        tag="platform",
        singular="custom field",
        service=CustomFieldService,
        read_schema=CustomFieldOut,
        create_schema=CustomFieldCreate,
        update_schema=CustomFieldUpdate,
        list_params=CustomFieldListParams,
    )
)
