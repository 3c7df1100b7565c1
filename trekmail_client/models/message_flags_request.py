from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="MessageFlagsRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class MessageFlagsRequest:
    """Set read/starred flags.

    Attributes:
        flags (MessageFlagsRequestFlags): Flags to set (at least one).
        folder (str | Unset): Folder (default INBOX).
        external_account_id (int | Unset): Connected external account.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    flags: MessageFlagsRequestFlags
    folder: str | Unset = UNSET
    external_account_id: int | Unset = UNSET
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        try:
            flags = self.flags.to_dict()
        except _parsing.PARSE_ERRORS:
            flags = self.flags
        if flags is not UNSET:
            field_dict["flags"] = flags
        folder = self.folder
        if folder is not UNSET:
            field_dict["folder"] = folder
        external_account_id = self.external_account_id
        if external_account_id is not UNSET:
            field_dict["external_account_id"] = external_account_id
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
        _raw = d.pop("flags", UNSET)
        if _raw is UNSET:
            flags = _parsing.missing_field(cls, "flags", "MessageFlagsRequestFlags")
        else:
            if type(_raw) is not dict and not isinstance(_raw, Mapping):
                flags = _parsing.not_an_object(
                    MessageFlagsRequestFlags, _raw, where=f"{cls.__name__}.flags"
                )
            else:
                flags = MessageFlagsRequestFlags.from_dict(_raw)

        _raw = d.pop("folder", UNSET)
        folder = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            folder = _parsing.field_mismatch(cls, "folder", "str", _raw)

        _raw = d.pop("external_account_id", UNSET)
        external_account_id = _raw
        if _raw is not UNSET and (not isinstance(_raw, int) or isinstance(_raw, bool)):
            external_account_id = _parsing.field_mismatch(
                cls, "external_account_id", "int", _raw
            )

        instance = cls(
            flags=flags,
            folder=folder,
            external_account_id=external_account_id,
        )
        instance._raw_json = src_dict
        return instance


# The models this one refers to, imported once the class above exists (they may refer back to
# it): a global looked up per read, not an import statement run in every from_dict (about
# 12,000 instructions each; issue 12).
from ..models.message_flags_request_flags import MessageFlagsRequestFlags  # noqa: E402
