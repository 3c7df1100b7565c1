from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset

from ..models.domain_mail_hosting_request_mail_hosting import (
    check_domain_mail_hosting_request_mail_hosting,
)
from ..models.domain_mail_hosting_request_mail_hosting import (
    DomainMailHostingRequestMailHosting,
)


T = TypeVar("T", bound="DomainMailHostingRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class DomainMailHostingRequest:
    """Switch where the domain's mail is hosted.

    Attributes:
        mail_hosting (DomainMailHostingRequestMailHosting): `trekmail` hosts mail here;
            `external` is sending-only (no MX, no mailboxes).
        confirm_mailboxes_stop_receiving (bool | Unset): Send `true` to confirm that existing
            mailboxes stop receiving mail; needed when moving to `external` while the domain has
            mailboxes. The official client only sends it when true.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    mail_hosting: DomainMailHostingRequestMailHosting
    confirm_mailboxes_stop_receiving: bool | Unset = UNSET
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        try:
            mail_hosting: str = self.mail_hosting
        except _parsing.PARSE_ERRORS:
            mail_hosting = self.mail_hosting
        if mail_hosting is not UNSET:
            field_dict["mail_hosting"] = mail_hosting
        confirm_mailboxes_stop_receiving = self.confirm_mailboxes_stop_receiving
        if confirm_mailboxes_stop_receiving is not UNSET:
            field_dict["confirm_mailboxes_stop_receiving"] = (
                confirm_mailboxes_stop_receiving
            )
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
        _raw = d.pop("mail_hosting", UNSET)
        if _raw is UNSET:
            mail_hosting = _parsing.missing_field(
                cls, "mail_hosting", "DomainMailHostingRequestMailHosting"
            )
        else:
            try:
                mail_hosting = check_domain_mail_hosting_request_mail_hosting(_raw)

            except _parsing.PARSE_ERRORS as exc:
                mail_hosting = _parsing.field_mismatch(
                    cls,
                    "mail_hosting",
                    "DomainMailHostingRequestMailHosting",
                    _raw,
                    exc,
                )

        _raw = d.pop("confirm_mailboxes_stop_receiving", UNSET)
        confirm_mailboxes_stop_receiving = _raw
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            confirm_mailboxes_stop_receiving = _parsing.field_mismatch(
                cls, "confirm_mailboxes_stop_receiving", "bool", _raw
            )

        instance = cls(
            mail_hosting=mail_hosting,
            confirm_mailboxes_stop_receiving=confirm_mailboxes_stop_receiving,
        )
        instance._raw_json = src_dict
        return instance
