from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
    from ..models.mail_client_setup_shared_mailboxes_type_0 import (
        MailClientSetupSharedMailboxesType0,
    )


T = TypeVar("T", bound="MailClientSetup")


@_attrs_define
class MailClientSetup:
    """Password-free IMAP/SMTP settings, sending readiness and setup guides for a mailbox. Only the keys the facts name are
    typed; the server and guide keys are not pinned down and are kept as additional properties.

        Attributes:
            password_source (None | str | Unset): Which password the mail client should use.
            accepted_passwords (list[str] | None | Unset): Kinds of password the mailbox accepts for IMAP/SMTP (e.g. the
                mailbox password, app passwords).
            shared_mailboxes (MailClientSetupSharedMailboxesType0 | None | Unset): Shared mailboxes this mailbox is a member
                of.
    """

    password_source: None | str | Unset = UNSET
    accepted_passwords: list[str] | None | Unset = UNSET
    shared_mailboxes: MailClientSetupSharedMailboxesType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.mail_client_setup_shared_mailboxes_type_0 import (
            MailClientSetupSharedMailboxesType0,
        )  # noqa: PLC0415

        password_source: None | str | Unset
        if isinstance(self.password_source, Unset):
            password_source = UNSET
        else:
            password_source = self.password_source

        accepted_passwords: list[str] | None | Unset
        if isinstance(self.accepted_passwords, Unset):
            accepted_passwords = UNSET
        elif isinstance(self.accepted_passwords, list):
            accepted_passwords = self.accepted_passwords

        else:
            accepted_passwords = self.accepted_passwords

        shared_mailboxes: dict[str, Any] | None | Unset
        if isinstance(self.shared_mailboxes, Unset):
            shared_mailboxes = UNSET
        elif isinstance(self.shared_mailboxes, MailClientSetupSharedMailboxesType0):
            shared_mailboxes = self.shared_mailboxes.to_dict()
        else:
            shared_mailboxes = self.shared_mailboxes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if password_source is not UNSET:
            field_dict["password_source"] = password_source
        if accepted_passwords is not UNSET:
            field_dict["accepted_passwords"] = accepted_passwords
        if shared_mailboxes is not UNSET:
            field_dict["shared_mailboxes"] = shared_mailboxes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mail_client_setup_shared_mailboxes_type_0 import (
            MailClientSetupSharedMailboxesType0,
        )  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_password_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password_source = _parse_password_source(d.pop("password_source", UNSET))

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

        accepted_passwords = _parse_accepted_passwords(
            d.pop("accepted_passwords", UNSET)
        )

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
                shared_mailboxes_type_0 = MailClientSetupSharedMailboxesType0.from_dict(
                    data
                )

                return shared_mailboxes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MailClientSetupSharedMailboxesType0 | None | Unset, data)

        shared_mailboxes = _parse_shared_mailboxes(d.pop("shared_mailboxes", UNSET))

        mail_client_setup = cls(
            password_source=password_source,
            accepted_passwords=accepted_passwords,
            shared_mailboxes=shared_mailboxes,
        )

        mail_client_setup.additional_properties = d
        return mail_client_setup

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
