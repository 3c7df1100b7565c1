from enum import StrEnum


class ExternalAccountUpdateRequestSmtpEncryption(StrEnum):
    SSL = "ssl"
    TLS = "tls"

    def __str__(self) -> str:
        return str(self.value)
