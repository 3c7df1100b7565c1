from enum import StrEnum


class MessageBulkActionRequestAction(StrEnum):
    DELETE = "delete"
    MOVE = "move"
    NOTSPAM = "notspam"
    READ = "read"
    SPAM = "spam"
    STAR = "star"
    UNREAD = "unread"
    UNSTAR = "unstar"

    def __str__(self) -> str:
        return str(self.value)
