from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset

import datetime


T = TypeVar("T", bound="MailboxCreated")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class MailboxCreated:
    """A newly created mailbox, with its one-time secrets.

    Attributes:
        id (int): Mailbox id.
        email (str): Full address.
        local_part (str | Unset): Local part of the address.
        domain_id (int | Unset): Id of the mailbox's domain.
        domain (None | str | Unset): Domain name.
        display_name (None | str | Unset): Display name.
        status (None | str | Unset): Mailbox status (e.g. `active`, `paused`, `trashed`; a plain
            string so new values parse).
        used_mb (float | None | Unset): Storage used, in MB.
        quota_mb (float | None | Unset): Storage quota, in MB.
        allocation_mb (int | None | Unset): Dedicated allocation in MB; null when the mailbox
            uses the shared pool.
        is_pooled (bool | None | Unset): True when the mailbox uses the shared account pool.
        mailbox_type (None | str | Unset): Mailbox kind. Known values: `user` (the overview's
            name for a regular mailbox; `regular` is also accepted here) and `shared`. A plain
            string so new values parse.
        is_shared (bool | None | Unset): True for a shared (team) mailbox.
        shared_member_count (int | None | Unset): Number of members (shared mailboxes only).
        note (None | str | Unset): Free-text note (at most 120 characters).
        client_auth_mode (None | str | Unset): `app_password_only` or
            `password_or_app_password`, when app passwords are enabled.
        app_passwords_count (int | None | Unset): Number of active app passwords, when app
            passwords are enabled.
        created_at (datetime.datetime | None | Unset): When the mailbox was created.
        password (None | str | Unset): The one-time password (when `password_mode` is
            `generated_one_time`). Shown once; a replay redacts it. (secret: never shown in repr)
        one_time_password (None | str | Unset): The one-time password, under the key the bulk
            rows use. (secret: never shown in repr)
        is_pooled_storage (bool | None | Unset): True when the mailbox uses the shared account
            pool.
        storage_allocation_mb (int | None | Unset): Dedicated allocation in MB, or null for the
            shared pool.
        app_password (AppPasswordSecret | None | Unset): (secret: never shown in repr)
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
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
    password: None | str | Unset = _attrs_field(
        default=UNSET, repr=_parsing.secret_repr
    )
    one_time_password: None | str | Unset = _attrs_field(
        default=UNSET, repr=_parsing.secret_repr
    )
    is_pooled_storage: bool | None | Unset = UNSET
    storage_allocation_mb: int | None | Unset = UNSET
    app_password: AppPasswordSecret | None | Unset = _attrs_field(
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
        id = self.id
        if id is not UNSET:
            field_dict["id"] = id
        email = self.email
        if email is not UNSET:
            field_dict["email"] = email
        local_part = self.local_part
        if local_part is not UNSET:
            field_dict["local_part"] = local_part
        domain_id = self.domain_id
        if domain_id is not UNSET:
            field_dict["domain_id"] = domain_id
        try:
            domain: None | str | Unset
            if isinstance(self.domain, Unset):
                domain = UNSET
            else:
                domain = self.domain
        except _parsing.PARSE_ERRORS:
            domain = self.domain
        if domain is not UNSET:
            field_dict["domain"] = domain
        try:
            display_name: None | str | Unset
            if isinstance(self.display_name, Unset):
                display_name = UNSET
            else:
                display_name = self.display_name
        except _parsing.PARSE_ERRORS:
            display_name = self.display_name
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        try:
            status: None | str | Unset
            if isinstance(self.status, Unset):
                status = UNSET
            else:
                status = self.status
        except _parsing.PARSE_ERRORS:
            status = self.status
        if status is not UNSET:
            field_dict["status"] = status
        try:
            used_mb: float | None | Unset
            if isinstance(self.used_mb, Unset):
                used_mb = UNSET
            else:
                used_mb = self.used_mb
        except _parsing.PARSE_ERRORS:
            used_mb = self.used_mb
        if used_mb is not UNSET:
            field_dict["used_mb"] = used_mb
        try:
            quota_mb: float | None | Unset
            if isinstance(self.quota_mb, Unset):
                quota_mb = UNSET
            else:
                quota_mb = self.quota_mb
        except _parsing.PARSE_ERRORS:
            quota_mb = self.quota_mb
        if quota_mb is not UNSET:
            field_dict["quota_mb"] = quota_mb
        try:
            allocation_mb: int | None | Unset
            if isinstance(self.allocation_mb, Unset):
                allocation_mb = UNSET
            else:
                allocation_mb = self.allocation_mb
        except _parsing.PARSE_ERRORS:
            allocation_mb = self.allocation_mb
        if allocation_mb is not UNSET:
            field_dict["allocation_mb"] = allocation_mb
        try:
            is_pooled: bool | None | Unset
            if isinstance(self.is_pooled, Unset):
                is_pooled = UNSET
            else:
                is_pooled = self.is_pooled
        except _parsing.PARSE_ERRORS:
            is_pooled = self.is_pooled
        if is_pooled is not UNSET:
            field_dict["is_pooled"] = is_pooled
        try:
            mailbox_type: None | str | Unset
            if isinstance(self.mailbox_type, Unset):
                mailbox_type = UNSET
            else:
                mailbox_type = self.mailbox_type
        except _parsing.PARSE_ERRORS:
            mailbox_type = self.mailbox_type
        if mailbox_type is not UNSET:
            field_dict["mailbox_type"] = mailbox_type
        try:
            is_shared: bool | None | Unset
            if isinstance(self.is_shared, Unset):
                is_shared = UNSET
            else:
                is_shared = self.is_shared
        except _parsing.PARSE_ERRORS:
            is_shared = self.is_shared
        if is_shared is not UNSET:
            field_dict["is_shared"] = is_shared
        try:
            shared_member_count: int | None | Unset
            if isinstance(self.shared_member_count, Unset):
                shared_member_count = UNSET
            else:
                shared_member_count = self.shared_member_count
        except _parsing.PARSE_ERRORS:
            shared_member_count = self.shared_member_count
        if shared_member_count is not UNSET:
            field_dict["shared_member_count"] = shared_member_count
        try:
            note: None | str | Unset
            if isinstance(self.note, Unset):
                note = UNSET
            else:
                note = self.note
        except _parsing.PARSE_ERRORS:
            note = self.note
        if note is not UNSET:
            field_dict["note"] = note
        try:
            client_auth_mode: None | str | Unset
            if isinstance(self.client_auth_mode, Unset):
                client_auth_mode = UNSET
            else:
                client_auth_mode = self.client_auth_mode
        except _parsing.PARSE_ERRORS:
            client_auth_mode = self.client_auth_mode
        if client_auth_mode is not UNSET:
            field_dict["client_auth_mode"] = client_auth_mode
        try:
            app_passwords_count: int | None | Unset
            if isinstance(self.app_passwords_count, Unset):
                app_passwords_count = UNSET
            else:
                app_passwords_count = self.app_passwords_count
        except _parsing.PARSE_ERRORS:
            app_passwords_count = self.app_passwords_count
        if app_passwords_count is not UNSET:
            field_dict["app_passwords_count"] = app_passwords_count
        try:
            created_at: None | str | Unset
            if isinstance(self.created_at, Unset):
                created_at = UNSET
            elif isinstance(self.created_at, datetime.datetime):
                created_at = self.created_at.isoformat()
            else:
                created_at = self.created_at
        except _parsing.PARSE_ERRORS:
            created_at = self.created_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        try:
            password: None | str | Unset
            if isinstance(self.password, Unset):
                password = UNSET
            else:
                password = self.password
        except _parsing.PARSE_ERRORS:
            password = self.password
        if password is not UNSET:
            field_dict["password"] = password
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
            is_pooled_storage: bool | None | Unset
            if isinstance(self.is_pooled_storage, Unset):
                is_pooled_storage = UNSET
            else:
                is_pooled_storage = self.is_pooled_storage
        except _parsing.PARSE_ERRORS:
            is_pooled_storage = self.is_pooled_storage
        if is_pooled_storage is not UNSET:
            field_dict["is_pooled_storage"] = is_pooled_storage
        try:
            storage_allocation_mb: int | None | Unset
            if isinstance(self.storage_allocation_mb, Unset):
                storage_allocation_mb = UNSET
            else:
                storage_allocation_mb = self.storage_allocation_mb
        except _parsing.PARSE_ERRORS:
            storage_allocation_mb = self.storage_allocation_mb
        if storage_allocation_mb is not UNSET:
            field_dict["storage_allocation_mb"] = storage_allocation_mb
        try:
            app_password: dict[str, Any] | None | Unset
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
        _raw = d.pop("id", UNSET)
        if _raw is UNSET:
            id = _parsing.missing_field(cls, "id", "int")
        else:
            id = _raw
            if not isinstance(_raw, int) or isinstance(_raw, bool):
                id = _parsing.field_mismatch(cls, "id", "int", _raw)

        _raw = d.pop("email", UNSET)
        if _raw is UNSET:
            email = _parsing.missing_field(cls, "email", "str")
        else:
            email = _raw
            if not isinstance(_raw, str):
                email = _parsing.field_mismatch(cls, "email", "str", _raw)

        _raw = d.pop("local_part", UNSET)
        local_part = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            local_part = _parsing.field_mismatch(cls, "local_part", "str", _raw)

        _raw = d.pop("domain_id", UNSET)
        domain_id = _raw
        if _raw is not UNSET and (not isinstance(_raw, int) or isinstance(_raw, bool)):
            domain_id = _parsing.field_mismatch(cls, "domain_id", "int", _raw)

        _raw = d.pop("domain", UNSET)
        domain = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            domain = _parsing.field_mismatch(cls, "domain", "None | str", _raw)

        _raw = d.pop("display_name", UNSET)
        display_name = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            display_name = _parsing.field_mismatch(
                cls, "display_name", "None | str", _raw
            )

        _raw = d.pop("status", UNSET)
        status = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            status = _parsing.field_mismatch(cls, "status", "None | str", _raw)

        _raw = d.pop("used_mb", UNSET)
        used_mb = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, float, _NoneType)) or isinstance(_raw, bool)
        ):
            used_mb = _parsing.field_mismatch(cls, "used_mb", "float | None", _raw)

        _raw = d.pop("quota_mb", UNSET)
        quota_mb = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, float, _NoneType)) or isinstance(_raw, bool)
        ):
            quota_mb = _parsing.field_mismatch(cls, "quota_mb", "float | None", _raw)

        _raw = d.pop("allocation_mb", UNSET)
        allocation_mb = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            allocation_mb = _parsing.field_mismatch(
                cls, "allocation_mb", "int | None", _raw
            )

        _raw = d.pop("is_pooled", UNSET)
        is_pooled = _raw
        if _raw is not UNSET and (not isinstance(_raw, (bool, _NoneType))):
            is_pooled = _parsing.field_mismatch(cls, "is_pooled", "bool | None", _raw)

        _raw = d.pop("mailbox_type", UNSET)
        mailbox_type = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            mailbox_type = _parsing.field_mismatch(
                cls, "mailbox_type", "None | str", _raw
            )

        _raw = d.pop("is_shared", UNSET)
        is_shared = _raw
        if _raw is not UNSET and (not isinstance(_raw, (bool, _NoneType))):
            is_shared = _parsing.field_mismatch(cls, "is_shared", "bool | None", _raw)

        _raw = d.pop("shared_member_count", UNSET)
        shared_member_count = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            shared_member_count = _parsing.field_mismatch(
                cls, "shared_member_count", "int | None", _raw
            )

        _raw = d.pop("note", UNSET)
        note = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            note = _parsing.field_mismatch(cls, "note", "None | str", _raw)

        _raw = d.pop("client_auth_mode", UNSET)
        client_auth_mode = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            client_auth_mode = _parsing.field_mismatch(
                cls, "client_auth_mode", "None | str", _raw
            )

        _raw = d.pop("app_passwords_count", UNSET)
        app_passwords_count = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            app_passwords_count = _parsing.field_mismatch(
                cls, "app_passwords_count", "int | None", _raw
            )

        _raw = d.pop("created_at", UNSET)
        try:

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

            created_at = _parse_created_at(_raw)

        except _parsing.PARSE_ERRORS as exc:
            created_at = _parsing.field_mismatch(
                cls, "created_at", "datetime.datetime | None", _raw, exc
            )
        if (
            created_at is _raw
            and _raw is not UNSET
            and not isinstance(_raw, (_NoneType,))
        ):
            created_at = _parsing.field_mismatch(
                cls, "created_at", "datetime.datetime | None", _raw
            )

        _raw = d.pop("password", UNSET)
        password = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            password = _parsing.field_mismatch(cls, "password", "None | str", _raw)

        _raw = d.pop("one_time_password", UNSET)
        one_time_password = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            one_time_password = _parsing.field_mismatch(
                cls, "one_time_password", "None | str", _raw
            )

        _raw = d.pop("is_pooled_storage", UNSET)
        is_pooled_storage = _raw
        if _raw is not UNSET and (not isinstance(_raw, (bool, _NoneType))):
            is_pooled_storage = _parsing.field_mismatch(
                cls, "is_pooled_storage", "bool | None", _raw
            )

        _raw = d.pop("storage_allocation_mb", UNSET)
        storage_allocation_mb = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            storage_allocation_mb = _parsing.field_mismatch(
                cls, "storage_allocation_mb", "int | None", _raw
            )

        _raw = d.pop("app_password", UNSET)
        try:

            def _parse_app_password(data: object) -> AppPasswordSecret | None | Unset:
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
                return cast(AppPasswordSecret | None | Unset, data)

            app_password = _parse_app_password(_raw)

        except _parsing.PARSE_ERRORS as exc:
            app_password = _parsing.field_mismatch(
                cls, "app_password", "AppPasswordSecret | None", _raw, exc
            )
        if (
            app_password is _raw
            and _raw is not UNSET
            and not isinstance(_raw, (_NoneType,))
        ):
            app_password = _parsing.field_mismatch(
                cls, "app_password", "AppPasswordSecret | None", _raw
            )

        instance = cls(
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
            password=password,
            one_time_password=one_time_password,
            is_pooled_storage=is_pooled_storage,
            storage_allocation_mb=storage_allocation_mb,
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
