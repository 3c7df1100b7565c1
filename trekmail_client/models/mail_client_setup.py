from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="MailClientSetup")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class MailClientSetup:
    """Password-free IMAP/SMTP settings, sending readiness and setup guides for a mailbox. Only the
    keys the facts name are typed; the server and guide keys are not pinned down and are kept as
    additional properties.

    Attributes:
        password_source (None | str | Unset): Which password the mail client should use.
        accepted_passwords (list[str] | None | Unset): Kinds of password the mailbox accepts for
            IMAP/SMTP (e.g. the mailbox password, app passwords).
        shared_mailboxes (MailClientSetupSharedMailboxesType0 | None | Unset): Shared mailboxes
            this mailbox is a member of.
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    password_source: None | str | Unset = UNSET
    accepted_passwords: list[str] | None | Unset = UNSET
    shared_mailboxes: MailClientSetupSharedMailboxesType0 | None | Unset = UNSET
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
            password_source: None | str | Unset
            if isinstance(self.password_source, Unset):
                password_source = UNSET
            else:
                password_source = self.password_source
        except _parsing.PARSE_ERRORS:
            password_source = self.password_source
        if password_source is not UNSET:
            field_dict["password_source"] = password_source
        try:
            accepted_passwords: list[str] | None | Unset
            if isinstance(self.accepted_passwords, Unset):
                accepted_passwords = UNSET
            elif isinstance(self.accepted_passwords, list):
                accepted_passwords = self.accepted_passwords

            else:
                accepted_passwords = self.accepted_passwords
        except _parsing.PARSE_ERRORS:
            accepted_passwords = self.accepted_passwords
        if accepted_passwords is not UNSET:
            field_dict["accepted_passwords"] = accepted_passwords
        try:
            shared_mailboxes: dict[str, Any] | None | Unset
            if isinstance(self.shared_mailboxes, Unset):
                shared_mailboxes = UNSET
            elif isinstance(self.shared_mailboxes, MailClientSetupSharedMailboxesType0):
                shared_mailboxes = self.shared_mailboxes.to_dict()
            else:
                shared_mailboxes = self.shared_mailboxes
        except _parsing.PARSE_ERRORS:
            shared_mailboxes = self.shared_mailboxes
        if shared_mailboxes is not UNSET:
            field_dict["shared_mailboxes"] = shared_mailboxes
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
        _raw = d.pop("password_source", UNSET)
        password_source = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            password_source = _parsing.field_mismatch(
                cls, "password_source", "None | str", _raw
            )

        _raw = d.pop("accepted_passwords", UNSET)
        try:

            def _parse_accepted_passwords(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    accepted_passwords_type_0 = cast(list[str], data)

                    return accepted_passwords_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            accepted_passwords = _parse_accepted_passwords(_raw)

        except _parsing.PARSE_ERRORS as exc:
            accepted_passwords = _parsing.field_mismatch(
                cls, "accepted_passwords", "list[str] | None", _raw, exc
            )
        if (
            accepted_passwords is _raw
            and _raw is not UNSET
            and not isinstance(
                _raw,
                (
                    list,
                    _NoneType,
                ),
            )
        ):
            accepted_passwords = _parsing.field_mismatch(
                cls, "accepted_passwords", "list[str] | None", _raw
            )

        _raw = d.pop("shared_mailboxes", UNSET)
        try:

            def _parse_shared_mailboxes(
                data: object,
            ) -> MailClientSetupSharedMailboxesType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    shared_mailboxes_type_0 = (
                        MailClientSetupSharedMailboxesType0.from_dict(data)
                    )

                    return shared_mailboxes_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(MailClientSetupSharedMailboxesType0 | None | Unset, data)

            shared_mailboxes = _parse_shared_mailboxes(_raw)

        except _parsing.PARSE_ERRORS as exc:
            shared_mailboxes = _parsing.field_mismatch(
                cls,
                "shared_mailboxes",
                "MailClientSetupSharedMailboxesType0 | None",
                _raw,
                exc,
            )
        if (
            shared_mailboxes is _raw
            and _raw is not UNSET
            and not isinstance(_raw, (_NoneType,))
        ):
            shared_mailboxes = _parsing.field_mismatch(
                cls,
                "shared_mailboxes",
                "MailClientSetupSharedMailboxesType0 | None",
                _raw,
            )

        instance = cls(
            password_source=password_source,
            accepted_passwords=accepted_passwords,
            shared_mailboxes=shared_mailboxes,
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
from ..models.mail_client_setup_shared_mailboxes_type_0 import (
    MailClientSetupSharedMailboxesType0,
)  # noqa: E402
