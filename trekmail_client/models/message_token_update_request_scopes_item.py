from enum import StrEnum


class MessageTokenUpdateRequestScopesItem(StrEnum):
    MESSAGESREAD = "messages:read"
    MESSAGESSEND = "messages:send"
    MESSAGESWRITE = "messages:write"

    def __str__(self) -> str:
        return str(self.value)
