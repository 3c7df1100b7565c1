from typing import Literal

VerifyJobStatusStatus = Literal["invalid", "risky", "safe", "valid"]

VERIFY_JOB_STATUS_STATUS_VALUES: set[VerifyJobStatusStatus] = {
    "invalid",
    "risky",
    "safe",
    "valid",
}


def check_verify_job_status_status(value: str) -> VerifyJobStatusStatus:
    if value in VERIFY_JOB_STATUS_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VERIFY_JOB_STATUS_STATUS_VALUES!r}"
    )
