from enum import StrEnum


class LegacySmtpTestRequestEncryption(StrEnum):
    NONE = "none"
    SSL = "ssl"
    TLS = "tls"

    def __str__(self) -> str:
        return str(self.value)
