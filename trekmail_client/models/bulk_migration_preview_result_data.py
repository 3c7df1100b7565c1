from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="BulkMigrationPreviewResultData")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class BulkMigrationPreviewResultData:
    """Row counts.

    Attributes:
        valid (int | None | Unset): Valid rows (one job each on start).
        invalid (int | None | Unset): Invalid rows.
        warnings (int | None | Unset): Rows with warnings.
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    valid: int | None | Unset = UNSET
    invalid: int | None | Unset = UNSET
    warnings: int | None | Unset = UNSET
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
            valid: int | None | Unset
            if isinstance(self.valid, Unset):
                valid = UNSET
            else:
                valid = self.valid
        except _parsing.PARSE_ERRORS:
            valid = self.valid
        if valid is not UNSET:
            field_dict["valid"] = valid
        try:
            invalid: int | None | Unset
            if isinstance(self.invalid, Unset):
                invalid = UNSET
            else:
                invalid = self.invalid
        except _parsing.PARSE_ERRORS:
            invalid = self.invalid
        if invalid is not UNSET:
            field_dict["invalid"] = invalid
        try:
            warnings: int | None | Unset
            if isinstance(self.warnings, Unset):
                warnings = UNSET
            else:
                warnings = self.warnings
        except _parsing.PARSE_ERRORS:
            warnings = self.warnings
        if warnings is not UNSET:
            field_dict["warnings"] = warnings
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
        _raw = d.pop("valid", UNSET)
        valid = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            valid = _parsing.field_mismatch(cls, "valid", "int | None", _raw)

        _raw = d.pop("invalid", UNSET)
        invalid = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            invalid = _parsing.field_mismatch(cls, "invalid", "int | None", _raw)

        _raw = d.pop("warnings", UNSET)
        warnings = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            warnings = _parsing.field_mismatch(cls, "warnings", "int | None", _raw)

        instance = cls(
            valid=valid,
            invalid=invalid,
            warnings=warnings,
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
