from typing import Literal

ExternalAccountConnectionRequestSmtpPort = Literal[465, 587, 2525]

EXTERNAL_ACCOUNT_CONNECTION_REQUEST_SMTP_PORT_VALUES: set[
    ExternalAccountConnectionRequestSmtpPort
] = {
    465,
    587,
    2525,
}


def check_external_account_connection_request_smtp_port(
    value: int,
) -> ExternalAccountConnectionRequestSmtpPort:
    if value in EXTERNAL_ACCOUNT_CONNECTION_REQUEST_SMTP_PORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXTERNAL_ACCOUNT_CONNECTION_REQUEST_SMTP_PORT_VALUES!r}"
    )
