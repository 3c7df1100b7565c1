from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET

from ..models.reply_from_policy_request_reply_from_policy import (
    check_reply_from_policy_request_reply_from_policy,
)
from ..models.reply_from_policy_request_reply_from_policy import (
    ReplyFromPolicyRequestReplyFromPolicy,
)


T = TypeVar("T", bound="ReplyFromPolicyRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class ReplyFromPolicyRequest:
    """Which address replies are sent from.

    Attributes:
        reply_from_policy (ReplyFromPolicyRequestReplyFromPolicy): `recipient`: reply from the
            address the message was sent to; `default`: reply from the default identity.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    reply_from_policy: ReplyFromPolicyRequestReplyFromPolicy
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        try:
            reply_from_policy: str = self.reply_from_policy
        except _parsing.PARSE_ERRORS:
            reply_from_policy = self.reply_from_policy
        if reply_from_policy is not UNSET:
            field_dict["reply_from_policy"] = reply_from_policy
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
        _raw = d.pop("reply_from_policy", UNSET)
        if _raw is UNSET:
            reply_from_policy = _parsing.missing_field(
                cls, "reply_from_policy", "ReplyFromPolicyRequestReplyFromPolicy"
            )
        else:
            try:
                reply_from_policy = check_reply_from_policy_request_reply_from_policy(
                    _raw
                )

            except _parsing.PARSE_ERRORS as exc:
                reply_from_policy = _parsing.field_mismatch(
                    cls,
                    "reply_from_policy",
                    "ReplyFromPolicyRequestReplyFromPolicy",
                    _raw,
                    exc,
                )

        instance = cls(
            reply_from_policy=reply_from_policy,
        )
        instance._raw_json = src_dict
        return instance
