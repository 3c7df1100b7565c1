from enum import IntEnum


class SmtpProfileCreateRequestPort(IntEnum):
    VALUE_25 = 25
    VALUE_465 = 465
    VALUE_587 = 587
    VALUE_2525 = 2525

    def __str__(self) -> str:
        return str(self.value)
