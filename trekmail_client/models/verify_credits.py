from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="VerifyCredits")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class VerifyCredits:
    """Verifier credit balance. Keys from TrekMail's public verifier API guide; every key is optional
    and other keys are kept.

    Attributes:
        monthly_limit (int | None | Unset): Credits the plan grants each month.
        monthly_used (int | None | Unset): Monthly credits used so far.
        monthly_remaining (int | None | Unset): Monthly credits left.
        purchased_balance (int | None | Unset): Purchased credits left (they do not reset).
        total_available (int | None | Unset): Monthly remaining plus purchased balance.
        plan (None | str | Unset): The account's plan, for example `pro`.
        resets_at (None | str | Unset): When the monthly credits reset (ISO 8601 date-time).
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    monthly_limit: int | None | Unset = UNSET
    monthly_used: int | None | Unset = UNSET
    monthly_remaining: int | None | Unset = UNSET
    purchased_balance: int | None | Unset = UNSET
    total_available: int | None | Unset = UNSET
    plan: None | str | Unset = UNSET
    resets_at: None | str | Unset = UNSET
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
            monthly_limit: int | None | Unset
            if isinstance(self.monthly_limit, Unset):
                monthly_limit = UNSET
            else:
                monthly_limit = self.monthly_limit
        except _parsing.PARSE_ERRORS:
            monthly_limit = self.monthly_limit
        if monthly_limit is not UNSET:
            field_dict["monthly_limit"] = monthly_limit
        try:
            monthly_used: int | None | Unset
            if isinstance(self.monthly_used, Unset):
                monthly_used = UNSET
            else:
                monthly_used = self.monthly_used
        except _parsing.PARSE_ERRORS:
            monthly_used = self.monthly_used
        if monthly_used is not UNSET:
            field_dict["monthly_used"] = monthly_used
        try:
            monthly_remaining: int | None | Unset
            if isinstance(self.monthly_remaining, Unset):
                monthly_remaining = UNSET
            else:
                monthly_remaining = self.monthly_remaining
        except _parsing.PARSE_ERRORS:
            monthly_remaining = self.monthly_remaining
        if monthly_remaining is not UNSET:
            field_dict["monthly_remaining"] = monthly_remaining
        try:
            purchased_balance: int | None | Unset
            if isinstance(self.purchased_balance, Unset):
                purchased_balance = UNSET
            else:
                purchased_balance = self.purchased_balance
        except _parsing.PARSE_ERRORS:
            purchased_balance = self.purchased_balance
        if purchased_balance is not UNSET:
            field_dict["purchased_balance"] = purchased_balance
        try:
            total_available: int | None | Unset
            if isinstance(self.total_available, Unset):
                total_available = UNSET
            else:
                total_available = self.total_available
        except _parsing.PARSE_ERRORS:
            total_available = self.total_available
        if total_available is not UNSET:
            field_dict["total_available"] = total_available
        try:
            plan: None | str | Unset
            if isinstance(self.plan, Unset):
                plan = UNSET
            else:
                plan = self.plan
        except _parsing.PARSE_ERRORS:
            plan = self.plan
        if plan is not UNSET:
            field_dict["plan"] = plan
        try:
            resets_at: None | str | Unset
            if isinstance(self.resets_at, Unset):
                resets_at = UNSET
            else:
                resets_at = self.resets_at
        except _parsing.PARSE_ERRORS:
            resets_at = self.resets_at
        if resets_at is not UNSET:
            field_dict["resets_at"] = resets_at
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
        _raw = d.pop("monthly_limit", UNSET)
        monthly_limit = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            monthly_limit = _parsing.field_mismatch(
                cls, "monthly_limit", "int | None", _raw
            )

        _raw = d.pop("monthly_used", UNSET)
        monthly_used = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            monthly_used = _parsing.field_mismatch(
                cls, "monthly_used", "int | None", _raw
            )

        _raw = d.pop("monthly_remaining", UNSET)
        monthly_remaining = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            monthly_remaining = _parsing.field_mismatch(
                cls, "monthly_remaining", "int | None", _raw
            )

        _raw = d.pop("purchased_balance", UNSET)
        purchased_balance = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            purchased_balance = _parsing.field_mismatch(
                cls, "purchased_balance", "int | None", _raw
            )

        _raw = d.pop("total_available", UNSET)
        total_available = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            total_available = _parsing.field_mismatch(
                cls, "total_available", "int | None", _raw
            )

        _raw = d.pop("plan", UNSET)
        plan = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            plan = _parsing.field_mismatch(cls, "plan", "None | str", _raw)

        _raw = d.pop("resets_at", UNSET)
        resets_at = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            resets_at = _parsing.field_mismatch(cls, "resets_at", "None | str", _raw)

        instance = cls(
            monthly_limit=monthly_limit,
            monthly_used=monthly_used,
            monthly_remaining=monthly_remaining,
            purchased_balance=purchased_balance,
            total_available=total_available,
            plan=plan,
            resets_at=resets_at,
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
