from typing import Literal

VerifyJobDownloadFilter = Literal["all", "safe", "safe_risky"]

VERIFY_JOB_DOWNLOAD_FILTER_VALUES: set[VerifyJobDownloadFilter] = {
    "all",
    "safe",
    "safe_risky",
}


def check_verify_job_download_filter(value: str) -> VerifyJobDownloadFilter:
    if value in VERIFY_JOB_DOWNLOAD_FILTER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VERIFY_JOB_DOWNLOAD_FILTER_VALUES!r}"
    )
