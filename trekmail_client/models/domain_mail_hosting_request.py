from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from ..models.domain_mail_hosting_request_mail_hosting import (
    check_domain_mail_hosting_request_mail_hosting,
)
from ..models.domain_mail_hosting_request_mail_hosting import (
    DomainMailHostingRequestMailHosting,
)


T = TypeVar("T", bound="DomainMailHostingRequest")


@_attrs_define
class DomainMailHostingRequest:
    """Switch where the domain's mail is hosted.

    Attributes:
        mail_hosting (DomainMailHostingRequestMailHosting): `trekmail` hosts mail here; `external` is sending-only (no
            MX, no mailboxes).
        confirm_mailboxes_stop_receiving (bool | Unset): Send `true` to confirm that existing mailboxes stop receiving
            mail; needed when moving to `external` while the domain has mailboxes. The official client only sends it when
            true.
    """

    mail_hosting: DomainMailHostingRequestMailHosting
    confirm_mailboxes_stop_receiving: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        mail_hosting: str = self.mail_hosting

        confirm_mailboxes_stop_receiving = self.confirm_mailboxes_stop_receiving

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mail_hosting": mail_hosting,
            }
        )
        if confirm_mailboxes_stop_receiving is not UNSET:
            field_dict["confirm_mailboxes_stop_receiving"] = (
                confirm_mailboxes_stop_receiving
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mail_hosting = check_domain_mail_hosting_request_mail_hosting(
            d.pop("mail_hosting")
        )

        confirm_mailboxes_stop_receiving = d.pop(
            "confirm_mailboxes_stop_receiving", UNSET
        )

        domain_mail_hosting_request = cls(
            mail_hosting=mail_hosting,
            confirm_mailboxes_stop_receiving=confirm_mailboxes_stop_receiving,
        )

        return domain_mail_hosting_request
