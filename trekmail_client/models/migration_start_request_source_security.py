from enum import StrEnum


class MigrationStartRequestSourceSecurity(StrEnum):
    NONE = "none"
    SSL = "ssl"
    TLS = "tls"

    def __str__(self) -> str:
        return str(self.value)
