from enum import StrEnum


class ReplyFromPolicyRequestReplyFromPolicy(StrEnum):
    DEFAULT = "default"
    RECIPIENT = "recipient"

    def __str__(self) -> str:
        return str(self.value)
