from typing import Literal

ExternalAccountCreateRequestSmtpPort = Literal[465, 587, 2525]

EXTERNAL_ACCOUNT_CREATE_REQUEST_SMTP_PORT_VALUES: set[
    ExternalAccountCreateRequestSmtpPort
] = {
    465,
    587,
    2525,
}


def check_external_account_create_request_smtp_port(
    value: int,
) -> ExternalAccountCreateRequestSmtpPort:
    if value in EXTERNAL_ACCOUNT_CREATE_REQUEST_SMTP_PORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXTERNAL_ACCOUNT_CREATE_REQUEST_SMTP_PORT_VALUES!r}"
    )
