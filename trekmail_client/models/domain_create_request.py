from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset

from ..models.domain_create_request_mail_hosting import (
    check_domain_create_request_mail_hosting,
)
from ..models.domain_create_request_mail_hosting import DomainCreateRequestMailHosting


T = TypeVar("T", bound="DomainCreateRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class DomainCreateRequest:
    """Add a domain. It starts in `pending_dns`.

    Attributes:
        name (str): The domain name (lowercase).
        mail_hosting (DomainCreateRequestMailHosting | Unset): `trekmail` (default) hosts mail;
            `external` is sending-only (no MX, no mailboxes). Default: 'trekmail'.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    name: str
    mail_hosting: DomainCreateRequestMailHosting | Unset = "trekmail"
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        try:
            mail_hosting: str | Unset = UNSET
            if not isinstance(self.mail_hosting, Unset):
                mail_hosting = self.mail_hosting

        except _parsing.PARSE_ERRORS:
            mail_hosting = self.mail_hosting
        if mail_hosting is not UNSET:
            field_dict["mail_hosting"] = mail_hosting
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
        _raw = d.pop("name", UNSET)
        if _raw is UNSET:
            name = _parsing.missing_field(cls, "name", "str")
        else:
            name = _raw
            if not isinstance(_raw, str):
                name = _parsing.field_mismatch(cls, "name", "str", _raw)

        _raw = d.pop("mail_hosting", UNSET)
        try:
            _mail_hosting = _raw
            mail_hosting: DomainCreateRequestMailHosting | Unset
            if isinstance(_mail_hosting, Unset):
                mail_hosting = UNSET
            else:
                mail_hosting = check_domain_create_request_mail_hosting(_mail_hosting)

        except _parsing.PARSE_ERRORS as exc:
            mail_hosting = _parsing.field_mismatch(
                cls, "mail_hosting", "DomainCreateRequestMailHosting", _raw, exc
            )

        instance = cls(
            name=name,
            mail_hosting=mail_hosting,
        )
        instance._raw_json = src_dict
        return instance
