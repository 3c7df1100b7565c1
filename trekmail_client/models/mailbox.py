from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime


T = TypeVar("T", bound="Mailbox")


@_attrs_define
class Mailbox:
    """A mailbox.

    Attributes:
        id (int): Mailbox id.
        email (str): Full address.
        local_part (str | Unset): Local part of the address.
        domain_id (int | Unset): Id of the mailbox's domain.
        domain (None | str | Unset): Domain name.
        display_name (None | str | Unset): Display name.
        status (None | str | Unset): Mailbox status (e.g. `active`, `paused`, `trashed`; a plain string so new values
            parse).
        used_mb (float | None | Unset): Storage used, in MB.
        quota_mb (float | None | Unset): Storage quota, in MB.
        allocation_mb (int | None | Unset): Dedicated allocation in MB; null when the mailbox uses the shared pool.
        is_pooled (bool | None | Unset): True when the mailbox uses the shared account pool.
        mailbox_type (None | str | Unset): Mailbox kind. Known values: `user` (the overview's name for a regular
            mailbox; `regular` is also accepted here) and `shared`. A plain string so new values parse.
        is_shared (bool | None | Unset): True for a shared (team) mailbox.
        shared_member_count (int | None | Unset): Number of members (shared mailboxes only).
        note (None | str | Unset): Free-text note (at most 120 characters).
        client_auth_mode (None | str | Unset): `app_password_only` or `password_or_app_password`, when app passwords are
            enabled.
        app_passwords_count (int | None | Unset): Number of active app passwords, when app passwords are enabled.
        created_at (datetime.datetime | None | Unset): When the mailbox was created.
    """

    id: int
    email: str
    local_part: str | Unset = UNSET
    domain_id: int | Unset = UNSET
    domain: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    used_mb: float | None | Unset = UNSET
    quota_mb: float | None | Unset = UNSET
    allocation_mb: int | None | Unset = UNSET
    is_pooled: bool | None | Unset = UNSET
    mailbox_type: None | str | Unset = UNSET
    is_shared: bool | None | Unset = UNSET
    shared_member_count: int | None | Unset = UNSET
    note: None | str | Unset = UNSET
    client_auth_mode: None | str | Unset = UNSET
    app_passwords_count: int | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        local_part = self.local_part

        domain_id = self.domain_id

        domain: None | str | Unset
        if isinstance(self.domain, Unset):
            domain = UNSET
        else:
            domain = self.domain

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        used_mb: float | None | Unset
        if isinstance(self.used_mb, Unset):
            used_mb = UNSET
        else:
            used_mb = self.used_mb

        quota_mb: float | None | Unset
        if isinstance(self.quota_mb, Unset):
            quota_mb = UNSET
        else:
            quota_mb = self.quota_mb

        allocation_mb: int | None | Unset
        if isinstance(self.allocation_mb, Unset):
            allocation_mb = UNSET
        else:
            allocation_mb = self.allocation_mb

        is_pooled: bool | None | Unset
        if isinstance(self.is_pooled, Unset):
            is_pooled = UNSET
        else:
            is_pooled = self.is_pooled

        mailbox_type: None | str | Unset
        if isinstance(self.mailbox_type, Unset):
            mailbox_type = UNSET
        else:
            mailbox_type = self.mailbox_type

        is_shared: bool | None | Unset
        if isinstance(self.is_shared, Unset):
            is_shared = UNSET
        else:
            is_shared = self.is_shared

        shared_member_count: int | None | Unset
        if isinstance(self.shared_member_count, Unset):
            shared_member_count = UNSET
        else:
            shared_member_count = self.shared_member_count

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        client_auth_mode: None | str | Unset
        if isinstance(self.client_auth_mode, Unset):
            client_auth_mode = UNSET
        else:
            client_auth_mode = self.client_auth_mode

        app_passwords_count: int | None | Unset
        if isinstance(self.app_passwords_count, Unset):
            app_passwords_count = UNSET
        else:
            app_passwords_count = self.app_passwords_count

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
            }
        )
        if local_part is not UNSET:
            field_dict["local_part"] = local_part
        if domain_id is not UNSET:
            field_dict["domain_id"] = domain_id
        if domain is not UNSET:
            field_dict["domain"] = domain
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if status is not UNSET:
            field_dict["status"] = status
        if used_mb is not UNSET:
            field_dict["used_mb"] = used_mb
        if quota_mb is not UNSET:
            field_dict["quota_mb"] = quota_mb
        if allocation_mb is not UNSET:
            field_dict["allocation_mb"] = allocation_mb
        if is_pooled is not UNSET:
            field_dict["is_pooled"] = is_pooled
        if mailbox_type is not UNSET:
            field_dict["mailbox_type"] = mailbox_type
        if is_shared is not UNSET:
            field_dict["is_shared"] = is_shared
        if shared_member_count is not UNSET:
            field_dict["shared_member_count"] = shared_member_count
        if note is not UNSET:
            field_dict["note"] = note
        if client_auth_mode is not UNSET:
            field_dict["client_auth_mode"] = client_auth_mode
        if app_passwords_count is not UNSET:
            field_dict["app_passwords_count"] = app_passwords_count
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        email = d.pop("email")

        local_part = d.pop("local_part", UNSET)

        domain_id = d.pop("domain_id", UNSET)

        def _parse_domain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        domain = _parse_domain(d.pop("domain", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_used_mb(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        used_mb = _parse_used_mb(d.pop("used_mb", UNSET))

        def _parse_quota_mb(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        quota_mb = _parse_quota_mb(d.pop("quota_mb", UNSET))

        def _parse_allocation_mb(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        allocation_mb = _parse_allocation_mb(d.pop("allocation_mb", UNSET))

        def _parse_is_pooled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_pooled = _parse_is_pooled(d.pop("is_pooled", UNSET))

        def _parse_mailbox_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mailbox_type = _parse_mailbox_type(d.pop("mailbox_type", UNSET))

        def _parse_is_shared(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_shared = _parse_is_shared(d.pop("is_shared", UNSET))

        def _parse_shared_member_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        shared_member_count = _parse_shared_member_count(
            d.pop("shared_member_count", UNSET)
        )

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_client_auth_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_auth_mode = _parse_client_auth_mode(d.pop("client_auth_mode", UNSET))

        def _parse_app_passwords_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        app_passwords_count = _parse_app_passwords_count(
            d.pop("app_passwords_count", UNSET)
        )

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        mailbox = cls(
            id=id,
            email=email,
            local_part=local_part,
            domain_id=domain_id,
            domain=domain,
            display_name=display_name,
            status=status,
            used_mb=used_mb,
            quota_mb=quota_mb,
            allocation_mb=allocation_mb,
            is_pooled=is_pooled,
            mailbox_type=mailbox_type,
            is_shared=is_shared,
            shared_member_count=shared_member_count,
            note=note,
            client_auth_mode=client_auth_mode,
            app_passwords_count=app_passwords_count,
            created_at=created_at,
        )

        mailbox.additional_properties = d
        return mailbox

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
