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


T = TypeVar("T", bound="ChangeDataType0")


@_attrs_define
class ChangeDataType0:
    additional_properties: dict[
        str,
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
        | str,
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
            if isinstance(prop, list):
                field_dict[prop_name] = []
                for componentsschemas_json_value_type_4_item_data in prop:
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
                                                        componentsschemas_json_depth_2_type_4_item_data, JsonDepth1Type5
                                                    ):
                                                        componentsschemas_json_depth_2_type_4_item = (
                                                            componentsschemas_json_depth_2_type_4_item_data.to_dict()
                                                        )
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

                                    elif isinstance(componentsschemas_json_depth_4_type_4_item_data, JsonDepth3Type5):
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
                            componentsschemas_json_value_type_4_item.append(componentsschemas_json_depth_5_type_4_item)

                    elif isinstance(componentsschemas_json_value_type_4_item_data, JsonDepth5Type5):
                        componentsschemas_json_value_type_4_item = (
                            componentsschemas_json_value_type_4_item_data.to_dict()
                        )
                    else:
                        componentsschemas_json_value_type_4_item = componentsschemas_json_value_type_4_item_data
                    field_dict[prop_name].append(componentsschemas_json_value_type_4_item)

            elif isinstance(prop, JsonValueType5):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

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
        change_data_type_0 = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
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
                                                                    for (
                                                                        componentsschemas_json_depth_2_type_4_item_data
                                                                    ) in _componentsschemas_json_depth_2_type_4:

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
                                                                                        bool | float | int | None | str
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
                                                                                | list[bool | float | int | None | str]
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

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        change_data_type_0.additional_properties = additional_properties
        return change_data_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
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
    ):
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: bool
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
        | str,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
