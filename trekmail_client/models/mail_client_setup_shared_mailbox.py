from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="MailClientSetupSharedMailbox")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class MailClientSetupSharedMailbox:
    """A shared mailbox the mailbox can open natively. Only the keys the facts name are typed; the
    folder-path keys are not pinned down and are kept as additional properties.

    Attributes:
        native_access_ready (bool | None | Unset): The shared mailbox can be opened in a mail
            client.
        send_as_ready (bool | None | Unset): Sending as the shared address works.
        send_as_reason (None | str | Unset): Why sending as the shared address does not work
            yet.
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    native_access_ready: bool | None | Unset = UNSET
    send_as_ready: bool | None | Unset = UNSET
    send_as_reason: None | str | Unset = UNSET
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
            native_access_ready: bool | None | Unset
            if isinstance(self.native_access_ready, Unset):
                native_access_ready = UNSET
            else:
                native_access_ready = self.native_access_ready
        except _parsing.PARSE_ERRORS:
            native_access_ready = self.native_access_ready
        if native_access_ready is not UNSET:
            field_dict["native_access_ready"] = native_access_ready
        try:
            send_as_ready: bool | None | Unset
            if isinstance(self.send_as_ready, Unset):
                send_as_ready = UNSET
            else:
                send_as_ready = self.send_as_ready
        except _parsing.PARSE_ERRORS:
            send_as_ready = self.send_as_ready
        if send_as_ready is not UNSET:
            field_dict["send_as_ready"] = send_as_ready
        try:
            send_as_reason: None | str | Unset
            if isinstance(self.send_as_reason, Unset):
                send_as_reason = UNSET
            else:
                send_as_reason = self.send_as_reason
        except _parsing.PARSE_ERRORS:
            send_as_reason = self.send_as_reason
        if send_as_reason is not UNSET:
            field_dict["send_as_reason"] = send_as_reason
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
        _raw = d.pop("native_access_ready", UNSET)
        native_access_ready = _raw
        if _raw is not UNSET and (not isinstance(_raw, (bool, _NoneType))):
            native_access_ready = _parsing.field_mismatch(
                cls, "native_access_ready", "bool | None", _raw
            )

        _raw = d.pop("send_as_ready", UNSET)
        send_as_ready = _raw
        if _raw is not UNSET and (not isinstance(_raw, (bool, _NoneType))):
            send_as_ready = _parsing.field_mismatch(
                cls, "send_as_ready", "bool | None", _raw
            )

        _raw = d.pop("send_as_reason", UNSET)
        send_as_reason = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            send_as_reason = _parsing.field_mismatch(
                cls, "send_as_reason", "None | str", _raw
            )

        instance = cls(
            native_access_ready=native_access_ready,
            send_as_ready=send_as_ready,
            send_as_reason=send_as_reason,
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
