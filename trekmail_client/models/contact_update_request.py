from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

import datetime


T = TypeVar("T", bound="ContactUpdateRequest")


@_attrs_define
class ContactUpdateRequest:
    """Contact fields to change.

    Attributes:
        email (str | Unset): Email address.
        name (str | Unset): Name.
        company (str | Unset): Company.
        job_title (str | Unset): Job title.
        phone (str | Unset): Phone.
        address (str | Unset): Postal address.
        birthday (datetime.date | Unset): Birthday (`YYYY-MM-DD`).
        notes (str | Unset): Notes.
    """

    email: str | Unset = UNSET
    name: str | Unset = UNSET
    company: str | Unset = UNSET
    job_title: str | Unset = UNSET
    phone: str | Unset = UNSET
    address: str | Unset = UNSET
    birthday: datetime.date | Unset = UNSET
    notes: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name = self.name

        company = self.company

        job_title = self.job_title

        phone = self.phone

        address = self.address

        birthday: str | Unset = UNSET
        if not isinstance(self.birthday, Unset):
            birthday = self.birthday.isoformat()

        notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if company is not UNSET:
            field_dict["company"] = company
        if job_title is not UNSET:
            field_dict["job_title"] = job_title
        if phone is not UNSET:
            field_dict["phone"] = phone
        if address is not UNSET:
            field_dict["address"] = address
        if birthday is not UNSET:
            field_dict["birthday"] = birthday
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        name = d.pop("name", UNSET)

        company = d.pop("company", UNSET)

        job_title = d.pop("job_title", UNSET)

        phone = d.pop("phone", UNSET)

        address = d.pop("address", UNSET)

        _birthday = d.pop("birthday", UNSET)
        birthday: datetime.date | Unset
        if isinstance(_birthday, Unset):
            birthday = UNSET
        else:
            birthday = datetime.date.fromisoformat(_birthday)

        notes = d.pop("notes", UNSET)

        contact_update_request = cls(
            email=email,
            name=name,
            company=company,
            job_title=job_title,
            phone=phone,
            address=address,
            birthday=birthday,
            notes=notes,
        )

        return contact_update_request
