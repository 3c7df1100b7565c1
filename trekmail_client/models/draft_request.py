from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="DraftRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class DraftRequest:
    """A draft (all fields optional).

    Attributes:
        to (list[str] | Unset): Recipients.
        cc (list[str] | Unset): Cc recipients.
        bcc (list[str] | Unset): Bcc recipients.
        subject (str | Unset): Subject.
        body (MessageBody | Unset): Message body: at least one of `text` and `html` must be non-
            null.
        attachments (list[OutgoingAttachment] | Unset): Attachments (at most 20, 25 MB in
            total).
        external_account_id (int | Unset): Connected external account.
        identity_id (int | Unset): Identity to use.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    to: list[str] | Unset = UNSET
    cc: list[str] | Unset = UNSET
    bcc: list[str] | Unset = UNSET
    subject: str | Unset = UNSET
    body: MessageBody | Unset = UNSET
    attachments: list[OutgoingAttachment] | Unset = UNSET
    external_account_id: int | Unset = UNSET
    identity_id: int | Unset = UNSET
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        try:
            to: list[str] | Unset = UNSET
            if not isinstance(self.to, Unset):
                to = self.to

        except _parsing.PARSE_ERRORS:
            to = self.to
        if to is not UNSET:
            field_dict["to"] = to
        try:
            cc: list[str] | Unset = UNSET
            if not isinstance(self.cc, Unset):
                cc = self.cc

        except _parsing.PARSE_ERRORS:
            cc = self.cc
        if cc is not UNSET:
            field_dict["cc"] = cc
        try:
            bcc: list[str] | Unset = UNSET
            if not isinstance(self.bcc, Unset):
                bcc = self.bcc

        except _parsing.PARSE_ERRORS:
            bcc = self.bcc
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        subject = self.subject
        if subject is not UNSET:
            field_dict["subject"] = subject
        try:
            body: dict[str, Any] | Unset = UNSET
            if not isinstance(self.body, Unset):
                body = self.body.to_dict()
        except _parsing.PARSE_ERRORS:
            body = self.body
        if body is not UNSET:
            field_dict["body"] = body
        try:
            attachments: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.attachments, Unset):
                attachments = []
                for attachments_item_data in self.attachments:
                    attachments_item = attachments_item_data.to_dict()
                    attachments.append(attachments_item)

        except _parsing.PARSE_ERRORS:
            attachments = self.attachments
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        external_account_id = self.external_account_id
        if external_account_id is not UNSET:
            field_dict["external_account_id"] = external_account_id
        identity_id = self.identity_id
        if identity_id is not UNSET:
            field_dict["identity_id"] = identity_id
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
        _raw = d.pop("to", UNSET)
        if _raw is not UNSET and not isinstance(_raw, list):
            to = _parsing.field_mismatch(cls, "to", "list[str]", _raw)
        else:
            try:
                to = cast(list[str], _raw)

            except _parsing.PARSE_ERRORS as exc:
                to = _parsing.field_mismatch(cls, "to", "list[str]", _raw, exc)

        _raw = d.pop("cc", UNSET)
        if _raw is not UNSET and not isinstance(_raw, list):
            cc = _parsing.field_mismatch(cls, "cc", "list[str]", _raw)
        else:
            try:
                cc = cast(list[str], _raw)

            except _parsing.PARSE_ERRORS as exc:
                cc = _parsing.field_mismatch(cls, "cc", "list[str]", _raw, exc)

        _raw = d.pop("bcc", UNSET)
        if _raw is not UNSET and not isinstance(_raw, list):
            bcc = _parsing.field_mismatch(cls, "bcc", "list[str]", _raw)
        else:
            try:
                bcc = cast(list[str], _raw)

            except _parsing.PARSE_ERRORS as exc:
                bcc = _parsing.field_mismatch(cls, "bcc", "list[str]", _raw, exc)

        _raw = d.pop("subject", UNSET)
        subject = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            subject = _parsing.field_mismatch(cls, "subject", "str", _raw)

        _raw = d.pop("body", UNSET)
        if (
            _raw is not UNSET
            and type(_raw) is not dict
            and not isinstance(_raw, Mapping)
        ):
            body = _parsing.not_an_object(
                MessageBody, _raw, where=f"{cls.__name__}.body"
            )
        else:
            _body = _raw
            body: MessageBody | Unset
            if isinstance(_body, Unset):
                body = UNSET
            else:
                body = MessageBody.from_dict(_body)

        _raw = d.pop("attachments", UNSET)
        if _raw is not UNSET and not isinstance(_raw, list):
            attachments = _parsing.field_mismatch(
                cls, "attachments", "list[OutgoingAttachment]", _raw
            )
        else:
            try:
                _attachments = _raw
                attachments: list[OutgoingAttachment] | Unset = UNSET
                if _attachments is not UNSET:
                    attachments = []
                    for attachments_item_data in _attachments:
                        attachments_item = OutgoingAttachment.from_dict(
                            attachments_item_data
                        )

                        attachments.append(attachments_item)

            except _parsing.PARSE_ERRORS as exc:
                attachments = _parsing.field_mismatch(
                    cls, "attachments", "list[OutgoingAttachment]", _raw, exc
                )

        _raw = d.pop("external_account_id", UNSET)
        external_account_id = _raw
        if _raw is not UNSET and (not isinstance(_raw, int) or isinstance(_raw, bool)):
            external_account_id = _parsing.field_mismatch(
                cls, "external_account_id", "int", _raw
            )

        _raw = d.pop("identity_id", UNSET)
        identity_id = _raw
        if _raw is not UNSET and (not isinstance(_raw, int) or isinstance(_raw, bool)):
            identity_id = _parsing.field_mismatch(cls, "identity_id", "int", _raw)

        instance = cls(
            to=to,
            cc=cc,
            bcc=bcc,
            subject=subject,
            body=body,
            attachments=attachments,
            external_account_id=external_account_id,
            identity_id=identity_id,
        )
        instance._raw_json = src_dict
        return instance


# The models this one refers to, imported once the class above exists (they may refer back to
# it): a global looked up per read, not an import statement run in every from_dict (about
# 12,000 instructions each; issue 12).
from ..models.message_body import MessageBody  # noqa: E402
from ..models.outgoing_attachment import OutgoingAttachment  # noqa: E402
