from typing import Literal

DriveBrowseSubfolderDir = Literal["asc", "desc"]

DRIVE_BROWSE_SUBFOLDER_DIR_VALUES: set[DriveBrowseSubfolderDir] = {
    "asc",
    "desc",
}


def check_drive_browse_subfolder_dir(value: str) -> DriveBrowseSubfolderDir:
    if value in DRIVE_BROWSE_SUBFOLDER_DIR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DRIVE_BROWSE_SUBFOLDER_DIR_VALUES!r}"
    )
