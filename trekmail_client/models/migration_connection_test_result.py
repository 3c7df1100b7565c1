from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="MigrationConnectionTestResult")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class MigrationConnectionTestResult:
    """Result of a source connection test (README shape).

    Attributes:
        success (bool | None | Unset): The source accepted the login.
        folders (MigrationConnectionTestResultFoldersType0 | None | Unset): Message count per
            source folder name.
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    success: bool | None | Unset = UNSET
    folders: MigrationConnectionTestResultFoldersType0 | None | Unset = UNSET
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
            success: bool | None | Unset
            if isinstance(self.success, Unset):
                success = UNSET
            else:
                success = self.success
        except _parsing.PARSE_ERRORS:
            success = self.success
        if success is not UNSET:
            field_dict["success"] = success
        try:
            folders: dict[str, Any] | None | Unset
            if isinstance(self.folders, Unset):
                folders = UNSET
            elif isinstance(self.folders, MigrationConnectionTestResultFoldersType0):
                folders = self.folders.to_dict()
            else:
                folders = self.folders
        except _parsing.PARSE_ERRORS:
            folders = self.folders
        if folders is not UNSET:
            field_dict["folders"] = folders
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
        _raw = d.pop("success", UNSET)
        success = _raw
        if _raw is not UNSET and (not isinstance(_raw, (bool, _NoneType))):
            success = _parsing.field_mismatch(cls, "success", "bool | None", _raw)

        _raw = d.pop("folders", UNSET)
        try:

            def _parse_folders(
                data: object,
            ) -> MigrationConnectionTestResultFoldersType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    folders_type_0 = (
                        MigrationConnectionTestResultFoldersType0.from_dict(data)
                    )

                    return folders_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    MigrationConnectionTestResultFoldersType0 | None | Unset, data
                )

            folders = _parse_folders(_raw)

        except _parsing.PARSE_ERRORS as exc:
            folders = _parsing.field_mismatch(
                cls,
                "folders",
                "MigrationConnectionTestResultFoldersType0 | None",
                _raw,
                exc,
            )
        if folders is _raw and _raw is not UNSET and not isinstance(_raw, (_NoneType,)):
            folders = _parsing.field_mismatch(
                cls, "folders", "MigrationConnectionTestResultFoldersType0 | None", _raw
            )

        instance = cls(
            success=success,
            folders=folders,
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


# The models this one refers to, imported once the class above exists (they may refer back to
# it): a global looked up per read, not an import statement run in every from_dict (about
# 12,000 instructions each; issue 12).
from ..models.migration_connection_test_result_folders_type_0 import (
    MigrationConnectionTestResultFoldersType0,
)  # noqa: E402
