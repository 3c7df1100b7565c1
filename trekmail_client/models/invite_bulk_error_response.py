from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="InviteBulkErrorResponse")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class InviteBulkErrorResponse:
    """422 of a bulk invite: the bulk shape with every row failed (no `error` key), or the error
    envelope. All keys optional.

    Attributes:
        counts (MailboxBulkCounts | Unset): Counts of a bulk create.
        results (list[InviteBulkRow] | Unset): One result per item, in order.
        error (ErrorBody | Unset): The body of the error envelope. Extra keys (for example
            `dimension`, `resets_at`, `reason`, `retry_after`, `errors`) are kept as additional
            properties.
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    counts: MailboxBulkCounts | Unset = UNSET
    results: list[InviteBulkRow] | Unset = UNSET
    error: ErrorBody | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=_parsing.redacted_mapping_repr
    )
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        try:
            counts: dict[str, Any] | Unset = UNSET
            if not isinstance(self.counts, Unset):
                counts = self.counts.to_dict()
        except _parsing.PARSE_ERRORS:
            counts = self.counts
        if counts is not UNSET:
            field_dict["counts"] = counts
        try:
            results: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.results, Unset):
                results = []
                for results_item_data in self.results:
                    results_item = results_item_data.to_dict()
                    results.append(results_item)

        except _parsing.PARSE_ERRORS:
            results = self.results
        if results is not UNSET:
            field_dict["results"] = results
        try:
            error: dict[str, Any] | Unset = UNSET
            if not isinstance(self.error, Unset):
                error = self.error.to_dict()
        except _parsing.PARSE_ERRORS:
            error = self.error
        if error is not UNSET:
            field_dict["error"] = error
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
        _raw = d.pop("counts", UNSET)
        if (
            _raw is not UNSET
            and type(_raw) is not dict
            and not isinstance(_raw, Mapping)
        ):
            counts = _parsing.not_an_object(
                MailboxBulkCounts, _raw, where=f"{cls.__name__}.counts"
            )
        else:
            _counts = _raw
            counts: MailboxBulkCounts | Unset
            if isinstance(_counts, Unset):
                counts = UNSET
            else:
                counts = MailboxBulkCounts.from_dict(_counts)

        _raw = d.pop("results", UNSET)
        if _raw is not UNSET and not isinstance(_raw, list):
            results = _parsing.field_mismatch(
                cls, "results", "list[InviteBulkRow]", _raw
            )
        else:
            try:
                _results = _raw
                results: list[InviteBulkRow] | Unset = UNSET
                if _results is not UNSET:
                    results = []
                    for results_item_data in _results:
                        results_item = InviteBulkRow.from_dict(results_item_data)

                        results.append(results_item)

            except _parsing.PARSE_ERRORS as exc:
                results = _parsing.field_mismatch(
                    cls, "results", "list[InviteBulkRow]", _raw, exc
                )

        _raw = d.pop("error", UNSET)
        if (
            _raw is not UNSET
            and type(_raw) is not dict
            and not isinstance(_raw, Mapping)
        ):
            error = _parsing.not_an_object(
                ErrorBody, _raw, where=f"{cls.__name__}.error"
            )
        else:
            _error = _raw
            error: ErrorBody | Unset
            if isinstance(_error, Unset):
                error = UNSET
            else:
                error = ErrorBody.from_dict(_error)

        instance = cls(
            counts=counts,
            results=results,
            error=error,
        )
        instance.additional_properties = d
        instance._raw_json = src_dict
        return instance

    @property
    def additional_keys(self) -> list[str]:
        """Names of the fields the contract does not name."""
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one refers to, imported once the class above exists (they may refer back to
# it): a global looked up per read, not an import statement run in every from_dict (about
# 12,000 instructions each; issue 12).
from ..models.error_body import ErrorBody  # noqa: E402
from ..models.invite_bulk_row import InviteBulkRow  # noqa: E402
from ..models.mailbox_bulk_counts import MailboxBulkCounts  # noqa: E402
