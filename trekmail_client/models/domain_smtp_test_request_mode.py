from typing import Literal

DomainSmtpTestRequestMode = Literal["custom", "platform"]

DOMAIN_SMTP_TEST_REQUEST_MODE_VALUES: set[DomainSmtpTestRequestMode] = {
    "custom",
    "platform",
}


def check_domain_smtp_test_request_mode(value: str) -> DomainSmtpTestRequestMode:
    if value in DOMAIN_SMTP_TEST_REQUEST_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOMAIN_SMTP_TEST_REQUEST_MODE_VALUES!r}"
    )
