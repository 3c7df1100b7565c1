from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast


T = TypeVar("T", bound="DraftSaveResult")


@_attrs_define
class DraftSaveResult:
    """Where the draft now lives. Keep `uid` and `uidvalidity` together; after update_draft the old uid is dead.

    Attributes:
        uid (int): IMAP UID of the draft.
        uidvalidity (int | None | Unset): UIDVALIDITY of Drafts.
    """

    uid: int
    uidvalidity: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uid = self.uid

        uidvalidity: int | None | Unset
        if isinstance(self.uidvalidity, Unset):
            uidvalidity = UNSET
        else:
            uidvalidity = self.uidvalidity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uid": uid,
            }
        )
        if uidvalidity is not UNSET:
            field_dict["uidvalidity"] = uidvalidity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uid = d.pop("uid")

        def _parse_uidvalidity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        uidvalidity = _parse_uidvalidity(d.pop("uidvalidity", UNSET))

        draft_save_result = cls(
            uid=uid,
            uidvalidity=uidvalidity,
        )

        draft_save_result.additional_properties = d
        return draft_save_result

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
