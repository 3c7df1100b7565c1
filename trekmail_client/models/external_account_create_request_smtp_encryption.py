from enum import StrEnum


class ExternalAccountCreateRequestSmtpEncryption(StrEnum):
    SSL = "ssl"
    TLS = "tls"

    def __str__(self) -> str:
        return str(self.value)
