from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset

from ..models.mailbox_create_request_client_auth_mode import (
    check_mailbox_create_request_client_auth_mode,
)
from ..models.mailbox_create_request_client_auth_mode import (
    MailboxCreateRequestClientAuthMode,
)
from ..models.mailbox_create_request_password_mode import (
    check_mailbox_create_request_password_mode,
)
from ..models.mailbox_create_request_password_mode import (
    MailboxCreateRequestPasswordMode,
)


T = TypeVar("T", bound="MailboxCreateRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class MailboxCreateRequest:
    """Create one mailbox.

    Attributes:
        domain_id (int): Id of the domain.
        local_part (str): Local part (before the @): lowercase letters, digits, `_` and `-`, a
            single `.` only between them; must not start with `-`; must not end in
            `_archived_YYYYMMDD_HHMMSS[_n_n]`; at most 64 characters. Example: jane.doe.
        display_name (str | Unset): Display name.
        storage_allocation_mb (int | None | Unset): Dedicated storage in MB carved out of the
            account pool. Omitted or null: the mailbox uses the shared account pool.
        password_mode (MailboxCreateRequestPasswordMode | Unset): `user_supplied` (send
            `password`) or `generated_one_time` (the API generates one and returns it once).
        password (str | Unset): The mailbox password (required when `password_mode` is
            `user_supplied`). At least 12 characters with an upper-case letter, a lower-case letter
            and a digit. Example: Correct1HorseBattery. (secret: never shown in repr)
        client_auth_mode (MailboxCreateRequestClientAuthMode | Unset): Which credentials mail
            clients may use.
        create_app_password (bool | Unset): Also mint an app password and return it once.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    domain_id: int
    local_part: str
    display_name: str | Unset = UNSET
    storage_allocation_mb: int | None | Unset = UNSET
    password_mode: MailboxCreateRequestPasswordMode | Unset = UNSET
    password: str | Unset = _attrs_field(default=UNSET, repr=_parsing.secret_repr)
    client_auth_mode: MailboxCreateRequestClientAuthMode | Unset = UNSET
    create_app_password: bool | Unset = UNSET
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        domain_id = self.domain_id
        if domain_id is not UNSET:
            field_dict["domain_id"] = domain_id
        local_part = self.local_part
        if local_part is not UNSET:
            field_dict["local_part"] = local_part
        display_name = self.display_name
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
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
            password_mode: str | Unset = UNSET
            if not isinstance(self.password_mode, Unset):
                password_mode = self.password_mode

        except _parsing.PARSE_ERRORS:
            password_mode = self.password_mode
        if password_mode is not UNSET:
            field_dict["password_mode"] = password_mode
        password = self.password
        if password is not UNSET:
            field_dict["password"] = password
        try:
            client_auth_mode: str | Unset = UNSET
            if not isinstance(self.client_auth_mode, Unset):
                client_auth_mode = self.client_auth_mode

        except _parsing.PARSE_ERRORS:
            client_auth_mode = self.client_auth_mode
        if client_auth_mode is not UNSET:
            field_dict["client_auth_mode"] = client_auth_mode
        create_app_password = self.create_app_password
        if create_app_password is not UNSET:
            field_dict["create_app_password"] = create_app_password
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
        _raw = d.pop("domain_id", UNSET)
        if _raw is UNSET:
            domain_id = _parsing.missing_field(cls, "domain_id", "int")
        else:
            domain_id = _raw
            if not isinstance(_raw, int) or isinstance(_raw, bool):
                domain_id = _parsing.field_mismatch(cls, "domain_id", "int", _raw)

        _raw = d.pop("local_part", UNSET)
        if _raw is UNSET:
            local_part = _parsing.missing_field(cls, "local_part", "str")
        else:
            local_part = _raw
            if not isinstance(_raw, str):
                local_part = _parsing.field_mismatch(cls, "local_part", "str", _raw)

        _raw = d.pop("display_name", UNSET)
        display_name = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            display_name = _parsing.field_mismatch(cls, "display_name", "str", _raw)

        _raw = d.pop("storage_allocation_mb", UNSET)
        storage_allocation_mb = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            storage_allocation_mb = _parsing.field_mismatch(
                cls, "storage_allocation_mb", "int | None", _raw
            )

        _raw = d.pop("password_mode", UNSET)
        try:
            _password_mode = _raw
            password_mode: MailboxCreateRequestPasswordMode | Unset
            if isinstance(_password_mode, Unset):
                password_mode = UNSET
            else:
                password_mode = check_mailbox_create_request_password_mode(
                    _password_mode
                )

        except _parsing.PARSE_ERRORS as exc:
            password_mode = _parsing.field_mismatch(
                cls, "password_mode", "MailboxCreateRequestPasswordMode", _raw, exc
            )

        _raw = d.pop("password", UNSET)
        password = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            password = _parsing.field_mismatch(cls, "password", "str", _raw)

        _raw = d.pop("client_auth_mode", UNSET)
        try:
            _client_auth_mode = _raw
            client_auth_mode: MailboxCreateRequestClientAuthMode | Unset
            if isinstance(_client_auth_mode, Unset):
                client_auth_mode = UNSET
            else:
                client_auth_mode = check_mailbox_create_request_client_auth_mode(
                    _client_auth_mode
                )

        except _parsing.PARSE_ERRORS as exc:
            client_auth_mode = _parsing.field_mismatch(
                cls, "client_auth_mode", "MailboxCreateRequestClientAuthMode", _raw, exc
            )

        _raw = d.pop("create_app_password", UNSET)
        create_app_password = _raw
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            create_app_password = _parsing.field_mismatch(
                cls, "create_app_password", "bool", _raw
            )

        instance = cls(
            domain_id=domain_id,
            local_part=local_part,
            display_name=display_name,
            storage_allocation_mb=storage_allocation_mb,
            password_mode=password_mode,
            password=password,
            client_auth_mode=client_auth_mode,
            create_app_password=create_app_password,
        )
        instance._raw_json = src_dict
        return instance
