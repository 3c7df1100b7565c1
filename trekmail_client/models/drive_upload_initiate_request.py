from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="DriveUploadInitiateRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class DriveUploadInitiateRequest:
    """Reserve quota and get presigned upload URL(s) for a new file.

    Attributes:
        name (str): File name.
        size_bytes (int): File size in bytes.
        folder_id (int | None | Unset): Target folder id; null (or omitted) uploads to the root.
            The official client always sends it.
        client_mime (str | Unset): MIME type reported by the client.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    name: str
    size_bytes: int
    folder_id: int | None | Unset = UNSET
    client_mime: str | Unset = UNSET
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        size_bytes = self.size_bytes
        if size_bytes is not UNSET:
            field_dict["size_bytes"] = size_bytes
        try:
            folder_id: int | None | Unset
            if isinstance(self.folder_id, Unset):
                folder_id = UNSET
            else:
                folder_id = self.folder_id
        except _parsing.PARSE_ERRORS:
            folder_id = self.folder_id
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        client_mime = self.client_mime
        if client_mime is not UNSET:
            field_dict["client_mime"] = client_mime
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
        _raw = d.pop("name", UNSET)
        if _raw is UNSET:
            name = _parsing.missing_field(cls, "name", "str")
        else:
            name = _raw
            if not isinstance(_raw, str):
                name = _parsing.field_mismatch(cls, "name", "str", _raw)

        _raw = d.pop("size_bytes", UNSET)
        if _raw is UNSET:
            size_bytes = _parsing.missing_field(cls, "size_bytes", "int")
        else:
            size_bytes = _raw
            if not isinstance(_raw, int) or isinstance(_raw, bool):
                size_bytes = _parsing.field_mismatch(cls, "size_bytes", "int", _raw)

        _raw = d.pop("folder_id", UNSET)
        folder_id = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            folder_id = _parsing.field_mismatch(cls, "folder_id", "int | None", _raw)

        _raw = d.pop("client_mime", UNSET)
        client_mime = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            client_mime = _parsing.field_mismatch(cls, "client_mime", "str", _raw)

        instance = cls(
            name=name,
            size_bytes=size_bytes,
            folder_id=folder_id,
            client_mime=client_mime,
        )
        instance._raw_json = src_dict
        return instance
