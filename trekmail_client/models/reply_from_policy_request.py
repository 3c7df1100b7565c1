from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define


from ..models.reply_from_policy_request_reply_from_policy import (
    check_reply_from_policy_request_reply_from_policy,
)
from ..models.reply_from_policy_request_reply_from_policy import (
    ReplyFromPolicyRequestReplyFromPolicy,
)


T = TypeVar("T", bound="ReplyFromPolicyRequest")


@_attrs_define
class ReplyFromPolicyRequest:
    """Which address replies are sent from.

    Attributes:
        reply_from_policy (ReplyFromPolicyRequestReplyFromPolicy): `recipient`: reply from the address the message was
            sent to; `default`: reply from the default identity.
    """

    reply_from_policy: ReplyFromPolicyRequestReplyFromPolicy

    def to_dict(self) -> dict[str, Any]:
        reply_from_policy: str = self.reply_from_policy

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reply_from_policy": reply_from_policy,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reply_from_policy = check_reply_from_policy_request_reply_from_policy(
            d.pop("reply_from_policy")
        )

        reply_from_policy_request = cls(
            reply_from_policy=reply_from_policy,
        )

        return reply_from_policy_request
