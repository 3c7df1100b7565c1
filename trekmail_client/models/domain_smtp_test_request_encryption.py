from typing import Literal

DomainSmtpTestRequestEncryption = Literal["none", "ssl", "tls"]

DOMAIN_SMTP_TEST_REQUEST_ENCRYPTION_VALUES: set[DomainSmtpTestRequestEncryption] = {
    "none",
    "ssl",
    "tls",
}


def check_domain_smtp_test_request_encryption(
    value: str,
) -> DomainSmtpTestRequestEncryption:
    if value in DOMAIN_SMTP_TEST_REQUEST_ENCRYPTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOMAIN_SMTP_TEST_REQUEST_ENCRYPTION_VALUES!r}"
    )
