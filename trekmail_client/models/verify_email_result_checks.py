from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="VerifyEmailResultChecks")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class VerifyEmailResultChecks:
    """The individual checks behind the score (deep mode adds `smtp_status`). Other keys are kept.

    Attributes:
        syntax (bool | None | Unset):
        mx (bool | None | Unset):
        mx_routable (bool | None | Unset):
        disposable (bool | None | Unset):
        role_based (bool | None | Unset):
        free_provider (bool | None | Unset):
        spf (bool | None | Unset):
        dmarc (bool | None | Unset):
        bounce_listed (bool | None | Unset):
        gibberish (bool | None | Unset):
        typo_suggestion (None | str | Unset): A suggested correction of the address, or null.
        plus_addressing (bool | None | Unset):
        dnsbl_listed (bool | None | Unset):
        domain_age_days (int | None | Unset): Age of the domain, in days.
        gravatar_exists (bool | None | Unset):
        smtp_status (None | str | Unset): SMTP probe outcome (deep mode), for example
            `accepted`.
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    syntax: bool | None | Unset = UNSET
    mx: bool | None | Unset = UNSET
    mx_routable: bool | None | Unset = UNSET
    disposable: bool | None | Unset = UNSET
    role_based: bool | None | Unset = UNSET
    free_provider: bool | None | Unset = UNSET
    spf: bool | None | Unset = UNSET
    dmarc: bool | None | Unset = UNSET
    bounce_listed: bool | None | Unset = UNSET
    gibberish: bool | None | Unset = UNSET
    typo_suggestion: None | str | Unset = UNSET
    plus_addressing: bool | None | Unset = UNSET
    dnsbl_listed: bool | None | Unset = UNSET
    domain_age_days: int | None | Unset = UNSET
    gravatar_exists: bool | None | Unset = UNSET
    smtp_status: None | str | Unset = UNSET
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
            syntax: bool | None | Unset
            if isinstance(self.syntax, Unset):
                syntax = UNSET
            else:
                syntax = self.syntax
        except _parsing.PARSE_ERRORS:
            syntax = self.syntax
        if syntax is not UNSET:
            field_dict["syntax"] = syntax
        try:
            mx: bool | None | Unset
            if isinstance(self.mx, Unset):
                mx = UNSET
            else:
                mx = self.mx
        except _parsing.PARSE_ERRORS:
            mx = self.mx
        if mx is not UNSET:
            field_dict["mx"] = mx
        try:
            mx_routable: bool | None | Unset
            if isinstance(self.mx_routable, Unset):
                mx_routable = UNSET
            else:
                mx_routable = self.mx_routable
        except _parsing.PARSE_ERRORS:
            mx_routable = self.mx_routable
        if mx_routable is not UNSET:
            field_dict["mx_routable"] = mx_routable
        try:
            disposable: bool | None | Unset
            if isinstance(self.disposable, Unset):
                disposable = UNSET
            else:
                disposable = self.disposable
        except _parsing.PARSE_ERRORS:
            disposable = self.disposable
        if disposable is not UNSET:
            field_dict["disposable"] = disposable
        try:
            role_based: bool | None | Unset
            if isinstance(self.role_based, Unset):
                role_based = UNSET
            else:
                role_based = self.role_based
        except _parsing.PARSE_ERRORS:
            role_based = self.role_based
        if role_based is not UNSET:
            field_dict["role_based"] = role_based
        try:
            free_provider: bool | None | Unset
            if isinstance(self.free_provider, Unset):
                free_provider = UNSET
            else:
                free_provider = self.free_provider
        except _parsing.PARSE_ERRORS:
            free_provider = self.free_provider
        if free_provider is not UNSET:
            field_dict["free_provider"] = free_provider
        try:
            spf: bool | None | Unset
            if isinstance(self.spf, Unset):
                spf = UNSET
            else:
                spf = self.spf
        except _parsing.PARSE_ERRORS:
            spf = self.spf
        if spf is not UNSET:
            field_dict["spf"] = spf
        try:
            dmarc: bool | None | Unset
            if isinstance(self.dmarc, Unset):
                dmarc = UNSET
            else:
                dmarc = self.dmarc
        except _parsing.PARSE_ERRORS:
            dmarc = self.dmarc
        if dmarc is not UNSET:
            field_dict["dmarc"] = dmarc
        try:
            bounce_listed: bool | None | Unset
            if isinstance(self.bounce_listed, Unset):
                bounce_listed = UNSET
            else:
                bounce_listed = self.bounce_listed
        except _parsing.PARSE_ERRORS:
            bounce_listed = self.bounce_listed
        if bounce_listed is not UNSET:
            field_dict["bounce_listed"] = bounce_listed
        try:
            gibberish: bool | None | Unset
            if isinstance(self.gibberish, Unset):
                gibberish = UNSET
            else:
                gibberish = self.gibberish
        except _parsing.PARSE_ERRORS:
            gibberish = self.gibberish
        if gibberish is not UNSET:
            field_dict["gibberish"] = gibberish
        try:
            typo_suggestion: None | str | Unset
            if isinstance(self.typo_suggestion, Unset):
                typo_suggestion = UNSET
            else:
                typo_suggestion = self.typo_suggestion
        except _parsing.PARSE_ERRORS:
            typo_suggestion = self.typo_suggestion
        if typo_suggestion is not UNSET:
            field_dict["typo_suggestion"] = typo_suggestion
        try:
            plus_addressing: bool | None | Unset
            if isinstance(self.plus_addressing, Unset):
                plus_addressing = UNSET
            else:
                plus_addressing = self.plus_addressing
        except _parsing.PARSE_ERRORS:
            plus_addressing = self.plus_addressing
        if plus_addressing is not UNSET:
            field_dict["plus_addressing"] = plus_addressing
        try:
            dnsbl_listed: bool | None | Unset
            if isinstance(self.dnsbl_listed, Unset):
                dnsbl_listed = UNSET
            else:
                dnsbl_listed = self.dnsbl_listed
        except _parsing.PARSE_ERRORS:
            dnsbl_listed = self.dnsbl_listed
        if dnsbl_listed is not UNSET:
            field_dict["dnsbl_listed"] = dnsbl_listed
        try:
            domain_age_days: int | None | Unset
            if isinstance(self.domain_age_days, Unset):
                domain_age_days = UNSET
            else:
                domain_age_days = self.domain_age_days
        except _parsing.PARSE_ERRORS:
            domain_age_days = self.domain_age_days
        if domain_age_days is not UNSET:
            field_dict["domain_age_days"] = domain_age_days
        try:
            gravatar_exists: bool | None | Unset
            if isinstance(self.gravatar_exists, Unset):
                gravatar_exists = UNSET
            else:
                gravatar_exists = self.gravatar_exists
        except _parsing.PARSE_ERRORS:
            gravatar_exists = self.gravatar_exists
        if gravatar_exists is not UNSET:
            field_dict["gravatar_exists"] = gravatar_exists
        try:
            smtp_status: None | str | Unset
            if isinstance(self.smtp_status, Unset):
                smtp_status = UNSET
            else:
                smtp_status = self.smtp_status
        except _parsing.PARSE_ERRORS:
            smtp_status = self.smtp_status
        if smtp_status is not UNSET:
            field_dict["smtp_status"] = smtp_status
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
        _raw = d.pop("syntax", UNSET)
        syntax = _raw
        if _raw is not UNSET and (not isinstance(_raw, (bool, _NoneType))):
            syntax = _parsing.field_mismatch(cls, "syntax", "bool | None", _raw)

        _raw = d.pop("mx", UNSET)
        mx = _raw
        if _raw is not UNSET and (not isinstance(_raw, (bool, _NoneType))):
            mx = _parsing.field_mismatch(cls, "mx", "bool | None", _raw)

        _raw = d.pop("mx_routable", UNSET)
        mx_routable = _raw
        if _raw is not UNSET and (not isinstance(_raw, (bool, _NoneType))):
            mx_routable = _parsing.field_mismatch(
                cls, "mx_routable", "bool | None", _raw
            )

        _raw = d.pop("disposable", UNSET)
        disposable = _raw
        if _raw is not UNSET and (not isinstance(_raw, (bool, _NoneType))):
            disposable = _parsing.field_mismatch(cls, "disposable", "bool | None", _raw)

        _raw = d.pop("role_based", UNSET)
        role_based = _raw
        if _raw is not UNSET and (not isinstance(_raw, (bool, _NoneType))):
            role_based = _parsing.field_mismatch(cls, "role_based", "bool | None", _raw)

        _raw = d.pop("free_provider", UNSET)
        free_provider = _raw
        if _raw is not UNSET and (not isinstance(_raw, (bool, _NoneType))):
            free_provider = _parsing.field_mismatch(
                cls, "free_provider", "bool | None", _raw
            )

        _raw = d.pop("spf", UNSET)
        spf = _raw
        if _raw is not UNSET and (not isinstance(_raw, (bool, _NoneType))):
            spf = _parsing.field_mismatch(cls, "spf", "bool | None", _raw)

        _raw = d.pop("dmarc", UNSET)
        dmarc = _raw
        if _raw is not UNSET and (not isinstance(_raw, (bool, _NoneType))):
            dmarc = _parsing.field_mismatch(cls, "dmarc", "bool | None", _raw)

        _raw = d.pop("bounce_listed", UNSET)
        bounce_listed = _raw
        if _raw is not UNSET and (not isinstance(_raw, (bool, _NoneType))):
            bounce_listed = _parsing.field_mismatch(
                cls, "bounce_listed", "bool | None", _raw
            )

        _raw = d.pop("gibberish", UNSET)
        gibberish = _raw
        if _raw is not UNSET and (not isinstance(_raw, (bool, _NoneType))):
            gibberish = _parsing.field_mismatch(cls, "gibberish", "bool | None", _raw)

        _raw = d.pop("typo_suggestion", UNSET)
        typo_suggestion = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            typo_suggestion = _parsing.field_mismatch(
                cls, "typo_suggestion", "None | str", _raw
            )

        _raw = d.pop("plus_addressing", UNSET)
        plus_addressing = _raw
        if _raw is not UNSET and (not isinstance(_raw, (bool, _NoneType))):
            plus_addressing = _parsing.field_mismatch(
                cls, "plus_addressing", "bool | None", _raw
            )

        _raw = d.pop("dnsbl_listed", UNSET)
        dnsbl_listed = _raw
        if _raw is not UNSET and (not isinstance(_raw, (bool, _NoneType))):
            dnsbl_listed = _parsing.field_mismatch(
                cls, "dnsbl_listed", "bool | None", _raw
            )

        _raw = d.pop("domain_age_days", UNSET)
        domain_age_days = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            domain_age_days = _parsing.field_mismatch(
                cls, "domain_age_days", "int | None", _raw
            )

        _raw = d.pop("gravatar_exists", UNSET)
        gravatar_exists = _raw
        if _raw is not UNSET and (not isinstance(_raw, (bool, _NoneType))):
            gravatar_exists = _parsing.field_mismatch(
                cls, "gravatar_exists", "bool | None", _raw
            )

        _raw = d.pop("smtp_status", UNSET)
        smtp_status = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            smtp_status = _parsing.field_mismatch(
                cls, "smtp_status", "None | str", _raw
            )

        instance = cls(
            syntax=syntax,
            mx=mx,
            mx_routable=mx_routable,
            disposable=disposable,
            role_based=role_based,
            free_provider=free_provider,
            spf=spf,
            dmarc=dmarc,
            bounce_listed=bounce_listed,
            gibberish=gibberish,
            typo_suggestion=typo_suggestion,
            plus_addressing=plus_addressing,
            dnsbl_listed=dnsbl_listed,
            domain_age_days=domain_age_days,
            gravatar_exists=gravatar_exists,
            smtp_status=smtp_status,
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
