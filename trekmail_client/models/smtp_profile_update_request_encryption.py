from enum import StrEnum


class SmtpProfileUpdateRequestEncryption(StrEnum):
    NONE = "none"
    SSL = "ssl"
    TLS = "tls"

    def __str__(self) -> str:
        return str(self.value)
