from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset

from ..models.domain_smtp_update_request_smtp_mode import (
    check_domain_smtp_update_request_smtp_mode,
)
from ..models.domain_smtp_update_request_smtp_mode import (
    DomainSmtpUpdateRequestSmtpMode,
)


T = TypeVar("T", bound="DomainSmtpUpdateRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class DomainSmtpUpdateRequest:
    """Set the domain's SMTP route.

    Attributes:
        smtp_mode (DomainSmtpUpdateRequestSmtpMode): Route.
        smtp_connection_id (int | None | Unset): Saved profile id (required when `smtp_mode` is
            `profile`).
        set_account_default (bool | Unset): Also make this route the account default for new
            domains.
        apply_to_all (bool | Unset): Switch every domain to this route now (one-time).

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    smtp_mode: DomainSmtpUpdateRequestSmtpMode
    smtp_connection_id: int | None | Unset = UNSET
    set_account_default: bool | Unset = UNSET
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
        set_account_default = self.set_account_default
        if set_account_default is not UNSET:
            field_dict["set_account_default"] = set_account_default
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
                cls, "smtp_mode", "DomainSmtpUpdateRequestSmtpMode"
            )
        else:
            try:
                smtp_mode = check_domain_smtp_update_request_smtp_mode(_raw)

            except _parsing.PARSE_ERRORS as exc:
                smtp_mode = _parsing.field_mismatch(
                    cls, "smtp_mode", "DomainSmtpUpdateRequestSmtpMode", _raw, exc
                )

        _raw = d.pop("smtp_connection_id", UNSET)
        smtp_connection_id = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            smtp_connection_id = _parsing.field_mismatch(
                cls, "smtp_connection_id", "int | None", _raw
            )

        _raw = d.pop("set_account_default", UNSET)
        set_account_default = _raw
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            set_account_default = _parsing.field_mismatch(
                cls, "set_account_default", "bool", _raw
            )

        _raw = d.pop("apply_to_all", UNSET)
        apply_to_all = _raw
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            apply_to_all = _parsing.field_mismatch(cls, "apply_to_all", "bool", _raw)

        instance = cls(
            smtp_mode=smtp_mode,
            smtp_connection_id=smtp_connection_id,
            set_account_default=set_account_default,
            apply_to_all=apply_to_all,
        )
        instance._raw_json = src_dict
        return instance
