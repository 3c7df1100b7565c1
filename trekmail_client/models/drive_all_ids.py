from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="DriveAllIds")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class DriveAllIds:
    """Every folder and file id in a space or folder (at most 5000 ids). Field names from the official
    client's unit-test mocks (not a captured live answer), so every key is optional and nullable;
    other keys are kept.

    Attributes:
        folder_ids (list[int] | None | Unset): Folder ids.
        file_ids (list[int] | None | Unset): File ids.
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    folder_ids: list[int] | None | Unset = UNSET
    file_ids: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=_parsing.redacted_mapping_repr
    )
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        try:
            folder_ids: list[int] | None | Unset
            if isinstance(self.folder_ids, Unset):
                folder_ids = UNSET
            elif isinstance(self.folder_ids, list):
                folder_ids = self.folder_ids

            else:
                folder_ids = self.folder_ids
        except _parsing.PARSE_ERRORS:
            folder_ids = self.folder_ids
        if folder_ids is not UNSET:
            field_dict["folder_ids"] = folder_ids
        try:
            file_ids: list[int] | None | Unset
            if isinstance(self.file_ids, Unset):
                file_ids = UNSET
            elif isinstance(self.file_ids, list):
                file_ids = self.file_ids

            else:
                file_ids = self.file_ids
        except _parsing.PARSE_ERRORS:
            file_ids = self.file_ids
        if file_ids is not UNSET:
            field_dict["file_ids"] = file_ids
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a model from decoded JSON, tolerantly (strict inside a ``strict=True`` call).

        Raises:
            ResponseParseError: only inside a call made by a ``strict=True`` client.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            return _parsing.not_an_object(cls, src_dict)
        d = dict(src_dict)
        _raw = d.pop("folder_ids", UNSET)
        try:

            def _parse_folder_ids(data: object) -> list[int] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    folder_ids_type_0 = cast(list[int], data)

                    return folder_ids_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[int] | None | Unset, data)

            folder_ids = _parse_folder_ids(_raw)

        except _parsing.PARSE_ERRORS as exc:
            folder_ids = _parsing.field_mismatch(
                cls, "folder_ids", "list[int] | None", _raw, exc
            )
        if (
            folder_ids is _raw
            and _raw is not UNSET
            and not isinstance(
                _raw,
                (
                    list,
                    _NoneType,
                ),
            )
        ):
            folder_ids = _parsing.field_mismatch(
                cls, "folder_ids", "list[int] | None", _raw
            )

        _raw = d.pop("file_ids", UNSET)
        try:

            def _parse_file_ids(data: object) -> list[int] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    file_ids_type_0 = cast(list[int], data)

                    return file_ids_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[int] | None | Unset, data)

            file_ids = _parse_file_ids(_raw)

        except _parsing.PARSE_ERRORS as exc:
            file_ids = _parsing.field_mismatch(
                cls, "file_ids", "list[int] | None", _raw, exc
            )
        if (
            file_ids is _raw
            and _raw is not UNSET
            and not isinstance(
                _raw,
                (
                    list,
                    _NoneType,
                ),
            )
        ):
            file_ids = _parsing.field_mismatch(
                cls, "file_ids", "list[int] | None", _raw
            )

        instance = cls(
            folder_ids=folder_ids,
            file_ids=file_ids,
        )
        instance.additional_properties = d
        instance._raw_json = src_dict
        return instance

    @property
    def additional_keys(self) -> list[str]:
        """Names of the fields the contract does not name."""
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
