from typing import Literal

VerifyListJobsStatus = Literal[
    "cancelled", "completed", "failed", "partial", "pending", "processing"
]

VERIFY_LIST_JOBS_STATUS_VALUES: set[VerifyListJobsStatus] = {
    "cancelled",
    "completed",
    "failed",
    "partial",
    "pending",
    "processing",
}


def check_verify_list_jobs_status(value: str) -> VerifyListJobsStatus:
    if value in VERIFY_LIST_JOBS_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VERIFY_LIST_JOBS_STATUS_VALUES!r}"
    )
