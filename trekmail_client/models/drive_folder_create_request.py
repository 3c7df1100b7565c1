from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="DriveFolderCreateRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class DriveFolderCreateRequest:
    """Create a folder.

    Attributes:
        name (str): Folder name.
        parent_id (int | None | Unset): Parent folder id; null (or omitted) creates the folder
            at the root. The official client always sends it.
        color (str | Unset): Colour `#RRGGBB`. Example: #1A73E8.
        is_shared (bool | Unset): Create it as a shared folder (only at the root: `parent_id`
            null).

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    name: str
    parent_id: int | None | Unset = UNSET
    color: str | Unset = UNSET
    is_shared: bool | Unset = UNSET
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
        try:
            parent_id: int | None | Unset
            if isinstance(self.parent_id, Unset):
                parent_id = UNSET
            else:
                parent_id = self.parent_id
        except _parsing.PARSE_ERRORS:
            parent_id = self.parent_id
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        color = self.color
        if color is not UNSET:
            field_dict["color"] = color
        is_shared = self.is_shared
        if is_shared is not UNSET:
            field_dict["is_shared"] = is_shared
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

        _raw = d.pop("parent_id", UNSET)
        parent_id = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            parent_id = _parsing.field_mismatch(cls, "parent_id", "int | None", _raw)

        _raw = d.pop("color", UNSET)
        color = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            color = _parsing.field_mismatch(cls, "color", "str", _raw)

        _raw = d.pop("is_shared", UNSET)
        is_shared = _raw
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            is_shared = _parsing.field_mismatch(cls, "is_shared", "bool", _raw)

        instance = cls(
            name=name,
            parent_id=parent_id,
            color=color,
            is_shared=is_shared,
        )
        instance._raw_json = src_dict
        return instance
