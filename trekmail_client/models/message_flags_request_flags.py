from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="MessageFlagsRequestFlags")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class MessageFlagsRequestFlags:
    """Flags to set (at least one).

    Attributes:
        seen (bool | Unset): Read (true) or unread (false).
        flagged (bool | Unset): Starred.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    seen: bool | Unset = UNSET
    flagged: bool | Unset = UNSET
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        seen = self.seen
        if seen is not UNSET:
            field_dict["seen"] = seen
        flagged = self.flagged
        if flagged is not UNSET:
            field_dict["flagged"] = flagged
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
        _raw = d.pop("seen", UNSET)
        seen = _raw
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            seen = _parsing.field_mismatch(cls, "seen", "bool", _raw)

        _raw = d.pop("flagged", UNSET)
        flagged = _raw
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            flagged = _parsing.field_mismatch(cls, "flagged", "bool", _raw)

        instance = cls(
            seen=seen,
            flagged=flagged,
        )
        instance._raw_json = src_dict
        return instance
