from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="CloudflarePreviewRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class CloudflarePreviewRequest:
    """Compute the DNS diff.

    Attributes:
        domain_ids (list[int]): Domain ids (1-50).
        included_records (CloudflarePreviewRequestIncludedRecords | Unset): Map of domain id (as
            a string) to record ids (e.g. `mx_primary`, `spf_record`, `dkim_primary`, `dmarc_main`).
        confirmed_conflicts (CloudflarePreviewRequestConfirmedConflicts | Unset): Map of domain
            id (as a string) to record ids (e.g. `mx_primary`, `spf_record`, `dkim_primary`,
            `dmarc_main`).

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    domain_ids: list[int]
    included_records: CloudflarePreviewRequestIncludedRecords | Unset = UNSET
    confirmed_conflicts: CloudflarePreviewRequestConfirmedConflicts | Unset = UNSET
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        try:
            domain_ids = self.domain_ids

        except _parsing.PARSE_ERRORS:
            domain_ids = self.domain_ids
        if domain_ids is not UNSET:
            field_dict["domain_ids"] = domain_ids
        try:
            included_records: dict[str, Any] | Unset = UNSET
            if not isinstance(self.included_records, Unset):
                included_records = self.included_records.to_dict()
        except _parsing.PARSE_ERRORS:
            included_records = self.included_records
        if included_records is not UNSET:
            field_dict["included_records"] = included_records
        try:
            confirmed_conflicts: dict[str, Any] | Unset = UNSET
            if not isinstance(self.confirmed_conflicts, Unset):
                confirmed_conflicts = self.confirmed_conflicts.to_dict()
        except _parsing.PARSE_ERRORS:
            confirmed_conflicts = self.confirmed_conflicts
        if confirmed_conflicts is not UNSET:
            field_dict["confirmed_conflicts"] = confirmed_conflicts
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a model from decoded JSON, tolerantly (strict inside a ``strict=True`` call).

        Raises:
            ResponseParseError: only inside a call made by a ``strict=True`` client.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            return _parsing.not_an_object(cls, src_dict)
        d = dict(src_dict)
        _raw = d.pop("domain_ids", UNSET)
        if _raw is UNSET:
            domain_ids = _parsing.missing_field(cls, "domain_ids", "list[int]")
        else:
            if not isinstance(_raw, list):
                domain_ids = _parsing.field_mismatch(
                    cls, "domain_ids", "list[int]", _raw
                )
            else:
                try:
                    domain_ids = cast(list[int], _raw)

                except _parsing.PARSE_ERRORS as exc:
                    domain_ids = _parsing.field_mismatch(
                        cls, "domain_ids", "list[int]", _raw, exc
                    )

        _raw = d.pop("included_records", UNSET)
        if (
            _raw is not UNSET
            and type(_raw) is not dict
            and not isinstance(_raw, Mapping)
        ):
            included_records = _parsing.not_an_object(
                CloudflarePreviewRequestIncludedRecords,
                _raw,
                where=f"{cls.__name__}.included_records",
            )
        else:
            _included_records = _raw
            included_records: CloudflarePreviewRequestIncludedRecords | Unset
            if isinstance(_included_records, Unset):
                included_records = UNSET
            else:
                included_records = CloudflarePreviewRequestIncludedRecords.from_dict(
                    _included_records
                )

        _raw = d.pop("confirmed_conflicts", UNSET)
        if (
            _raw is not UNSET
            and type(_raw) is not dict
            and not isinstance(_raw, Mapping)
        ):
            confirmed_conflicts = _parsing.not_an_object(
                CloudflarePreviewRequestConfirmedConflicts,
                _raw,
                where=f"{cls.__name__}.confirmed_conflicts",
            )
        else:
            _confirmed_conflicts = _raw
            confirmed_conflicts: CloudflarePreviewRequestConfirmedConflicts | Unset
            if isinstance(_confirmed_conflicts, Unset):
                confirmed_conflicts = UNSET
            else:
                confirmed_conflicts = (
                    CloudflarePreviewRequestConfirmedConflicts.from_dict(
                        _confirmed_conflicts
                    )
                )

        instance = cls(
            domain_ids=domain_ids,
            included_records=included_records,
            confirmed_conflicts=confirmed_conflicts,
        )
        instance._raw_json = src_dict
        return instance


# The models this one refers to, imported once the class above exists (they may refer back to
# it): a global looked up per read, not an import statement run in every from_dict (about
# 12,000 instructions each; issue 12).
from ..models.cloudflare_preview_request_confirmed_conflicts import (
    CloudflarePreviewRequestConfirmedConflicts,
)  # noqa: E402
from ..models.cloudflare_preview_request_included_records import (
    CloudflarePreviewRequestIncludedRecords,
)  # noqa: E402
