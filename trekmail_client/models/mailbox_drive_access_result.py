from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
    from ..models.mailbox_drive_access_result_data import MailboxDriveAccessResultData


T = TypeVar("T", bound="MailboxDriveAccessResult")


@_attrs_define
class MailboxDriveAccessResult:
    """Counts of a bulk Drive-access change. The facts name the counts (matched, updated, skipped) but not the envelope:
    they are typed both at the top level and under an optional `data`; every key is optional.

        Attributes:
            matched (int | None | Unset): Mailboxes the selector matched.
            updated (int | None | Unset): Mailboxes changed.
            skipped (int | None | Unset): Mailboxes skipped (e.g. shared mailboxes).
            data (MailboxDriveAccessResultData | Unset): The counts, when wrapped.
    """

    matched: int | None | Unset = UNSET
    updated: int | None | Unset = UNSET
    skipped: int | None | Unset = UNSET
    data: MailboxDriveAccessResultData | Unset = UNSET
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

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if matched is not UNSET:
            field_dict["matched"] = matched
        if updated is not UNSET:
            field_dict["updated"] = updated
        if skipped is not UNSET:
            field_dict["skipped"] = skipped
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mailbox_drive_access_result_data import (
            MailboxDriveAccessResultData,
        )  # noqa: PLC0415

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

        _data = d.pop("data", UNSET)
        data: MailboxDriveAccessResultData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = MailboxDriveAccessResultData.from_dict(_data)

        mailbox_drive_access_result = cls(
            matched=matched,
            updated=updated,
            skipped=skipped,
            data=data,
        )

        mailbox_drive_access_result.additional_properties = d
        return mailbox_drive_access_result

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
