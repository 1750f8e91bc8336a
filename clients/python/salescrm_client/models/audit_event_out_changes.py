from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.json_depth_1_type_5 import JsonDepth1Type5
    from ..models.json_depth_2_type_5 import JsonDepth2Type5
    from ..models.json_depth_3_type_5 import JsonDepth3Type5
    from ..models.json_depth_4_type_5 import JsonDepth4Type5
    from ..models.json_depth_5_type_5 import JsonDepth5Type5
    from ..models.json_value_type_5 import JsonValueType5


T = TypeVar("T", bound="AuditEventOutChanges")


@_attrs_define
class AuditEventOutChanges:
    """Changed fields as [before, after]; fields the caller may not see on the record itself (costs and margins without
    margin:read) are left out, and an update that changed nothing else is not listed to them.

    """

    additional_properties: dict[
        str,
        list[
            bool
            | float
            | int
            | JsonValueType5
            | list[
                bool
                | float
                | int
                | JsonDepth5Type5
                | list[
                    bool
                    | float
                    | int
                    | JsonDepth4Type5
                    | list[
                        bool
                        | float
                        | int
                        | JsonDepth3Type5
                        | list[
                            bool
                            | float
                            | int
                            | JsonDepth2Type5
                            | list[
                                bool
                                | float
                                | int
                                | JsonDepth1Type5
                                | list[bool | float | int | None | str]
                                | None
                                | str
                            ]
                            | None
                            | str
                        ]
                        | None
                        | str
                    ]
                    | None
                    | str
                ]
                | None
                | str
            ]
            | None
            | str
        ],
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_depth_1_type_5 import JsonDepth1Type5  # noqa: PLC0415
        from ..models.json_depth_2_type_5 import JsonDepth2Type5  # noqa: PLC0415
        from ..models.json_depth_3_type_5 import JsonDepth3Type5  # noqa: PLC0415
        from ..models.json_depth_4_type_5 import JsonDepth4Type5  # noqa: PLC0415
        from ..models.json_depth_5_type_5 import JsonDepth5Type5  # noqa: PLC0415
        from ..models.json_value_type_5 import JsonValueType5  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item: (
                    bool
                    | dict[str, Any]
                    | float
                    | int
                    | list[
                        bool
                        | dict[str, Any]
                        | float
                        | int
                        | list[
                            bool
                            | dict[str, Any]
                            | float
                            | int
                            | list[
                                bool
                                | dict[str, Any]
                                | float
                                | int
                                | list[
                                    bool
                                    | dict[str, Any]
                                    | float
                                    | int
                                    | list[
                                        bool
                                        | dict[str, Any]
                                        | float
                                        | int
                                        | list[bool | float | int | None | str]
                                        | None
                                        | str
                                    ]
                                    | None
                                    | str
                                ]
                                | None
                                | str
                            ]
                            | None
                            | str
                        ]
                        | None
                        | str
                    ]
                    | None
                    | str
                )
                if isinstance(additional_property_item_data, list):
                    additional_property_item = []
                    for componentsschemas_json_value_type_4_item_data in additional_property_item_data:
                        componentsschemas_json_value_type_4_item: (
                            bool
                            | dict[str, Any]
                            | float
                            | int
                            | list[
                                bool
                                | dict[str, Any]
                                | float
                                | int
                                | list[
                                    bool
                                    | dict[str, Any]
                                    | float
                                    | int
                                    | list[
                                        bool
                                        | dict[str, Any]
                                        | float
                                        | int
                                        | list[
                                            bool
                                            | dict[str, Any]
                                            | float
                                            | int
                                            | list[bool | float | int | None | str]
                                            | None
                                            | str
                                        ]
                                        | None
                                        | str
                                    ]
                                    | None
                                    | str
                                ]
                                | None
                                | str
                            ]
                            | None
                            | str
                        )
                        if isinstance(componentsschemas_json_value_type_4_item_data, list):
                            componentsschemas_json_value_type_4_item = []
                            for (
                                componentsschemas_json_depth_5_type_4_item_data
                            ) in componentsschemas_json_value_type_4_item_data:
                                componentsschemas_json_depth_5_type_4_item: (
                                    bool
                                    | dict[str, Any]
                                    | float
                                    | int
                                    | list[
                                        bool
                                        | dict[str, Any]
                                        | float
                                        | int
                                        | list[
                                            bool
                                            | dict[str, Any]
                                            | float
                                            | int
                                            | list[
                                                bool
                                                | dict[str, Any]
                                                | float
                                                | int
                                                | list[bool | float | int | None | str]
                                                | None
                                                | str
                                            ]
                                            | None
                                            | str
                                        ]
                                        | None
                                        | str
                                    ]
                                    | None
                                    | str
                                )
                                if isinstance(componentsschemas_json_depth_5_type_4_item_data, list):
                                    componentsschemas_json_depth_5_type_4_item = []
                                    for (
                                        componentsschemas_json_depth_4_type_4_item_data
                                    ) in componentsschemas_json_depth_5_type_4_item_data:
                                        componentsschemas_json_depth_4_type_4_item: (
                                            bool
                                            | dict[str, Any]
                                            | float
                                            | int
                                            | list[
                                                bool
                                                | dict[str, Any]
                                                | float
                                                | int
                                                | list[
                                                    bool
                                                    | dict[str, Any]
                                                    | float
                                                    | int
                                                    | list[bool | float | int | None | str]
                                                    | None
                                                    | str
                                                ]
                                                | None
                                                | str
                                            ]
                                            | None
                                            | str
                                        )
                                        if isinstance(componentsschemas_json_depth_4_type_4_item_data, list):
                                            componentsschemas_json_depth_4_type_4_item = []
                                            for (
                                                componentsschemas_json_depth_3_type_4_item_data
                                            ) in componentsschemas_json_depth_4_type_4_item_data:
                                                componentsschemas_json_depth_3_type_4_item: (
                                                    bool
                                                    | dict[str, Any]
                                                    | float
                                                    | int
                                                    | list[
                                                        bool
                                                        | dict[str, Any]
                                                        | float
                                                        | int
                                                        | list[bool | float | int | None | str]
                                                        | None
                                                        | str
                                                    ]
                                                    | None
                                                    | str
                                                )
                                                if isinstance(componentsschemas_json_depth_3_type_4_item_data, list):
                                                    componentsschemas_json_depth_3_type_4_item = []
                                                    for (
                                                        componentsschemas_json_depth_2_type_4_item_data
                                                    ) in componentsschemas_json_depth_3_type_4_item_data:
                                                        componentsschemas_json_depth_2_type_4_item: (
                                                            bool
                                                            | dict[str, Any]
                                                            | float
                                                            | int
                                                            | list[bool | float | int | None | str]
                                                            | None
                                                            | str
                                                        )
                                                        if isinstance(
                                                            componentsschemas_json_depth_2_type_4_item_data, list
                                                        ):
                                                            componentsschemas_json_depth_2_type_4_item = []
                                                            for (
                                                                componentsschemas_json_depth_1_type_4_item_data
                                                            ) in componentsschemas_json_depth_2_type_4_item_data:
                                                                componentsschemas_json_depth_1_type_4_item: (
                                                                    bool | float | int | None | str
                                                                )
                                                                componentsschemas_json_depth_1_type_4_item = (
                                                                    componentsschemas_json_depth_1_type_4_item_data
                                                                )
                                                                componentsschemas_json_depth_2_type_4_item.append(
                                                                    componentsschemas_json_depth_1_type_4_item
                                                                )

                                                        elif isinstance(
                                                            componentsschemas_json_depth_2_type_4_item_data,
                                                            JsonDepth1Type5,
                                                        ):
                                                            componentsschemas_json_depth_2_type_4_item = componentsschemas_json_depth_2_type_4_item_data.to_dict()
                                                        else:
                                                            componentsschemas_json_depth_2_type_4_item = (
                                                                componentsschemas_json_depth_2_type_4_item_data
                                                            )
                                                        componentsschemas_json_depth_3_type_4_item.append(
                                                            componentsschemas_json_depth_2_type_4_item
                                                        )

                                                elif isinstance(
                                                    componentsschemas_json_depth_3_type_4_item_data, JsonDepth2Type5
                                                ):
                                                    componentsschemas_json_depth_3_type_4_item = (
                                                        componentsschemas_json_depth_3_type_4_item_data.to_dict()
                                                    )
                                                else:
                                                    componentsschemas_json_depth_3_type_4_item = (
                                                        componentsschemas_json_depth_3_type_4_item_data
                                                    )
                                                componentsschemas_json_depth_4_type_4_item.append(
                                                    componentsschemas_json_depth_3_type_4_item
                                                )

                                        elif isinstance(
                                            componentsschemas_json_depth_4_type_4_item_data, JsonDepth3Type5
                                        ):
                                            componentsschemas_json_depth_4_type_4_item = (
                                                componentsschemas_json_depth_4_type_4_item_data.to_dict()
                                            )
                                        else:
                                            componentsschemas_json_depth_4_type_4_item = (
                                                componentsschemas_json_depth_4_type_4_item_data
                                            )
                                        componentsschemas_json_depth_5_type_4_item.append(
                                            componentsschemas_json_depth_4_type_4_item
                                        )

                                elif isinstance(componentsschemas_json_depth_5_type_4_item_data, JsonDepth4Type5):
                                    componentsschemas_json_depth_5_type_4_item = (
                                        componentsschemas_json_depth_5_type_4_item_data.to_dict()
                                    )
                                else:
                                    componentsschemas_json_depth_5_type_4_item = (
                                        componentsschemas_json_depth_5_type_4_item_data
                                    )
                                componentsschemas_json_value_type_4_item.append(
                                    componentsschemas_json_depth_5_type_4_item
                                )

                        elif isinstance(componentsschemas_json_value_type_4_item_data, JsonDepth5Type5):
                            componentsschemas_json_value_type_4_item = (
                                componentsschemas_json_value_type_4_item_data.to_dict()
                            )
                        else:
                            componentsschemas_json_value_type_4_item = componentsschemas_json_value_type_4_item_data
                        additional_property_item.append(componentsschemas_json_value_type_4_item)

                elif isinstance(additional_property_item_data, JsonValueType5):
                    additional_property_item = additional_property_item_data.to_dict()
                else:
                    additional_property_item = additional_property_item_data
                field_dict[prop_name].append(additional_property_item)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_depth_1_type_5 import JsonDepth1Type5  # noqa: PLC0415
        from ..models.json_depth_2_type_5 import JsonDepth2Type5  # noqa: PLC0415
        from ..models.json_depth_3_type_5 import JsonDepth3Type5  # noqa: PLC0415
        from ..models.json_depth_4_type_5 import JsonDepth4Type5  # noqa: PLC0415
        from ..models.json_depth_5_type_5 import JsonDepth5Type5  # noqa: PLC0415
        from ..models.json_value_type_5 import JsonValueType5  # noqa: PLC0415

        d = dict(src_dict)
        audit_event_out_changes = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = []
            _additional_property = prop_dict
            for additional_property_item_data in _additional_property:

                def _parse_additional_property_item(
                    data: object,
                ) -> (
                    bool
                    | float
                    | int
                    | JsonValueType5
                    | list[
                        bool
                        | float
                        | int
                        | JsonDepth5Type5
                        | list[
                            bool
                            | float
                            | int
                            | JsonDepth4Type5
                            | list[
                                bool
                                | float
                                | int
                                | JsonDepth3Type5
                                | list[
                                    bool
                                    | float
                                    | int
                                    | JsonDepth2Type5
                                    | list[
                                        bool
                                        | float
                                        | int
                                        | JsonDepth1Type5
                                        | list[bool | float | int | None | str]
                                        | None
                                        | str
                                    ]
                                    | None
                                    | str
                                ]
                                | None
                                | str
                            ]
                            | None
                            | str
                        ]
                        | None
                        | str
                    ]
                    | None
                    | str
                ):
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        componentsschemas_json_value_type_4 = []
                        _componentsschemas_json_value_type_4 = data
                        for componentsschemas_json_value_type_4_item_data in _componentsschemas_json_value_type_4:

                            def _parse_componentsschemas_json_value_type_4_item(
                                data: object,
                            ) -> (
                                bool
                                | float
                                | int
                                | JsonDepth5Type5
                                | list[
                                    bool
                                    | float
                                    | int
                                    | JsonDepth4Type5
                                    | list[
                                        bool
                                        | float
                                        | int
                                        | JsonDepth3Type5
                                        | list[
                                            bool
                                            | float
                                            | int
                                            | JsonDepth2Type5
                                            | list[
                                                bool
                                                | float
                                                | int
                                                | JsonDepth1Type5
                                                | list[bool | float | int | None | str]
                                                | None
                                                | str
                                            ]
                                            | None
                                            | str
                                        ]
                                        | None
                                        | str
                                    ]
                                    | None
                                    | str
                                ]
                                | None
                                | str
                            ):
                                if data is None:
                                    return data
                                try:
                                    if not isinstance(data, list):
                                        raise TypeError()
                                    componentsschemas_json_depth_5_type_4 = []
                                    _componentsschemas_json_depth_5_type_4 = data
                                    for (
                                        componentsschemas_json_depth_5_type_4_item_data
                                    ) in _componentsschemas_json_depth_5_type_4:

                                        def _parse_componentsschemas_json_depth_5_type_4_item(
                                            data: object,
                                        ) -> (
                                            bool
                                            | float
                                            | int
                                            | JsonDepth4Type5
                                            | list[
                                                bool
                                                | float
                                                | int
                                                | JsonDepth3Type5
                                                | list[
                                                    bool
                                                    | float
                                                    | int
                                                    | JsonDepth2Type5
                                                    | list[
                                                        bool
                                                        | float
                                                        | int
                                                        | JsonDepth1Type5
                                                        | list[bool | float | int | None | str]
                                                        | None
                                                        | str
                                                    ]
                                                    | None
                                                    | str
                                                ]
                                                | None
                                                | str
                                            ]
                                            | None
                                            | str
                                        ):
                                            if data is None:
                                                return data
                                            try:
                                                if not isinstance(data, list):
                                                    raise TypeError()
                                                componentsschemas_json_depth_4_type_4 = []
                                                _componentsschemas_json_depth_4_type_4 = data
                                                for (
                                                    componentsschemas_json_depth_4_type_4_item_data
                                                ) in _componentsschemas_json_depth_4_type_4:

                                                    def _parse_componentsschemas_json_depth_4_type_4_item(
                                                        data: object,
                                                    ) -> (
                                                        bool
                                                        | float
                                                        | int
                                                        | JsonDepth3Type5
                                                        | list[
                                                            bool
                                                            | float
                                                            | int
                                                            | JsonDepth2Type5
                                                            | list[
                                                                bool
                                                                | float
                                                                | int
                                                                | JsonDepth1Type5
                                                                | list[bool | float | int | None | str]
                                                                | None
                                                                | str
                                                            ]
                                                            | None
                                                            | str
                                                        ]
                                                        | None
                                                        | str
                                                    ):
                                                        if data is None:
                                                            return data
                                                        try:
                                                            if not isinstance(data, list):
                                                                raise TypeError()
                                                            componentsschemas_json_depth_3_type_4 = []
                                                            _componentsschemas_json_depth_3_type_4 = data
                                                            for (
                                                                componentsschemas_json_depth_3_type_4_item_data
                                                            ) in _componentsschemas_json_depth_3_type_4:

                                                                def _parse_componentsschemas_json_depth_3_type_4_item(
                                                                    data: object,
                                                                ) -> (
                                                                    bool
                                                                    | float
                                                                    | int
                                                                    | JsonDepth2Type5
                                                                    | list[
                                                                        bool
                                                                        | float
                                                                        | int
                                                                        | JsonDepth1Type5
                                                                        | list[bool | float | int | None | str]
                                                                        | None
                                                                        | str
                                                                    ]
                                                                    | None
                                                                    | str
                                                                ):
                                                                    if data is None:
                                                                        return data
                                                                    try:
                                                                        if not isinstance(data, list):
                                                                            raise TypeError()
                                                                        componentsschemas_json_depth_2_type_4 = []
                                                                        _componentsschemas_json_depth_2_type_4 = data
                                                                        for componentsschemas_json_depth_2_type_4_item_data in _componentsschemas_json_depth_2_type_4:

                                                                            def _parse_componentsschemas_json_depth_2_type_4_item(
                                                                                data: object,
                                                                            ) -> (
                                                                                bool
                                                                                | float
                                                                                | int
                                                                                | JsonDepth1Type5
                                                                                | list[bool | float | int | None | str]
                                                                                | None
                                                                                | str
                                                                            ):
                                                                                if data is None:
                                                                                    return data
                                                                                try:
                                                                                    if not isinstance(data, list):
                                                                                        raise TypeError()
                                                                                    componentsschemas_json_depth_1_type_4 = []
                                                                                    _componentsschemas_json_depth_1_type_4 = data
                                                                                    for componentsschemas_json_depth_1_type_4_item_data in _componentsschemas_json_depth_1_type_4:

                                                                                        def _parse_componentsschemas_json_depth_1_type_4_item(
                                                                                            data: object,
                                                                                        ) -> (
                                                                                            bool
                                                                                            | float
                                                                                            | int
                                                                                            | None
                                                                                            | str
                                                                                        ):
                                                                                            if data is None:
                                                                                                return data
                                                                                            return cast(
                                                                                                bool
                                                                                                | float
                                                                                                | int
                                                                                                | None
                                                                                                | str,
                                                                                                data,
                                                                                            )

                                                                                        componentsschemas_json_depth_1_type_4_item = _parse_componentsschemas_json_depth_1_type_4_item(
                                                                                            componentsschemas_json_depth_1_type_4_item_data
                                                                                        )

                                                                                        componentsschemas_json_depth_1_type_4.append(
                                                                                            componentsschemas_json_depth_1_type_4_item
                                                                                        )

                                                                                    return componentsschemas_json_depth_1_type_4
                                                                                except (
                                                                                    TypeError,
                                                                                    ValueError,
                                                                                    AttributeError,
                                                                                    KeyError,
                                                                                ):
                                                                                    pass
                                                                                try:
                                                                                    if not isinstance(data, dict):
                                                                                        raise TypeError()
                                                                                    componentsschemas_json_depth_1_type_5 = JsonDepth1Type5.from_dict(
                                                                                        data
                                                                                    )

                                                                                    return componentsschemas_json_depth_1_type_5
                                                                                except (
                                                                                    TypeError,
                                                                                    ValueError,
                                                                                    AttributeError,
                                                                                    KeyError,
                                                                                ):
                                                                                    pass
                                                                                return cast(
                                                                                    bool
                                                                                    | float
                                                                                    | int
                                                                                    | JsonDepth1Type5
                                                                                    | list[
                                                                                        bool | float | int | None | str
                                                                                    ]
                                                                                    | None
                                                                                    | str,
                                                                                    data,
                                                                                )

                                                                            componentsschemas_json_depth_2_type_4_item = _parse_componentsschemas_json_depth_2_type_4_item(
                                                                                componentsschemas_json_depth_2_type_4_item_data
                                                                            )

                                                                            componentsschemas_json_depth_2_type_4.append(
                                                                                componentsschemas_json_depth_2_type_4_item
                                                                            )

                                                                        return componentsschemas_json_depth_2_type_4
                                                                    except (
                                                                        TypeError,
                                                                        ValueError,
                                                                        AttributeError,
                                                                        KeyError,
                                                                    ):
                                                                        pass
                                                                    try:
                                                                        if not isinstance(data, dict):
                                                                            raise TypeError()
                                                                        componentsschemas_json_depth_2_type_5 = (
                                                                            JsonDepth2Type5.from_dict(data)
                                                                        )

                                                                        return componentsschemas_json_depth_2_type_5
                                                                    except (
                                                                        TypeError,
                                                                        ValueError,
                                                                        AttributeError,
                                                                        KeyError,
                                                                    ):
                                                                        pass
                                                                    return cast(
                                                                        bool
                                                                        | float
                                                                        | int
                                                                        | JsonDepth2Type5
                                                                        | list[
                                                                            bool
                                                                            | float
                                                                            | int
                                                                            | JsonDepth1Type5
                                                                            | list[bool | float | int | None | str]
                                                                            | None
                                                                            | str
                                                                        ]
                                                                        | None
                                                                        | str,
                                                                        data,
                                                                    )

                                                                componentsschemas_json_depth_3_type_4_item = (
                                                                    _parse_componentsschemas_json_depth_3_type_4_item(
                                                                        componentsschemas_json_depth_3_type_4_item_data
                                                                    )
                                                                )

                                                                componentsschemas_json_depth_3_type_4.append(
                                                                    componentsschemas_json_depth_3_type_4_item
                                                                )

                                                            return componentsschemas_json_depth_3_type_4
                                                        except (TypeError, ValueError, AttributeError, KeyError):
                                                            pass
                                                        try:
                                                            if not isinstance(data, dict):
                                                                raise TypeError()
                                                            componentsschemas_json_depth_3_type_5 = (
                                                                JsonDepth3Type5.from_dict(data)
                                                            )

                                                            return componentsschemas_json_depth_3_type_5
                                                        except (TypeError, ValueError, AttributeError, KeyError):
                                                            pass
                                                        return cast(
                                                            bool
                                                            | float
                                                            | int
                                                            | JsonDepth3Type5
                                                            | list[
                                                                bool
                                                                | float
                                                                | int
                                                                | JsonDepth2Type5
                                                                | list[
                                                                    bool
                                                                    | float
                                                                    | int
                                                                    | JsonDepth1Type5
                                                                    | list[bool | float | int | None | str]
                                                                    | None
                                                                    | str
                                                                ]
                                                                | None
                                                                | str
                                                            ]
                                                            | None
                                                            | str,
                                                            data,
                                                        )

                                                    componentsschemas_json_depth_4_type_4_item = (
                                                        _parse_componentsschemas_json_depth_4_type_4_item(
                                                            componentsschemas_json_depth_4_type_4_item_data
                                                        )
                                                    )

                                                    componentsschemas_json_depth_4_type_4.append(
                                                        componentsschemas_json_depth_4_type_4_item
                                                    )

                                                return componentsschemas_json_depth_4_type_4
                                            except (TypeError, ValueError, AttributeError, KeyError):
                                                pass
                                            try:
                                                if not isinstance(data, dict):
                                                    raise TypeError()
                                                componentsschemas_json_depth_4_type_5 = JsonDepth4Type5.from_dict(data)

                                                return componentsschemas_json_depth_4_type_5
                                            except (TypeError, ValueError, AttributeError, KeyError):
                                                pass
                                            return cast(
                                                bool
                                                | float
                                                | int
                                                | JsonDepth4Type5
                                                | list[
                                                    bool
                                                    | float
                                                    | int
                                                    | JsonDepth3Type5
                                                    | list[
                                                        bool
                                                        | float
                                                        | int
                                                        | JsonDepth2Type5
                                                        | list[
                                                            bool
                                                            | float
                                                            | int
                                                            | JsonDepth1Type5
                                                            | list[bool | float | int | None | str]
                                                            | None
                                                            | str
                                                        ]
                                                        | None
                                                        | str
                                                    ]
                                                    | None
                                                    | str
                                                ]
                                                | None
                                                | str,
                                                data,
                                            )

                                        componentsschemas_json_depth_5_type_4_item = (
                                            _parse_componentsschemas_json_depth_5_type_4_item(
                                                componentsschemas_json_depth_5_type_4_item_data
                                            )
                                        )

                                        componentsschemas_json_depth_5_type_4.append(
                                            componentsschemas_json_depth_5_type_4_item
                                        )

                                    return componentsschemas_json_depth_5_type_4
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                                try:
                                    if not isinstance(data, dict):
                                        raise TypeError()
                                    componentsschemas_json_depth_5_type_5 = JsonDepth5Type5.from_dict(data)

                                    return componentsschemas_json_depth_5_type_5
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                                return cast(
                                    bool
                                    | float
                                    | int
                                    | JsonDepth5Type5
                                    | list[
                                        bool
                                        | float
                                        | int
                                        | JsonDepth4Type5
                                        | list[
                                            bool
                                            | float
                                            | int
                                            | JsonDepth3Type5
                                            | list[
                                                bool
                                                | float
                                                | int
                                                | JsonDepth2Type5
                                                | list[
                                                    bool
                                                    | float
                                                    | int
                                                    | JsonDepth1Type5
                                                    | list[bool | float | int | None | str]
                                                    | None
                                                    | str
                                                ]
                                                | None
                                                | str
                                            ]
                                            | None
                                            | str
                                        ]
                                        | None
                                        | str
                                    ]
                                    | None
                                    | str,
                                    data,
                                )

                            componentsschemas_json_value_type_4_item = _parse_componentsschemas_json_value_type_4_item(
                                componentsschemas_json_value_type_4_item_data
                            )

                            componentsschemas_json_value_type_4.append(componentsschemas_json_value_type_4_item)

                        return componentsschemas_json_value_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_json_value_type_5 = JsonValueType5.from_dict(data)

                        return componentsschemas_json_value_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(
                        bool
                        | float
                        | int
                        | JsonValueType5
                        | list[
                            bool
                            | float
                            | int
                            | JsonDepth5Type5
                            | list[
                                bool
                                | float
                                | int
                                | JsonDepth4Type5
                                | list[
                                    bool
                                    | float
                                    | int
                                    | JsonDepth3Type5
                                    | list[
                                        bool
                                        | float
                                        | int
                                        | JsonDepth2Type5
                                        | list[
                                            bool
                                            | float
                                            | int
                                            | JsonDepth1Type5
                                            | list[bool | float | int | None | str]
                                            | None
                                            | str
                                        ]
                                        | None
                                        | str
                                    ]
                                    | None
                                    | str
                                ]
                                | None
                                | str
                            ]
                            | None
                            | str
                        ]
                        | None
                        | str,
                        data,
                    )

                additional_property_item = _parse_additional_property_item(additional_property_item_data)

                additional_property.append(additional_property_item)

            additional_properties[prop_name] = additional_property

        audit_event_out_changes.additional_properties = additional_properties
        return audit_event_out_changes

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> list[
        bool
        | float
        | int
        | JsonValueType5
        | list[
            bool
            | float
            | int
            | JsonDepth5Type5
            | list[
                bool
                | float
                | int
                | JsonDepth4Type5
                | list[
                    bool
                    | float
                    | int
                    | JsonDepth3Type5
                    | list[
                        bool
                        | float
                        | int
                        | JsonDepth2Type5
                        | list[
                            bool | float | int | JsonDepth1Type5 | list[bool | float | int | None | str] | None | str
                        ]
                        | None
                        | str
                    ]
                    | None
                    | str
                ]
                | None
                | str
            ]
            | None
            | str
        ]
        | None
        | str
    ]:
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: list[
            bool
            | float
            | int
            | JsonValueType5
            | list[
                bool
                | float
                | int
                | JsonDepth5Type5
                | list[
                    bool
                    | float
                    | int
                    | JsonDepth4Type5
                    | list[
                        bool
                        | float
                        | int
                        | JsonDepth3Type5
                        | list[
                            bool
                            | float
                            | int
                            | JsonDepth2Type5
                            | list[
                                bool
                                | float
                                | int
                                | JsonDepth1Type5
                                | list[bool | float | int | None | str]
                                | None
                                | str
                            ]
                            | None
                            | str
                        ]
                        | None
                        | str
                    ]
                    | None
                    | str
                ]
                | None
                | str
            ]
            | None
            | str
        ],
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
