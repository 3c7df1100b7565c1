from typing import Literal

ExternalAccountUpdateRequestSmtpPort = Literal[465, 587, 2525]

EXTERNAL_ACCOUNT_UPDATE_REQUEST_SMTP_PORT_VALUES: set[
    ExternalAccountUpdateRequestSmtpPort
] = {
    465,
    587,
    2525,
}


def check_external_account_update_request_smtp_port(
    value: int,
) -> ExternalAccountUpdateRequestSmtpPort:
    if value in EXTERNAL_ACCOUNT_UPDATE_REQUEST_SMTP_PORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXTERNAL_ACCOUNT_UPDATE_REQUEST_SMTP_PORT_VALUES!r}"
    )
