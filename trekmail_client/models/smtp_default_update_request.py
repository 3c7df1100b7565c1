from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset

from ..models.smtp_default_update_request_smtp_mode import (
    check_smtp_default_update_request_smtp_mode,
)
from ..models.smtp_default_update_request_smtp_mode import (
    SmtpDefaultUpdateRequestSmtpMode,
)


T = TypeVar("T", bound="SmtpDefaultUpdateRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class SmtpDefaultUpdateRequest:
    """Set the account-wide default SMTP route.

    Attributes:
        smtp_mode (SmtpDefaultUpdateRequestSmtpMode): Default route for new domains.
        smtp_connection_id (int | None | Unset): Saved profile id (required for `profile`).
        apply_to_all (bool | Unset): Also switch every existing domain now.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    smtp_mode: SmtpDefaultUpdateRequestSmtpMode
    smtp_connection_id: int | None | Unset = UNSET
    apply_to_all: bool | Unset = UNSET
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        try:
            smtp_mode: str = self.smtp_mode
        except _parsing.PARSE_ERRORS:
            smtp_mode = self.smtp_mode
        if smtp_mode is not UNSET:
            field_dict["smtp_mode"] = smtp_mode
        try:
            smtp_connection_id: int | None | Unset
            if isinstance(self.smtp_connection_id, Unset):
                smtp_connection_id = UNSET
            else:
                smtp_connection_id = self.smtp_connection_id
        except _parsing.PARSE_ERRORS:
            smtp_connection_id = self.smtp_connection_id
        if smtp_connection_id is not UNSET:
            field_dict["smtp_connection_id"] = smtp_connection_id
        apply_to_all = self.apply_to_all
        if apply_to_all is not UNSET:
            field_dict["apply_to_all"] = apply_to_all
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
        _raw = d.pop("smtp_mode", UNSET)
        if _raw is UNSET:
            smtp_mode = _parsing.missing_field(
                cls, "smtp_mode", "SmtpDefaultUpdateRequestSmtpMode"
            )
        else:
            try:
                smtp_mode = check_smtp_default_update_request_smtp_mode(_raw)

            except _parsing.PARSE_ERRORS as exc:
                smtp_mode = _parsing.field_mismatch(
                    cls, "smtp_mode", "SmtpDefaultUpdateRequestSmtpMode", _raw, exc
                )

        _raw = d.pop("smtp_connection_id", UNSET)
        smtp_connection_id = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            smtp_connection_id = _parsing.field_mismatch(
                cls, "smtp_connection_id", "int | None", _raw
            )

        _raw = d.pop("apply_to_all", UNSET)
        apply_to_all = _raw
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            apply_to_all = _parsing.field_mismatch(cls, "apply_to_all", "bool", _raw)

        instance = cls(
            smtp_mode=smtp_mode,
            smtp_connection_id=smtp_connection_id,
            apply_to_all=apply_to_all,
        )
        instance._raw_json = src_dict
        return instance
