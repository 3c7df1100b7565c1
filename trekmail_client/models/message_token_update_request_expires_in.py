from enum import StrEnum


class MessageTokenUpdateRequestExpiresIn(StrEnum):
    VALUE_0 = "1h"
    VALUE_1 = "2h"
    VALUE_2 = "4h"
    VALUE_3 = "8h"
    VALUE_4 = "7d"
    VALUE_5 = "30d"
    VALUE_6 = "90d"

    def __str__(self) -> str:
        return str(self.value)
