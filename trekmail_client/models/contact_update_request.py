from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset

import datetime


T = TypeVar("T", bound="ContactUpdateRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


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

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    email: str | Unset = UNSET
    name: str | Unset = UNSET
    company: str | Unset = UNSET
    job_title: str | Unset = UNSET
    phone: str | Unset = UNSET
    address: str | Unset = UNSET
    birthday: datetime.date | Unset = UNSET
    notes: str | Unset = UNSET
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        email = self.email
        if email is not UNSET:
            field_dict["email"] = email
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        company = self.company
        if company is not UNSET:
            field_dict["company"] = company
        job_title = self.job_title
        if job_title is not UNSET:
            field_dict["job_title"] = job_title
        phone = self.phone
        if phone is not UNSET:
            field_dict["phone"] = phone
        address = self.address
        if address is not UNSET:
            field_dict["address"] = address
        try:
            birthday: str | Unset = UNSET
            if not isinstance(self.birthday, Unset):
                birthday = self.birthday.isoformat()
        except _parsing.PARSE_ERRORS:
            birthday = self.birthday
        if birthday is not UNSET:
            field_dict["birthday"] = birthday
        notes = self.notes
        if notes is not UNSET:
            field_dict["notes"] = notes
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
        _raw = d.pop("email", UNSET)
        email = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            email = _parsing.field_mismatch(cls, "email", "str", _raw)

        _raw = d.pop("name", UNSET)
        name = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            name = _parsing.field_mismatch(cls, "name", "str", _raw)

        _raw = d.pop("company", UNSET)
        company = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            company = _parsing.field_mismatch(cls, "company", "str", _raw)

        _raw = d.pop("job_title", UNSET)
        job_title = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            job_title = _parsing.field_mismatch(cls, "job_title", "str", _raw)

        _raw = d.pop("phone", UNSET)
        phone = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            phone = _parsing.field_mismatch(cls, "phone", "str", _raw)

        _raw = d.pop("address", UNSET)
        address = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            address = _parsing.field_mismatch(cls, "address", "str", _raw)

        _raw = d.pop("birthday", UNSET)
        try:
            _birthday = _raw
            birthday: datetime.date | Unset
            if isinstance(_birthday, Unset):
                birthday = UNSET
            else:
                birthday = datetime.date.fromisoformat(_birthday)

        except _parsing.PARSE_ERRORS as exc:
            birthday = _parsing.field_mismatch(
                cls, "birthday", "datetime.date", _raw, exc
            )

        _raw = d.pop("notes", UNSET)
        notes = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            notes = _parsing.field_mismatch(cls, "notes", "str", _raw)

        instance = cls(
            email=email,
            name=name,
            company=company,
            job_title=job_title,
            phone=phone,
            address=address,
            birthday=birthday,
            notes=notes,
        )
        instance._raw_json = src_dict
        return instance
