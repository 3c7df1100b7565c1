from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from ..models.domain_create_request_mail_hosting import (
    check_domain_create_request_mail_hosting,
)
from ..models.domain_create_request_mail_hosting import DomainCreateRequestMailHosting


T = TypeVar("T", bound="DomainCreateRequest")


@_attrs_define
class DomainCreateRequest:
    """Add a domain. It starts in `pending_dns`.

    Attributes:
        name (str): The domain name (lowercase).
        mail_hosting (DomainCreateRequestMailHosting | Unset): `trekmail` (default) hosts mail; `external` is sending-
            only (no MX, no mailboxes). Default: 'trekmail'.
    """

    name: str
    mail_hosting: DomainCreateRequestMailHosting | Unset = "trekmail"

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        mail_hosting: str | Unset = UNSET
        if not isinstance(self.mail_hosting, Unset):
            mail_hosting = self.mail_hosting

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if mail_hosting is not UNSET:
            field_dict["mail_hosting"] = mail_hosting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        _mail_hosting = d.pop("mail_hosting", UNSET)
        mail_hosting: DomainCreateRequestMailHosting | Unset
        if isinstance(_mail_hosting, Unset):
            mail_hosting = UNSET
        else:
            mail_hosting = check_domain_create_request_mail_hosting(_mail_hosting)

        domain_create_request = cls(
            name=name,
            mail_hosting=mail_hosting,
        )

        return domain_create_request
