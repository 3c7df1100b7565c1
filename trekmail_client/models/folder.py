from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="Folder")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class Folder:
    """A mail folder. Only `depth` and `has_children` are certain key names; extra keys are kept.

    Attributes:
        name (None | str | Unset): Display name.
        path (None | str | Unset): Raw folder path (use it as `parent` or `{path}`).
        delimiter (None | str | Unset): Hierarchy delimiter.
        parent (None | str | Unset): Raw path of the parent folder.
        depth (int | None | Unset): Nesting depth.
        has_children (bool | None | Unset): Has sub-folders.
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    name: None | str | Unset = UNSET
    path: None | str | Unset = UNSET
    delimiter: None | str | Unset = UNSET
    parent: None | str | Unset = UNSET
    depth: int | None | Unset = UNSET
    has_children: bool | None | Unset = UNSET
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
            name: None | str | Unset
            if isinstance(self.name, Unset):
                name = UNSET
            else:
                name = self.name
        except _parsing.PARSE_ERRORS:
            name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        try:
            path: None | str | Unset
            if isinstance(self.path, Unset):
                path = UNSET
            else:
                path = self.path
        except _parsing.PARSE_ERRORS:
            path = self.path
        if path is not UNSET:
            field_dict["path"] = path
        try:
            delimiter: None | str | Unset
            if isinstance(self.delimiter, Unset):
                delimiter = UNSET
            else:
                delimiter = self.delimiter
        except _parsing.PARSE_ERRORS:
            delimiter = self.delimiter
        if delimiter is not UNSET:
            field_dict["delimiter"] = delimiter
        try:
            parent: None | str | Unset
            if isinstance(self.parent, Unset):
                parent = UNSET
            else:
                parent = self.parent
        except _parsing.PARSE_ERRORS:
            parent = self.parent
        if parent is not UNSET:
            field_dict["parent"] = parent
        try:
            depth: int | None | Unset
            if isinstance(self.depth, Unset):
                depth = UNSET
            else:
                depth = self.depth
        except _parsing.PARSE_ERRORS:
            depth = self.depth
        if depth is not UNSET:
            field_dict["depth"] = depth
        try:
            has_children: bool | None | Unset
            if isinstance(self.has_children, Unset):
                has_children = UNSET
            else:
                has_children = self.has_children
        except _parsing.PARSE_ERRORS:
            has_children = self.has_children
        if has_children is not UNSET:
            field_dict["has_children"] = has_children
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
        name = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            name = _parsing.field_mismatch(cls, "name", "None | str", _raw)

        _raw = d.pop("path", UNSET)
        path = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            path = _parsing.field_mismatch(cls, "path", "None | str", _raw)

        _raw = d.pop("delimiter", UNSET)
        delimiter = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            delimiter = _parsing.field_mismatch(cls, "delimiter", "None | str", _raw)

        _raw = d.pop("parent", UNSET)
        parent = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            parent = _parsing.field_mismatch(cls, "parent", "None | str", _raw)

        _raw = d.pop("depth", UNSET)
        depth = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            depth = _parsing.field_mismatch(cls, "depth", "int | None", _raw)

        _raw = d.pop("has_children", UNSET)
        has_children = _raw
        if _raw is not UNSET and (not isinstance(_raw, (bool, _NoneType))):
            has_children = _parsing.field_mismatch(
                cls, "has_children", "bool | None", _raw
            )

        instance = cls(
            name=name,
            path=path,
            delimiter=delimiter,
            parent=parent,
            depth=depth,
            has_children=has_children,
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
