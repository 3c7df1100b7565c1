from enum import StrEnum


class ExternalAccountConnectionRequestSmtpEncryption(StrEnum):
    SSL = "ssl"
    TLS = "tls"

    def __str__(self) -> str:
        return str(self.value)
