from typing import Literal

DriveBrowseFolderDir = Literal["asc", "desc"]

DRIVE_BROWSE_FOLDER_DIR_VALUES: set[DriveBrowseFolderDir] = {
    "asc",
    "desc",
}


def check_drive_browse_folder_dir(value: str) -> DriveBrowseFolderDir:
    if value in DRIVE_BROWSE_FOLDER_DIR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DRIVE_BROWSE_FOLDER_DIR_VALUES!r}"
    )
