from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="Account")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class Account:
    """Account details. Field names beyond these are not pinned down; extra keys are kept.

    Attributes:
        id (int | None | Unset): Account id.
        name (None | str | Unset): Account name.
        plan (None | str | Unset): Plan, e.g. `nano`, `starter`, `pro`, `agency`.
        limits (AccountLimits | Unset): Plan limits.
        features (AccountFeatures | Unset): Feature flags.
        usage (AccountUsage | Unset): Current usage.
        new_mailbox_client_auth_mode (None | str | Unset): Default client-auth mode for new
            mailboxes (only when app passwords are enabled).
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    plan: None | str | Unset = UNSET
    limits: AccountLimits | Unset = UNSET
    features: AccountFeatures | Unset = UNSET
    usage: AccountUsage | Unset = UNSET
    new_mailbox_client_auth_mode: None | str | Unset = UNSET
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
            id: int | None | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            else:
                id = self.id
        except _parsing.PARSE_ERRORS:
            id = self.id
        if id is not UNSET:
            field_dict["id"] = id
        try:
            name: None | str | Unset
            if isinstance(self.name, Unset):
                name = UNSET
            else:
                name = self.name
        except _parsing.PARSE_ERRORS:
            name = self.name
        if name is not UNSET:
            field_dict["name"] = name
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
            limits: dict[str, Any] | Unset = UNSET
            if not isinstance(self.limits, Unset):
                limits = self.limits.to_dict()
        except _parsing.PARSE_ERRORS:
            limits = self.limits
        if limits is not UNSET:
            field_dict["limits"] = limits
        try:
            features: dict[str, Any] | Unset = UNSET
            if not isinstance(self.features, Unset):
                features = self.features.to_dict()
        except _parsing.PARSE_ERRORS:
            features = self.features
        if features is not UNSET:
            field_dict["features"] = features
        try:
            usage: dict[str, Any] | Unset = UNSET
            if not isinstance(self.usage, Unset):
                usage = self.usage.to_dict()
        except _parsing.PARSE_ERRORS:
            usage = self.usage
        if usage is not UNSET:
            field_dict["usage"] = usage
        try:
            new_mailbox_client_auth_mode: None | str | Unset
            if isinstance(self.new_mailbox_client_auth_mode, Unset):
                new_mailbox_client_auth_mode = UNSET
            else:
                new_mailbox_client_auth_mode = self.new_mailbox_client_auth_mode
        except _parsing.PARSE_ERRORS:
            new_mailbox_client_auth_mode = self.new_mailbox_client_auth_mode
        if new_mailbox_client_auth_mode is not UNSET:
            field_dict["new_mailbox_client_auth_mode"] = new_mailbox_client_auth_mode
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
        _raw = d.pop("id", UNSET)
        id = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            id = _parsing.field_mismatch(cls, "id", "int | None", _raw)

        _raw = d.pop("name", UNSET)
        name = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            name = _parsing.field_mismatch(cls, "name", "None | str", _raw)

        _raw = d.pop("plan", UNSET)
        plan = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            plan = _parsing.field_mismatch(cls, "plan", "None | str", _raw)

        _raw = d.pop("limits", UNSET)
        if (
            _raw is not UNSET
            and type(_raw) is not dict
            and not isinstance(_raw, Mapping)
        ):
            limits = _parsing.not_an_object(
                AccountLimits, _raw, where=f"{cls.__name__}.limits"
            )
        else:
            _limits = _raw
            limits: AccountLimits | Unset
            if isinstance(_limits, Unset):
                limits = UNSET
            else:
                limits = AccountLimits.from_dict(_limits)

        _raw = d.pop("features", UNSET)
        if (
            _raw is not UNSET
            and type(_raw) is not dict
            and not isinstance(_raw, Mapping)
        ):
            features = _parsing.not_an_object(
                AccountFeatures, _raw, where=f"{cls.__name__}.features"
            )
        else:
            _features = _raw
            features: AccountFeatures | Unset
            if isinstance(_features, Unset):
                features = UNSET
            else:
                features = AccountFeatures.from_dict(_features)

        _raw = d.pop("usage", UNSET)
        if (
            _raw is not UNSET
            and type(_raw) is not dict
            and not isinstance(_raw, Mapping)
        ):
            usage = _parsing.not_an_object(
                AccountUsage, _raw, where=f"{cls.__name__}.usage"
            )
        else:
            _usage = _raw
            usage: AccountUsage | Unset
            if isinstance(_usage, Unset):
                usage = UNSET
            else:
                usage = AccountUsage.from_dict(_usage)

        _raw = d.pop("new_mailbox_client_auth_mode", UNSET)
        new_mailbox_client_auth_mode = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            new_mailbox_client_auth_mode = _parsing.field_mismatch(
                cls, "new_mailbox_client_auth_mode", "None | str", _raw
            )

        instance = cls(
            id=id,
            name=name,
            plan=plan,
            limits=limits,
            features=features,
            usage=usage,
            new_mailbox_client_auth_mode=new_mailbox_client_auth_mode,
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
from ..models.account_features import AccountFeatures  # noqa: E402
from ..models.account_limits import AccountLimits  # noqa: E402
from ..models.account_usage import AccountUsage  # noqa: E402
