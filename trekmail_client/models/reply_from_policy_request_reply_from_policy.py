from typing import Literal

ReplyFromPolicyRequestReplyFromPolicy = Literal["default", "recipient"]

REPLY_FROM_POLICY_REQUEST_REPLY_FROM_POLICY_VALUES: set[
    ReplyFromPolicyRequestReplyFromPolicy
] = {
    "default",
    "recipient",
}


def check_reply_from_policy_request_reply_from_policy(
    value: str,
) -> ReplyFromPolicyRequestReplyFromPolicy:
    if value in REPLY_FROM_POLICY_REQUEST_REPLY_FROM_POLICY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REPLY_FROM_POLICY_REQUEST_REPLY_FROM_POLICY_VALUES!r}"
    )
