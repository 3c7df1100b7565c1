from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast


T = TypeVar("T", bound="MailboxClientAuthModeBulkResultData")


@_attrs_define
class MailboxClientAuthModeBulkResultData:
    """The counts.

    Attributes:
        client_auth_mode (None | str | Unset): Known values: `app_password_only`, `password_or_app_password`.
        matched (int | None | Unset): Mailboxes the selector matched.
        updated (int | None | Unset): Mailboxes changed.
        skipped (int | None | Unset): Mailboxes skipped (e.g. shared mailboxes).
    """

    client_auth_mode: None | str | Unset = UNSET
    matched: int | None | Unset = UNSET
    updated: int | None | Unset = UNSET
    skipped: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_auth_mode: None | str | Unset
        if isinstance(self.client_auth_mode, Unset):
            client_auth_mode = UNSET
        else:
            client_auth_mode = self.client_auth_mode

        matched: int | None | Unset
        if isinstance(self.matched, Unset):
            matched = UNSET
        else:
            matched = self.matched

        updated: int | None | Unset
        if isinstance(self.updated, Unset):
            updated = UNSET
        else:
            updated = self.updated

        skipped: int | None | Unset
        if isinstance(self.skipped, Unset):
            skipped = UNSET
        else:
            skipped = self.skipped

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_auth_mode is not UNSET:
            field_dict["client_auth_mode"] = client_auth_mode
        if matched is not UNSET:
            field_dict["matched"] = matched
        if updated is not UNSET:
            field_dict["updated"] = updated
        if skipped is not UNSET:
            field_dict["skipped"] = skipped

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_client_auth_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_auth_mode = _parse_client_auth_mode(d.pop("client_auth_mode", UNSET))

        def _parse_matched(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        matched = _parse_matched(d.pop("matched", UNSET))

        def _parse_updated(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        updated = _parse_updated(d.pop("updated", UNSET))

        def _parse_skipped(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        skipped = _parse_skipped(d.pop("skipped", UNSET))

        mailbox_client_auth_mode_bulk_result_data = cls(
            client_auth_mode=client_auth_mode,
            matched=matched,
            updated=updated,
            skipped=skipped,
        )

        mailbox_client_auth_mode_bulk_result_data.additional_properties = d
        return mailbox_client_auth_mode_bulk_result_data

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
