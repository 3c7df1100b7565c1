from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="FolderListResponse")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class FolderListResponse:
    """Folders of the mailbox. The wrapper key is not pinned down by the facts; other keys are kept.

    Attributes:
        folders (list[Folder] | Unset): Folders.
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    folders: list[Folder] | Unset = UNSET
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
            folders: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.folders, Unset):
                folders = []
                for folders_item_data in self.folders:
                    folders_item = folders_item_data.to_dict()
                    folders.append(folders_item)

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
        _raw = d.pop("folders", UNSET)
        if _raw is not UNSET and not isinstance(_raw, list):
            folders = _parsing.field_mismatch(cls, "folders", "list[Folder]", _raw)
        else:
            try:
                _folders = _raw
                folders: list[Folder] | Unset = UNSET
                if _folders is not UNSET:
                    folders = []
                    for folders_item_data in _folders:
                        folders_item = Folder.from_dict(folders_item_data)

                        folders.append(folders_item)

            except _parsing.PARSE_ERRORS as exc:
                folders = _parsing.field_mismatch(
                    cls, "folders", "list[Folder]", _raw, exc
                )

        instance = cls(
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
from ..models.folder import Folder  # noqa: E402
