from enum import IntEnum


class ExternalAccountUpdateRequestImapPort(IntEnum):
    VALUE_143 = 143
    VALUE_993 = 993

    def __str__(self) -> str:
        return str(self.value)
