from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="MeResponse")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class MeResponse:
    """The calling token, its account, and its effective scopes.

    Attributes:
        capabilities (Capabilities): What the token can do.
        token (MeToken | Unset): The calling token.
        account (Account | Unset): Account details. Field names beyond these are not pinned
            down; extra keys are kept.
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    capabilities: Capabilities
    token: MeToken | Unset = UNSET
    account: Account | Unset = UNSET
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
            capabilities = self.capabilities.to_dict()
        except _parsing.PARSE_ERRORS:
            capabilities = self.capabilities
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        try:
            token: dict[str, Any] | Unset = UNSET
            if not isinstance(self.token, Unset):
                token = self.token.to_dict()
        except _parsing.PARSE_ERRORS:
            token = self.token
        if token is not UNSET:
            field_dict["token"] = token
        try:
            account: dict[str, Any] | Unset = UNSET
            if not isinstance(self.account, Unset):
                account = self.account.to_dict()
        except _parsing.PARSE_ERRORS:
            account = self.account
        if account is not UNSET:
            field_dict["account"] = account
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
        _raw = d.pop("capabilities", UNSET)
        if _raw is UNSET:
            capabilities = _parsing.missing_field(cls, "capabilities", "Capabilities")
        else:
            if type(_raw) is not dict and not isinstance(_raw, Mapping):
                capabilities = _parsing.not_an_object(
                    Capabilities, _raw, where=f"{cls.__name__}.capabilities"
                )
            else:
                capabilities = Capabilities.from_dict(_raw)

        _raw = d.pop("token", UNSET)
        if (
            _raw is not UNSET
            and type(_raw) is not dict
            and not isinstance(_raw, Mapping)
        ):
            token = _parsing.not_an_object(MeToken, _raw, where=f"{cls.__name__}.token")
        else:
            _token = _raw
            token: MeToken | Unset
            if isinstance(_token, Unset):
                token = UNSET
            else:
                token = MeToken.from_dict(_token)

        _raw = d.pop("account", UNSET)
        if (
            _raw is not UNSET
            and type(_raw) is not dict
            and not isinstance(_raw, Mapping)
        ):
            account = _parsing.not_an_object(
                Account, _raw, where=f"{cls.__name__}.account"
            )
        else:
            _account = _raw
            account: Account | Unset
            if isinstance(_account, Unset):
                account = UNSET
            else:
                account = Account.from_dict(_account)

        instance = cls(
            capabilities=capabilities,
            token=token,
            account=account,
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
from ..models.account import Account  # noqa: E402
from ..models.capabilities import Capabilities  # noqa: E402
from ..models.me_token import MeToken  # noqa: E402
