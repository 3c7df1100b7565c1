from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
    from ..models.cloudflare_preview_request_confirmed_conflicts import (
        CloudflarePreviewRequestConfirmedConflicts,
    )
    from ..models.cloudflare_preview_request_included_records import (
        CloudflarePreviewRequestIncludedRecords,
    )


T = TypeVar("T", bound="CloudflarePreviewRequest")


@_attrs_define
class CloudflarePreviewRequest:
    """Compute the DNS diff.

    Attributes:
        domain_ids (list[int]): Domain ids (1-50).
        included_records (CloudflarePreviewRequestIncludedRecords | Unset): Map of domain id (as a string) to record ids
            (e.g. `mx_primary`, `spf_record`, `dkim_primary`, `dmarc_main`).
        confirmed_conflicts (CloudflarePreviewRequestConfirmedConflicts | Unset): Map of domain id (as a string) to
            record ids (e.g. `mx_primary`, `spf_record`, `dkim_primary`, `dmarc_main`).
    """

    domain_ids: list[int]
    included_records: CloudflarePreviewRequestIncludedRecords | Unset = UNSET
    confirmed_conflicts: CloudflarePreviewRequestConfirmedConflicts | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        domain_ids = self.domain_ids

        included_records: dict[str, Any] | Unset = UNSET
        if not isinstance(self.included_records, Unset):
            included_records = self.included_records.to_dict()

        confirmed_conflicts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.confirmed_conflicts, Unset):
            confirmed_conflicts = self.confirmed_conflicts.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "domain_ids": domain_ids,
            }
        )
        if included_records is not UNSET:
            field_dict["included_records"] = included_records
        if confirmed_conflicts is not UNSET:
            field_dict["confirmed_conflicts"] = confirmed_conflicts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cloudflare_preview_request_confirmed_conflicts import (
            CloudflarePreviewRequestConfirmedConflicts,
        )  # noqa: PLC0415
        from ..models.cloudflare_preview_request_included_records import (
            CloudflarePreviewRequestIncludedRecords,
        )  # noqa: PLC0415

        d = dict(src_dict)
        domain_ids = cast(list[int], d.pop("domain_ids"))

        _included_records = d.pop("included_records", UNSET)
        included_records: CloudflarePreviewRequestIncludedRecords | Unset
        if isinstance(_included_records, Unset):
            included_records = UNSET
        else:
            included_records = CloudflarePreviewRequestIncludedRecords.from_dict(
                _included_records
            )

        _confirmed_conflicts = d.pop("confirmed_conflicts", UNSET)
        confirmed_conflicts: CloudflarePreviewRequestConfirmedConflicts | Unset
        if isinstance(_confirmed_conflicts, Unset):
            confirmed_conflicts = UNSET
        else:
            confirmed_conflicts = CloudflarePreviewRequestConfirmedConflicts.from_dict(
                _confirmed_conflicts
            )

        cloudflare_preview_request = cls(
            domain_ids=domain_ids,
            included_records=included_records,
            confirmed_conflicts=confirmed_conflicts,
        )

        return cloudflare_preview_request
