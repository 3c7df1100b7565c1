from enum import StrEnum


class ExternalAccountConnectionRequestImapEncryption(StrEnum):
    SSL = "ssl"
    TLS = "tls"

    def __str__(self) -> str:
        return str(self.value)
