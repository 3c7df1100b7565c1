from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

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
from typing import cast


T = TypeVar("T", bound="MailboxCreateRequest")


@_attrs_define
class MailboxCreateRequest:
    """Create one mailbox.

    Attributes:
        domain_id (int): Id of the domain.
        local_part (str): Local part (before the @): lowercase letters, digits, `_` and `-`, a single `.` only between
            them; must not start with `-`; must not end in `_archived_YYYYMMDD_HHMMSS[_n_n]`; at most 64 characters.
            Example: jane.doe.
        display_name (str | Unset): Display name.
        storage_allocation_mb (int | None | Unset): Dedicated storage in MB carved out of the account pool. Omitted or
            null: the mailbox uses the shared account pool.
        password_mode (MailboxCreateRequestPasswordMode | Unset): `user_supplied` (send `password`) or
            `generated_one_time` (the API generates one and returns it once).
        password (str | Unset): The mailbox password (required when `password_mode` is `user_supplied`). At least 12
            characters with an upper-case letter, a lower-case letter and a digit. Example: Correct1HorseBattery.
        client_auth_mode (MailboxCreateRequestClientAuthMode | Unset): Which credentials mail clients may use.
        create_app_password (bool | Unset): Also mint an app password and return it once.
    """

    domain_id: int
    local_part: str
    display_name: str | Unset = UNSET
    storage_allocation_mb: int | None | Unset = UNSET
    password_mode: MailboxCreateRequestPasswordMode | Unset = UNSET
    password: str | Unset = UNSET
    client_auth_mode: MailboxCreateRequestClientAuthMode | Unset = UNSET
    create_app_password: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        domain_id = self.domain_id

        local_part = self.local_part

        display_name = self.display_name

        storage_allocation_mb: int | None | Unset
        if isinstance(self.storage_allocation_mb, Unset):
            storage_allocation_mb = UNSET
        else:
            storage_allocation_mb = self.storage_allocation_mb

        password_mode: str | Unset = UNSET
        if not isinstance(self.password_mode, Unset):
            password_mode = self.password_mode

        password = self.password

        client_auth_mode: str | Unset = UNSET
        if not isinstance(self.client_auth_mode, Unset):
            client_auth_mode = self.client_auth_mode

        create_app_password = self.create_app_password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "domain_id": domain_id,
                "local_part": local_part,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if storage_allocation_mb is not UNSET:
            field_dict["storage_allocation_mb"] = storage_allocation_mb
        if password_mode is not UNSET:
            field_dict["password_mode"] = password_mode
        if password is not UNSET:
            field_dict["password"] = password
        if client_auth_mode is not UNSET:
            field_dict["client_auth_mode"] = client_auth_mode
        if create_app_password is not UNSET:
            field_dict["create_app_password"] = create_app_password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain_id = d.pop("domain_id")

        local_part = d.pop("local_part")

        display_name = d.pop("display_name", UNSET)

        def _parse_storage_allocation_mb(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        storage_allocation_mb = _parse_storage_allocation_mb(
            d.pop("storage_allocation_mb", UNSET)
        )

        _password_mode = d.pop("password_mode", UNSET)
        password_mode: MailboxCreateRequestPasswordMode | Unset
        if isinstance(_password_mode, Unset):
            password_mode = UNSET
        else:
            password_mode = check_mailbox_create_request_password_mode(_password_mode)

        password = d.pop("password", UNSET)

        _client_auth_mode = d.pop("client_auth_mode", UNSET)
        client_auth_mode: MailboxCreateRequestClientAuthMode | Unset
        if isinstance(_client_auth_mode, Unset):
            client_auth_mode = UNSET
        else:
            client_auth_mode = check_mailbox_create_request_client_auth_mode(
                _client_auth_mode
            )

        create_app_password = d.pop("create_app_password", UNSET)

        mailbox_create_request = cls(
            domain_id=domain_id,
            local_part=local_part,
            display_name=display_name,
            storage_allocation_mb=storage_allocation_mb,
            password_mode=password_mode,
            password=password,
            client_auth_mode=client_auth_mode,
            create_app_password=create_app_password,
        )

        return mailbox_create_request
