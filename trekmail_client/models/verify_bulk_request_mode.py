from typing import Literal

VerifyBulkRequestMode = Literal["deep", "quick"]

VERIFY_BULK_REQUEST_MODE_VALUES: set[VerifyBulkRequestMode] = {
    "deep",
    "quick",
}


def check_verify_bulk_request_mode(value: str) -> VerifyBulkRequestMode:
    if value in VERIFY_BULK_REQUEST_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VERIFY_BULK_REQUEST_MODE_VALUES!r}"
    )
