from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="DriveBulkResult")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class DriveBulkResult:
    """Counts of a bulk action; each action answers with its own count (`trashed_files`,
    `restored_files`, `moved_files` or `purged_files`). Field names from the official client's unit-
    test mocks (not a captured live answer), so every key is optional and nullable; other keys are
    kept.

    Attributes:
        trashed_files (int | None | Unset): Files moved to the Trash (bulk trash).
        restored_files (int | None | Unset): Files restored (bulk restore).
        moved_files (int | None | Unset): Files moved (bulk move).
        purged_files (int | None | Unset): Files deleted for good (bulk purge; items not in the
            Trash are skipped).
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    trashed_files: int | None | Unset = UNSET
    restored_files: int | None | Unset = UNSET
    moved_files: int | None | Unset = UNSET
    purged_files: int | None | Unset = UNSET
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
            trashed_files: int | None | Unset
            if isinstance(self.trashed_files, Unset):
                trashed_files = UNSET
            else:
                trashed_files = self.trashed_files
        except _parsing.PARSE_ERRORS:
            trashed_files = self.trashed_files
        if trashed_files is not UNSET:
            field_dict["trashed_files"] = trashed_files
        try:
            restored_files: int | None | Unset
            if isinstance(self.restored_files, Unset):
                restored_files = UNSET
            else:
                restored_files = self.restored_files
        except _parsing.PARSE_ERRORS:
            restored_files = self.restored_files
        if restored_files is not UNSET:
            field_dict["restored_files"] = restored_files
        try:
            moved_files: int | None | Unset
            if isinstance(self.moved_files, Unset):
                moved_files = UNSET
            else:
                moved_files = self.moved_files
        except _parsing.PARSE_ERRORS:
            moved_files = self.moved_files
        if moved_files is not UNSET:
            field_dict["moved_files"] = moved_files
        try:
            purged_files: int | None | Unset
            if isinstance(self.purged_files, Unset):
                purged_files = UNSET
            else:
                purged_files = self.purged_files
        except _parsing.PARSE_ERRORS:
            purged_files = self.purged_files
        if purged_files is not UNSET:
            field_dict["purged_files"] = purged_files
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
        _raw = d.pop("trashed_files", UNSET)
        trashed_files = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            trashed_files = _parsing.field_mismatch(
                cls, "trashed_files", "int | None", _raw
            )

        _raw = d.pop("restored_files", UNSET)
        restored_files = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            restored_files = _parsing.field_mismatch(
                cls, "restored_files", "int | None", _raw
            )

        _raw = d.pop("moved_files", UNSET)
        moved_files = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            moved_files = _parsing.field_mismatch(
                cls, "moved_files", "int | None", _raw
            )

        _raw = d.pop("purged_files", UNSET)
        purged_files = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            purged_files = _parsing.field_mismatch(
                cls, "purged_files", "int | None", _raw
            )

        instance = cls(
            trashed_files=trashed_files,
            restored_files=restored_files,
            moved_files=moved_files,
            purged_files=purged_files,
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
