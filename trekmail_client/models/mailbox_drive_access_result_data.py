from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast


T = TypeVar("T", bound="MailboxDriveAccessResultData")


@_attrs_define
class MailboxDriveAccessResultData:
    """The counts, when wrapped.

    Attributes:
        matched (int | None | Unset): Mailboxes the selector matched.
        updated (int | None | Unset): Mailboxes changed.
        skipped (int | None | Unset): Mailboxes skipped (e.g. shared mailboxes).
        drive_access (None | str | Unset): Known values: `full`, `attachments_only`, `disabled`.
    """

    matched: int | None | Unset = UNSET
    updated: int | None | Unset = UNSET
    skipped: int | None | Unset = UNSET
    drive_access: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        drive_access: None | str | Unset
        if isinstance(self.drive_access, Unset):
            drive_access = UNSET
        else:
            drive_access = self.drive_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if matched is not UNSET:
            field_dict["matched"] = matched
        if updated is not UNSET:
            field_dict["updated"] = updated
        if skipped is not UNSET:
            field_dict["skipped"] = skipped
        if drive_access is not UNSET:
            field_dict["drive_access"] = drive_access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

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

        def _parse_drive_access(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        drive_access = _parse_drive_access(d.pop("drive_access", UNSET))

        mailbox_drive_access_result_data = cls(
            matched=matched,
            updated=updated,
            skipped=skipped,
            drive_access=drive_access,
        )

        mailbox_drive_access_result_data.additional_properties = d
        return mailbox_drive_access_result_data

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
