from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="ForwardingUpdateRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class ForwardingUpdateRequest:
    """Replace the forwarding settings. Over the plan cap: 422 `limit_exceeded`.

    Attributes:
        enabled (bool): Turn forwarding on or off.
        targets (list[str] | Unset): Destinations (at least one when enabled; plan caps: Starter
            5, Pro 15, Agency 30).
        keep_copy (bool | Unset): Keep a copy in the mailbox. Default: True.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    enabled: bool
    targets: list[str] | Unset = UNSET
    keep_copy: bool | Unset = True
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
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
        keep_copy = self.keep_copy
        if keep_copy is not UNSET:
            field_dict["keep_copy"] = keep_copy
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
        if _raw is UNSET:
            enabled = _parsing.missing_field(cls, "enabled", "bool")
        else:
            enabled = _raw
            if not isinstance(_raw, bool):
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
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            keep_copy = _parsing.field_mismatch(cls, "keep_copy", "bool", _raw)

        instance = cls(
            enabled=enabled,
            targets=targets,
            keep_copy=keep_copy,
        )
        instance._raw_json = src_dict
        return instance
