from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define


T = TypeVar("T", bound="BulkMigrationJobPasswordRequest")


@_attrs_define
class BulkMigrationJobPasswordRequest:
    """New source password for a failed job.

    Attributes:
        source_password (str): New source password.
    """

    source_password: str

    def to_dict(self) -> dict[str, Any]:
        source_password = self.source_password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "source_password": source_password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_password = d.pop("source_password")

        bulk_migration_job_password_request = cls(
            source_password=source_password,
        )

        return bulk_migration_job_password_request
