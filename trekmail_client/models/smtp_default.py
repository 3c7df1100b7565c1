from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="SmtpDefault")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class SmtpDefault:
    """The account-wide default SMTP route (new domains start on it).

    Attributes:
        default_smtp_mode (None | str | Unset): The default route, null until set. Known values:
            `platform`, `profile`, `not_configured`.
        effective_default_smtp_mode (str | Unset): The route used when unset (plan baseline:
            `platform` on paid plans, otherwise `not_configured`). Known values: `platform`,
            `profile`, `not_configured`.
        default_smtp_connection_id (int | None | Unset): Profile id of the default, if any.
        profile (None | SmtpProfile | Unset): The default profile, if any.
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    default_smtp_mode: None | str | Unset = UNSET
    effective_default_smtp_mode: str | Unset = UNSET
    default_smtp_connection_id: int | None | Unset = UNSET
    profile: None | SmtpProfile | Unset = UNSET
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
            default_smtp_mode: None | str | Unset
            if isinstance(self.default_smtp_mode, Unset):
                default_smtp_mode = UNSET
            else:
                default_smtp_mode = self.default_smtp_mode
        except _parsing.PARSE_ERRORS:
            default_smtp_mode = self.default_smtp_mode
        if default_smtp_mode is not UNSET:
            field_dict["default_smtp_mode"] = default_smtp_mode
        effective_default_smtp_mode = self.effective_default_smtp_mode
        if effective_default_smtp_mode is not UNSET:
            field_dict["effective_default_smtp_mode"] = effective_default_smtp_mode
        try:
            default_smtp_connection_id: int | None | Unset
            if isinstance(self.default_smtp_connection_id, Unset):
                default_smtp_connection_id = UNSET
            else:
                default_smtp_connection_id = self.default_smtp_connection_id
        except _parsing.PARSE_ERRORS:
            default_smtp_connection_id = self.default_smtp_connection_id
        if default_smtp_connection_id is not UNSET:
            field_dict["default_smtp_connection_id"] = default_smtp_connection_id
        try:
            profile: dict[str, Any] | None | Unset
            if isinstance(self.profile, Unset):
                profile = UNSET
            elif isinstance(self.profile, SmtpProfile):
                profile = self.profile.to_dict()
            else:
                profile = self.profile
        except _parsing.PARSE_ERRORS:
            profile = self.profile
        if profile is not UNSET:
            field_dict["profile"] = profile
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
        _raw = d.pop("default_smtp_mode", UNSET)
        default_smtp_mode = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            default_smtp_mode = _parsing.field_mismatch(
                cls, "default_smtp_mode", "None | str", _raw
            )

        _raw = d.pop("effective_default_smtp_mode", UNSET)
        effective_default_smtp_mode = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            effective_default_smtp_mode = _parsing.field_mismatch(
                cls, "effective_default_smtp_mode", "str", _raw
            )

        _raw = d.pop("default_smtp_connection_id", UNSET)
        default_smtp_connection_id = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            default_smtp_connection_id = _parsing.field_mismatch(
                cls, "default_smtp_connection_id", "int | None", _raw
            )

        _raw = d.pop("profile", UNSET)
        try:

            def _parse_profile(data: object) -> None | SmtpProfile | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    profile_type_0 = SmtpProfile.from_dict(data)

                    return profile_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | SmtpProfile | Unset, data)

            profile = _parse_profile(_raw)

        except _parsing.PARSE_ERRORS as exc:
            profile = _parsing.field_mismatch(
                cls, "profile", "None | SmtpProfile", _raw, exc
            )
        if profile is _raw and _raw is not UNSET and not isinstance(_raw, (_NoneType,)):
            profile = _parsing.field_mismatch(
                cls, "profile", "None | SmtpProfile", _raw
            )

        instance = cls(
            default_smtp_mode=default_smtp_mode,
            effective_default_smtp_mode=effective_default_smtp_mode,
            default_smtp_connection_id=default_smtp_connection_id,
            profile=profile,
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
from ..models.smtp_profile import SmtpProfile  # noqa: E402
