from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="VerifyBulkJobCreated")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class VerifyBulkJobCreated:
    """A started bulk verification job. The facts name `credits_charged` and `breakdown{probe, skip,
    deep_savings}` plus a job id (key not named) and no envelope; the named keys are typed at the
    top level, every key optional.

    Attributes:
        credits_charged (int | None | Unset): Credits charged for the job.
        breakdown (None | Unset | VerifyBulkJobCreatedBreakdownType0): How the charge was
            computed.
        data (VerifyBulkJobCreatedData | Unset): The job, when wrapped.
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    credits_charged: int | None | Unset = UNSET
    breakdown: None | Unset | VerifyBulkJobCreatedBreakdownType0 = UNSET
    data: VerifyBulkJobCreatedData | Unset = UNSET
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
            credits_charged: int | None | Unset
            if isinstance(self.credits_charged, Unset):
                credits_charged = UNSET
            else:
                credits_charged = self.credits_charged
        except _parsing.PARSE_ERRORS:
            credits_charged = self.credits_charged
        if credits_charged is not UNSET:
            field_dict["credits_charged"] = credits_charged
        try:
            breakdown: dict[str, Any] | None | Unset
            if isinstance(self.breakdown, Unset):
                breakdown = UNSET
            elif isinstance(self.breakdown, VerifyBulkJobCreatedBreakdownType0):
                breakdown = self.breakdown.to_dict()
            else:
                breakdown = self.breakdown
        except _parsing.PARSE_ERRORS:
            breakdown = self.breakdown
        if breakdown is not UNSET:
            field_dict["breakdown"] = breakdown
        try:
            data: dict[str, Any] | Unset = UNSET
            if not isinstance(self.data, Unset):
                data = self.data.to_dict()
        except _parsing.PARSE_ERRORS:
            data = self.data
        if data is not UNSET:
            field_dict["data"] = data
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
        _raw = d.pop("credits_charged", UNSET)
        credits_charged = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            credits_charged = _parsing.field_mismatch(
                cls, "credits_charged", "int | None", _raw
            )

        _raw = d.pop("breakdown", UNSET)
        try:

            def _parse_breakdown(
                data: object,
            ) -> None | Unset | VerifyBulkJobCreatedBreakdownType0:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    breakdown_type_0 = VerifyBulkJobCreatedBreakdownType0.from_dict(
                        data
                    )

                    return breakdown_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | VerifyBulkJobCreatedBreakdownType0, data)

            breakdown = _parse_breakdown(_raw)

        except _parsing.PARSE_ERRORS as exc:
            breakdown = _parsing.field_mismatch(
                cls, "breakdown", "None | VerifyBulkJobCreatedBreakdownType0", _raw, exc
            )
        if (
            breakdown is _raw
            and _raw is not UNSET
            and not isinstance(_raw, (_NoneType,))
        ):
            breakdown = _parsing.field_mismatch(
                cls, "breakdown", "None | VerifyBulkJobCreatedBreakdownType0", _raw
            )

        _raw = d.pop("data", UNSET)
        if (
            _raw is not UNSET
            and type(_raw) is not dict
            and not isinstance(_raw, Mapping)
        ):
            data = _parsing.not_an_object(
                VerifyBulkJobCreatedData, _raw, where=f"{cls.__name__}.data"
            )
        else:
            _data = _raw
            data: VerifyBulkJobCreatedData | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = VerifyBulkJobCreatedData.from_dict(_data)

        instance = cls(
            credits_charged=credits_charged,
            breakdown=breakdown,
            data=data,
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
from ..models.verify_bulk_job_created_breakdown_type_0 import (
    VerifyBulkJobCreatedBreakdownType0,
)  # noqa: E402
from ..models.verify_bulk_job_created_data import VerifyBulkJobCreatedData  # noqa: E402
