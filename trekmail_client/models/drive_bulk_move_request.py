from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="DriveBulkMoveRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class DriveBulkMoveRequest:
    """Move files and folders of one space into a folder; at most 5000 items in all.

    Attributes:
        target_folder_id (int | None): Target folder id; null moves the items to the root.
        file_ids (list[int] | Unset): File ids.
        folder_ids (list[int] | Unset): Folder ids.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    target_folder_id: int | None
    file_ids: list[int] | Unset = UNSET
    folder_ids: list[int] | Unset = UNSET
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        try:
            target_folder_id: int | None
            target_folder_id = self.target_folder_id
        except _parsing.PARSE_ERRORS:
            target_folder_id = self.target_folder_id
        if target_folder_id is not UNSET:
            field_dict["target_folder_id"] = target_folder_id
        try:
            file_ids: list[int] | Unset = UNSET
            if not isinstance(self.file_ids, Unset):
                file_ids = self.file_ids

        except _parsing.PARSE_ERRORS:
            file_ids = self.file_ids
        if file_ids is not UNSET:
            field_dict["file_ids"] = file_ids
        try:
            folder_ids: list[int] | Unset = UNSET
            if not isinstance(self.folder_ids, Unset):
                folder_ids = self.folder_ids

        except _parsing.PARSE_ERRORS:
            folder_ids = self.folder_ids
        if folder_ids is not UNSET:
            field_dict["folder_ids"] = folder_ids
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
        _raw = d.pop("target_folder_id", UNSET)
        if _raw is UNSET:
            target_folder_id = _parsing.missing_field(
                cls, "target_folder_id", "int | None"
            )
        else:
            target_folder_id = _raw
            if not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool):
                target_folder_id = _parsing.field_mismatch(
                    cls, "target_folder_id", "int | None", _raw
                )

        _raw = d.pop("file_ids", UNSET)
        if _raw is not UNSET and not isinstance(_raw, list):
            file_ids = _parsing.field_mismatch(cls, "file_ids", "list[int]", _raw)
        else:
            try:
                file_ids = cast(list[int], _raw)

            except _parsing.PARSE_ERRORS as exc:
                file_ids = _parsing.field_mismatch(
                    cls, "file_ids", "list[int]", _raw, exc
                )

        _raw = d.pop("folder_ids", UNSET)
        if _raw is not UNSET and not isinstance(_raw, list):
            folder_ids = _parsing.field_mismatch(cls, "folder_ids", "list[int]", _raw)
        else:
            try:
                folder_ids = cast(list[int], _raw)

            except _parsing.PARSE_ERRORS as exc:
                folder_ids = _parsing.field_mismatch(
                    cls, "folder_ids", "list[int]", _raw, exc
                )

        instance = cls(
            target_folder_id=target_folder_id,
            file_ids=file_ids,
            folder_ids=folder_ids,
        )
        instance._raw_json = src_dict
        return instance
