from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime


T = TypeVar("T", bound="Domain")


@_attrs_define
class Domain:
    """A domain of the account.

    Attributes:
        id (int): Domain id.
        name (str | Unset): The domain name, e.g. `example.com`. (The overview's example names this field `domain`;
            either may come, so neither is required.)
        domain (str | Unset): The domain name under the key the API overview's example uses; see `name`.
        status (str | Unset): Domain status. Known values: `pending_dns`, `active`, `suspended` (a plain string so new
            values parse).
        mail_hosting (str | Unset): `trekmail` (mail hosted here) or `external` (sending only, no MX, no mailboxes).
        note (None | str | Unset): Free-text note (at most 120 characters).
        created_at (datetime.datetime | None | Unset): When the domain was added.
    """

    id: int
    name: str | Unset = UNSET
    domain: str | Unset = UNSET
    status: str | Unset = UNSET
    mail_hosting: str | Unset = UNSET
    note: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        domain = self.domain

        status = self.status

        mail_hosting = self.mail_hosting

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

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
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if domain is not UNSET:
            field_dict["domain"] = domain
        if status is not UNSET:
            field_dict["status"] = status
        if mail_hosting is not UNSET:
            field_dict["mail_hosting"] = mail_hosting
        if note is not UNSET:
            field_dict["note"] = note
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        domain = d.pop("domain", UNSET)

        status = d.pop("status", UNSET)

        mail_hosting = d.pop("mail_hosting", UNSET)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

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

        domain = cls(
            id=id,
            name=name,
            domain=domain,
            status=status,
            mail_hosting=mail_hosting,
            note=note,
            created_at=created_at,
        )

        domain.additional_properties = d
        return domain

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
