from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="VerifyEmailResult")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class VerifyEmailResult:
    """Result of a single verification. Keys from TrekMail's public verifier API guide; every key is
    optional and other keys are kept.

    Attributes:
        status (None | str | Unset): Verdict. Known values: `safe`, `valid`, `risky`, `invalid`,
            `unknown`.
        trust_score (int | None | Unset): Confidence 0-100; higher is better.
        mode (None | str | Unset): Check depth used. Known values: `quick`, `deep`.
        reason (None | str | Unset): Why the verdict was given, in words.
        checks (VerifyEmailResultChecks | Unset): The individual checks behind the score (deep
            mode adds `smtp_status`). Other keys are kept.
        mx_host (None | str | Unset): The mail exchanger that was checked.
        credits_remaining (int | None | Unset): Credits left after this verification.
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    status: None | str | Unset = UNSET
    trust_score: int | None | Unset = UNSET
    mode: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    checks: VerifyEmailResultChecks | Unset = UNSET
    mx_host: None | str | Unset = UNSET
    credits_remaining: int | None | Unset = UNSET
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
            status: None | str | Unset
            if isinstance(self.status, Unset):
                status = UNSET
            else:
                status = self.status
        except _parsing.PARSE_ERRORS:
            status = self.status
        if status is not UNSET:
            field_dict["status"] = status
        try:
            trust_score: int | None | Unset
            if isinstance(self.trust_score, Unset):
                trust_score = UNSET
            else:
                trust_score = self.trust_score
        except _parsing.PARSE_ERRORS:
            trust_score = self.trust_score
        if trust_score is not UNSET:
            field_dict["trust_score"] = trust_score
        try:
            mode: None | str | Unset
            if isinstance(self.mode, Unset):
                mode = UNSET
            else:
                mode = self.mode
        except _parsing.PARSE_ERRORS:
            mode = self.mode
        if mode is not UNSET:
            field_dict["mode"] = mode
        try:
            reason: None | str | Unset
            if isinstance(self.reason, Unset):
                reason = UNSET
            else:
                reason = self.reason
        except _parsing.PARSE_ERRORS:
            reason = self.reason
        if reason is not UNSET:
            field_dict["reason"] = reason
        try:
            checks: dict[str, Any] | Unset = UNSET
            if not isinstance(self.checks, Unset):
                checks = self.checks.to_dict()
        except _parsing.PARSE_ERRORS:
            checks = self.checks
        if checks is not UNSET:
            field_dict["checks"] = checks
        try:
            mx_host: None | str | Unset
            if isinstance(self.mx_host, Unset):
                mx_host = UNSET
            else:
                mx_host = self.mx_host
        except _parsing.PARSE_ERRORS:
            mx_host = self.mx_host
        if mx_host is not UNSET:
            field_dict["mx_host"] = mx_host
        try:
            credits_remaining: int | None | Unset
            if isinstance(self.credits_remaining, Unset):
                credits_remaining = UNSET
            else:
                credits_remaining = self.credits_remaining
        except _parsing.PARSE_ERRORS:
            credits_remaining = self.credits_remaining
        if credits_remaining is not UNSET:
            field_dict["credits_remaining"] = credits_remaining
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
        _raw = d.pop("status", UNSET)
        status = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            status = _parsing.field_mismatch(cls, "status", "None | str", _raw)

        _raw = d.pop("trust_score", UNSET)
        trust_score = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            trust_score = _parsing.field_mismatch(
                cls, "trust_score", "int | None", _raw
            )

        _raw = d.pop("mode", UNSET)
        mode = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            mode = _parsing.field_mismatch(cls, "mode", "None | str", _raw)

        _raw = d.pop("reason", UNSET)
        reason = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            reason = _parsing.field_mismatch(cls, "reason", "None | str", _raw)

        _raw = d.pop("checks", UNSET)
        if (
            _raw is not UNSET
            and type(_raw) is not dict
            and not isinstance(_raw, Mapping)
        ):
            checks = _parsing.not_an_object(
                VerifyEmailResultChecks, _raw, where=f"{cls.__name__}.checks"
            )
        else:
            _checks = _raw
            checks: VerifyEmailResultChecks | Unset
            if isinstance(_checks, Unset):
                checks = UNSET
            else:
                checks = VerifyEmailResultChecks.from_dict(_checks)

        _raw = d.pop("mx_host", UNSET)
        mx_host = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            mx_host = _parsing.field_mismatch(cls, "mx_host", "None | str", _raw)

        _raw = d.pop("credits_remaining", UNSET)
        credits_remaining = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            credits_remaining = _parsing.field_mismatch(
                cls, "credits_remaining", "int | None", _raw
            )

        instance = cls(
            status=status,
            trust_score=trust_score,
            mode=mode,
            reason=reason,
            checks=checks,
            mx_host=mx_host,
            credits_remaining=credits_remaining,
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
from ..models.verify_email_result_checks import VerifyEmailResultChecks  # noqa: E402
