from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
    from ..models.app_password_secret import AppPasswordSecret


T = TypeVar("T", bound="MailboxBulkRow")


@_attrs_define
class MailboxBulkRow:
    """One row of a bulk mailbox create.

    Attributes:
        email (str | Unset): Address of this row.
        status (str | Unset): Row outcome. Known values: `created`, `failed`.
        id (int | None | Unset): Id of the created mailbox.
        mailbox_id (int | None | Unset): Id of the created mailbox, under the key some responses use.
        reason (None | str | Unset): Machine-readable reason of a failed row (e.g. `already_exists`).
        error (None | str | Unset): Human-readable error of a failed row.
        one_time_password (None | str | Unset): Generated password (`generated_one_time` mode), shown once.
        app_password (AppPasswordSecret | None | str | Unset): The app password minted for this row, or null.
    """

    email: str | Unset = UNSET
    status: str | Unset = UNSET
    id: int | None | Unset = UNSET
    mailbox_id: int | None | Unset = UNSET
    reason: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    one_time_password: None | str | Unset = UNSET
    app_password: AppPasswordSecret | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.app_password_secret import AppPasswordSecret  # noqa: PLC0415

        email = self.email

        status = self.status

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        mailbox_id: int | None | Unset
        if isinstance(self.mailbox_id, Unset):
            mailbox_id = UNSET
        else:
            mailbox_id = self.mailbox_id

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        one_time_password: None | str | Unset
        if isinstance(self.one_time_password, Unset):
            one_time_password = UNSET
        else:
            one_time_password = self.one_time_password

        app_password: dict[str, Any] | None | str | Unset
        if isinstance(self.app_password, Unset):
            app_password = UNSET
        elif isinstance(self.app_password, AppPasswordSecret):
            app_password = self.app_password.to_dict()
        else:
            app_password = self.app_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if status is not UNSET:
            field_dict["status"] = status
        if id is not UNSET:
            field_dict["id"] = id
        if mailbox_id is not UNSET:
            field_dict["mailbox_id"] = mailbox_id
        if reason is not UNSET:
            field_dict["reason"] = reason
        if error is not UNSET:
            field_dict["error"] = error
        if one_time_password is not UNSET:
            field_dict["one_time_password"] = one_time_password
        if app_password is not UNSET:
            field_dict["app_password"] = app_password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.app_password_secret import AppPasswordSecret  # noqa: PLC0415

        d = dict(src_dict)
        email = d.pop("email", UNSET)

        status = d.pop("status", UNSET)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_mailbox_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        mailbox_id = _parse_mailbox_id(d.pop("mailbox_id", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_one_time_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        one_time_password = _parse_one_time_password(d.pop("one_time_password", UNSET))

        def _parse_app_password(data: object) -> AppPasswordSecret | None | str | Unset:
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

        app_password = _parse_app_password(d.pop("app_password", UNSET))

        mailbox_bulk_row = cls(
            email=email,
            status=status,
            id=id,
            mailbox_id=mailbox_id,
            reason=reason,
            error=error,
            one_time_password=one_time_password,
            app_password=app_password,
        )

        mailbox_bulk_row.additional_properties = d
        return mailbox_bulk_row

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
