from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET

from ..models.agent_drive_addon_request_period import AgentDriveAddonRequestPeriod
from ..models.agent_drive_addon_request_period import (
    check_agent_drive_addon_request_period,
)


T = TypeVar("T", bound="AgentDriveAddonRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class AgentDriveAddonRequest:
    """Subscribe to the Drive Storage Add-on.

    Attributes:
        size_gb (int): Size in GB; must be a published step.
        period (AgentDriveAddonRequestPeriod): Billing period.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    size_gb: int
    period: AgentDriveAddonRequestPeriod
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        size_gb = self.size_gb
        if size_gb is not UNSET:
            field_dict["size_gb"] = size_gb
        try:
            period: str = self.period
        except _parsing.PARSE_ERRORS:
            period = self.period
        if period is not UNSET:
            field_dict["period"] = period
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
        _raw = d.pop("size_gb", UNSET)
        if _raw is UNSET:
            size_gb = _parsing.missing_field(cls, "size_gb", "int")
        else:
            size_gb = _raw
            if not isinstance(_raw, int) or isinstance(_raw, bool):
                size_gb = _parsing.field_mismatch(cls, "size_gb", "int", _raw)

        _raw = d.pop("period", UNSET)
        if _raw is UNSET:
            period = _parsing.missing_field(
                cls, "period", "AgentDriveAddonRequestPeriod"
            )
        else:
            try:
                period = check_agent_drive_addon_request_period(_raw)

            except _parsing.PARSE_ERRORS as exc:
                period = _parsing.field_mismatch(
                    cls, "period", "AgentDriveAddonRequestPeriod", _raw, exc
                )

        instance = cls(
            size_gb=size_gb,
            period=period,
        )
        instance._raw_json = src_dict
        return instance
