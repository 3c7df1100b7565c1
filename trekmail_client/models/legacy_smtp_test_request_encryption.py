from typing import Literal

LegacySmtpTestRequestEncryption = Literal["none", "ssl", "tls"]

LEGACY_SMTP_TEST_REQUEST_ENCRYPTION_VALUES: set[LegacySmtpTestRequestEncryption] = {
    "none",
    "ssl",
    "tls",
}


def check_legacy_smtp_test_request_encryption(
    value: str,
) -> LegacySmtpTestRequestEncryption:
    if value in LEGACY_SMTP_TEST_REQUEST_ENCRYPTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LEGACY_SMTP_TEST_REQUEST_ENCRYPTION_VALUES!r}"
    )
