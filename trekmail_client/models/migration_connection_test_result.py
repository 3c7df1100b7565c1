from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
    from ..models.migration_connection_test_result_folders_type_0 import (
        MigrationConnectionTestResultFoldersType0,
    )


T = TypeVar("T", bound="MigrationConnectionTestResult")


@_attrs_define
class MigrationConnectionTestResult:
    """Result of a source connection test (README shape).

    Attributes:
        success (bool | None | Unset): The source accepted the login.
        folders (MigrationConnectionTestResultFoldersType0 | None | Unset): Message count per source folder name.
    """

    success: bool | None | Unset = UNSET
    folders: MigrationConnectionTestResultFoldersType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.migration_connection_test_result_folders_type_0 import (
            MigrationConnectionTestResultFoldersType0,
        )  # noqa: PLC0415

        success: bool | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        folders: dict[str, Any] | None | Unset
        if isinstance(self.folders, Unset):
            folders = UNSET
        elif isinstance(self.folders, MigrationConnectionTestResultFoldersType0):
            folders = self.folders.to_dict()
        else:
            folders = self.folders

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if folders is not UNSET:
            field_dict["folders"] = folders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.migration_connection_test_result_folders_type_0 import (
            MigrationConnectionTestResultFoldersType0,
        )  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_success(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        success = _parse_success(d.pop("success", UNSET))

        def _parse_folders(
            data: object,
        ) -> MigrationConnectionTestResultFoldersType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                folders_type_0 = MigrationConnectionTestResultFoldersType0.from_dict(
                    data
                )

                return folders_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MigrationConnectionTestResultFoldersType0 | None | Unset, data)

        folders = _parse_folders(d.pop("folders", UNSET))

        migration_connection_test_result = cls(
            success=success,
            folders=folders,
        )

        migration_connection_test_result.additional_properties = d
        return migration_connection_test_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
