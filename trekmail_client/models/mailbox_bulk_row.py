from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="MailboxBulkRow")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class MailboxBulkRow:
    """One row of a bulk mailbox create.

    Attributes:
        email (str | Unset): Address of this row.
        status (str | Unset): Row outcome. Known values: `created`, `failed`.
        id (int | None | Unset): Id of the created mailbox.
        mailbox_id (int | None | Unset): Id of the created mailbox, under the key some responses
            use.
        reason (None | str | Unset): Machine-readable reason of a failed row (e.g.
            `already_exists`).
        error (None | str | Unset): Human-readable error of a failed row.
        one_time_password (None | str | Unset): Generated password (`generated_one_time` mode),
            shown once. (secret: never shown in repr)
        app_password (AppPasswordSecret | None | str | Unset): The app password minted for this
            row, or null. (secret: never shown in repr)
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    email: str | Unset = UNSET
    status: str | Unset = UNSET
    id: int | None | Unset = UNSET
    mailbox_id: int | None | Unset = UNSET
    reason: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    one_time_password: None | str | Unset = _attrs_field(
        default=UNSET, repr=_parsing.secret_repr
    )
    app_password: AppPasswordSecret | None | str | Unset = _attrs_field(
        default=UNSET, repr=_parsing.secret_repr
    )
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
        email = self.email
        if email is not UNSET:
            field_dict["email"] = email
        status = self.status
        if status is not UNSET:
            field_dict["status"] = status
        try:
            id: int | None | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            else:
                id = self.id
        except _parsing.PARSE_ERRORS:
            id = self.id
        if id is not UNSET:
            field_dict["id"] = id
        try:
            mailbox_id: int | None | Unset
            if isinstance(self.mailbox_id, Unset):
                mailbox_id = UNSET
            else:
                mailbox_id = self.mailbox_id
        except _parsing.PARSE_ERRORS:
            mailbox_id = self.mailbox_id
        if mailbox_id is not UNSET:
            field_dict["mailbox_id"] = mailbox_id
        try:
            reason: None | str | Unset
            if isinstance(self.reason, Unset):
                reason = UNSET
            else:
                reason = self.reason
        except _parsing.PARSE_ERRORS:
            reason = self.reason
        if reason is not UNSET:
            field_dict["reason"] = reason
        try:
            error: None | str | Unset
            if isinstance(self.error, Unset):
                error = UNSET
            else:
                error = self.error
        except _parsing.PARSE_ERRORS:
            error = self.error
        if error is not UNSET:
            field_dict["error"] = error
        try:
            one_time_password: None | str | Unset
            if isinstance(self.one_time_password, Unset):
                one_time_password = UNSET
            else:
                one_time_password = self.one_time_password
        except _parsing.PARSE_ERRORS:
            one_time_password = self.one_time_password
        if one_time_password is not UNSET:
            field_dict["one_time_password"] = one_time_password
        try:
            app_password: dict[str, Any] | None | str | Unset
            if isinstance(self.app_password, Unset):
                app_password = UNSET
            elif isinstance(self.app_password, AppPasswordSecret):
                app_password = self.app_password.to_dict()
            else:
                app_password = self.app_password
        except _parsing.PARSE_ERRORS:
            app_password = self.app_password
        if app_password is not UNSET:
            field_dict["app_password"] = app_password
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
        _raw = d.pop("email", UNSET)
        email = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            email = _parsing.field_mismatch(cls, "email", "str", _raw)

        _raw = d.pop("status", UNSET)
        status = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            status = _parsing.field_mismatch(cls, "status", "str", _raw)

        _raw = d.pop("id", UNSET)
        id = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            id = _parsing.field_mismatch(cls, "id", "int | None", _raw)

        _raw = d.pop("mailbox_id", UNSET)
        mailbox_id = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            mailbox_id = _parsing.field_mismatch(cls, "mailbox_id", "int | None", _raw)

        _raw = d.pop("reason", UNSET)
        reason = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            reason = _parsing.field_mismatch(cls, "reason", "None | str", _raw)

        _raw = d.pop("error", UNSET)
        error = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            error = _parsing.field_mismatch(cls, "error", "None | str", _raw)

        _raw = d.pop("one_time_password", UNSET)
        one_time_password = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            one_time_password = _parsing.field_mismatch(
                cls, "one_time_password", "None | str", _raw
            )

        _raw = d.pop("app_password", UNSET)
        try:

            def _parse_app_password(
                data: object,
            ) -> AppPasswordSecret | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    app_password_type_0 = AppPasswordSecret.from_dict(data)

                    return app_password_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AppPasswordSecret | None | str | Unset, data)

            app_password = _parse_app_password(_raw)

        except _parsing.PARSE_ERRORS as exc:
            app_password = _parsing.field_mismatch(
                cls, "app_password", "AppPasswordSecret | None | str", _raw, exc
            )
        if (
            app_password is _raw
            and _raw is not UNSET
            and not isinstance(
                _raw,
                (
                    str,
                    _NoneType,
                ),
            )
        ):
            app_password = _parsing.field_mismatch(
                cls, "app_password", "AppPasswordSecret | None | str", _raw
            )

        instance = cls(
            email=email,
            status=status,
            id=id,
            mailbox_id=mailbox_id,
            reason=reason,
            error=error,
            one_time_password=one_time_password,
            app_password=app_password,
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
from ..models.app_password_secret import AppPasswordSecret  # noqa: E402
