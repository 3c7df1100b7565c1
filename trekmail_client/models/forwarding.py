from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="Forwarding")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class Forwarding:
    """Forwarding settings of a mailbox.

    Attributes:
        enabled (bool | Unset): Forwarding is on.
        targets (list[str] | Unset): Forwarding destinations.
        keep_copy (bool | None | Unset): Keep a copy in the mailbox.
        destination_limit (int | None | Unset): The plan's cap on destinations (Starter 5, Pro
            15, Agency 30).
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    enabled: bool | Unset = UNSET
    targets: list[str] | Unset = UNSET
    keep_copy: bool | None | Unset = UNSET
    destination_limit: int | None | Unset = UNSET
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
        enabled = self.enabled
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        try:
            targets: list[str] | Unset = UNSET
            if not isinstance(self.targets, Unset):
                targets = self.targets

        except _parsing.PARSE_ERRORS:
            targets = self.targets
        if targets is not UNSET:
            field_dict["targets"] = targets
        try:
            keep_copy: bool | None | Unset
            if isinstance(self.keep_copy, Unset):
                keep_copy = UNSET
            else:
                keep_copy = self.keep_copy
        except _parsing.PARSE_ERRORS:
            keep_copy = self.keep_copy
        if keep_copy is not UNSET:
            field_dict["keep_copy"] = keep_copy
        try:
            destination_limit: int | None | Unset
            if isinstance(self.destination_limit, Unset):
                destination_limit = UNSET
            else:
                destination_limit = self.destination_limit
        except _parsing.PARSE_ERRORS:
            destination_limit = self.destination_limit
        if destination_limit is not UNSET:
            field_dict["destination_limit"] = destination_limit
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
        _raw = d.pop("enabled", UNSET)
        enabled = _raw
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            enabled = _parsing.field_mismatch(cls, "enabled", "bool", _raw)

        _raw = d.pop("targets", UNSET)
        if _raw is not UNSET and not isinstance(_raw, list):
            targets = _parsing.field_mismatch(cls, "targets", "list[str]", _raw)
        else:
            try:
                targets = cast(list[str], _raw)

            except _parsing.PARSE_ERRORS as exc:
                targets = _parsing.field_mismatch(
                    cls, "targets", "list[str]", _raw, exc
                )

        _raw = d.pop("keep_copy", UNSET)
        keep_copy = _raw
        if _raw is not UNSET and (not isinstance(_raw, (bool, _NoneType))):
            keep_copy = _parsing.field_mismatch(cls, "keep_copy", "bool | None", _raw)

        _raw = d.pop("destination_limit", UNSET)
        destination_limit = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            destination_limit = _parsing.field_mismatch(
                cls, "destination_limit", "int | None", _raw
            )

        instance = cls(
            enabled=enabled,
            targets=targets,
            keep_copy=keep_copy,
            destination_limit=destination_limit,
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
