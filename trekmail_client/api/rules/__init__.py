"""The ``rules`` resource (``tm.rules``) and its endpoint modules (generated).

Each module ``trekmail_client.api.rules.<operation_id>`` is the low-level function layer;
:class:`RulesResource` is the layer users meet first.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, overload

import httpx

from ..._resource import NOT_GIVEN, APIResource, NotGiven, RawResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ..._pagination import AsyncPaginator
    from ...models.delete_mail_rule_response_200 import DeleteMailRuleResponse200
    from ...models.error_response import ErrorResponse
    from ...models.mail_rule import MailRule
    from ...models.mail_rule_list import MailRuleList
    from ...models.mail_rule_reorder_request import MailRuleReorderRequest
    from ...models.mail_rule_reorder_result import MailRuleReorderResult
    from ...models.mail_rule_request import MailRuleRequest
    from ...models.mail_rule_request_match_type import (
        check_mail_rule_request_match_type,
    )
    from ...models.mail_rule_request_match_type import MailRuleRequestMatchType
    from ...models.mail_rule_response import MailRuleResponse
    from ...models.rule_action import RuleAction
    from ...models.rule_condition import RuleCondition
    from ...models.sieve_script import SieveScript
    from ...models.sieve_script_request import SieveScriptRequest
    from ...models.sieve_script_response import SieveScriptResponse
    from ...models.upload_sieve_script_response_200 import UploadSieveScriptResponse200
    from ...types import UNSET, Unset
    from typing import cast

__all__ = ["RulesResource", "RulesResourceWithRawResponse"]


class RulesResource(APIResource):
    """``tm.rules``: the 8 operations tagged ``rules``, one method each.

    Methods take the operation's path parameters first, then keyword arguments, and return
    the success model (what is inside ``data`` where the model only wraps it). List methods
    return an ``AsyncPaginator``. ``.with_raw_response`` gives the same methods returning the
    answer as received.
    """

    __slots__ = ()
    _package = __name__

    @property
    def with_raw_response(self) -> RulesResourceWithRawResponse:
        """The same methods, returning :class:`~trekmail_client.RawResponse` (status,
        headers, request id, idempotency key, replay flag, retries taken, ``.parse()``)."""
        return RulesResourceWithRawResponse(self._client)

    async def list(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[MailRule]:
        """List mail rules

        ``GET /api/v1/mailboxes/{id}/rules``, operation ``list_mail_rules`` (the low-level function:
        ``trekmail_client.api.rules.list_mail_rules``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("list_mail_rules", (), locals())

    @overload
    async def create(
        self,
        id: int,
        *,
        body: MailRuleRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailRule: ...

    @overload
    async def create(
        self,
        id: int,
        *,
        conditions: builtins.list[RuleCondition],
        actions: builtins.list[RuleAction],
        name: str | Unset = UNSET,
        match_type: MailRuleRequestMatchType | Unset = "all",
        stop: bool | Unset = False,
        enabled: bool | Unset = True,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailRule: ...

    async def create(self, *args: Any, **kwargs: Any) -> MailRule:
        """Create a mail rule

        ``POST /api/v1/mailboxes/{id}/rules``, operation ``create_mail_rule`` (the low-level function:
        ``trekmail_client.api.rules.create_mail_rule``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("create_mail_rule", args, kwargs)

    @overload
    async def reorder(
        self,
        id: int,
        *,
        body: MailRuleReorderRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailRuleReorderResult: ...

    @overload
    async def reorder(
        self,
        id: int,
        *,
        order: builtins.list[int],
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailRuleReorderResult: ...

    async def reorder(self, *args: Any, **kwargs: Any) -> MailRuleReorderResult:
        """Reorder mail rules

        ``PATCH /api/v1/mailboxes/{id}/rules/reorder``, operation ``reorder_mail_rules`` (the low-level function:
        ``trekmail_client.api.rules.reorder_mail_rules``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("reorder_mail_rules", args, kwargs)

    async def get(
        self,
        id: int,
        rule_id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailRule:
        """Get a mail rule

        ``GET /api/v1/mailboxes/{id}/rules/{rule_id}``, operation ``get_mail_rule`` (the low-level function:
        ``trekmail_client.api.rules.get_mail_rule``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("get_mail_rule", (), locals())

    @overload
    async def update(
        self,
        id: int,
        rule_id: int,
        *,
        body: MailRuleRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailRule: ...

    @overload
    async def update(
        self,
        id: int,
        rule_id: int,
        *,
        conditions: builtins.list[RuleCondition],
        actions: builtins.list[RuleAction],
        name: str | Unset = UNSET,
        match_type: MailRuleRequestMatchType | Unset = "all",
        stop: bool | Unset = False,
        enabled: bool | Unset = True,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailRule: ...

    async def update(self, *args: Any, **kwargs: Any) -> MailRule:
        """Replace a mail rule

        ``PUT /api/v1/mailboxes/{id}/rules/{rule_id}``, operation ``update_mail_rule`` (the low-level function:
        ``trekmail_client.api.rules.update_mail_rule``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("update_mail_rule", args, kwargs)

    async def delete(
        self,
        id: int,
        rule_id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeleteMailRuleResponse200 | None:
        """Delete a mail rule

        ``DELETE /api/v1/mailboxes/{id}/rules/{rule_id}``, operation ``delete_mail_rule`` (the low-level function:
        ``trekmail_client.api.rules.delete_mail_rule``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("delete_mail_rule", (), locals())

    async def get_sieve_script(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SieveScript:
        """Get the Sieve script

        ``GET /api/v1/mailboxes/{id}/sieve``, operation ``get_sieve_script`` (the low-level function:
        ``trekmail_client.api.rules.get_sieve_script``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("get_sieve_script", (), locals())

    @overload
    async def upload_sieve_script(
        self,
        id: int,
        *,
        body: SieveScriptRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UploadSieveScriptResponse200: ...

    @overload
    async def upload_sieve_script(
        self,
        id: int,
        *,
        script: str,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UploadSieveScriptResponse200: ...

    async def upload_sieve_script(
        self, *args: Any, **kwargs: Any
    ) -> UploadSieveScriptResponse200:
        """Upload a Sieve script

        ``PUT /api/v1/mailboxes/{id}/sieve``, operation ``upload_sieve_script`` (the low-level function:
        ``trekmail_client.api.rules.upload_sieve_script``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("upload_sieve_script", args, kwargs)


class RulesResourceWithRawResponse(APIResource):
    """``tm.rules.with_raw_response``: each method returns the answer as received."""

    __slots__ = ()
    _package = __name__

    async def list(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[builtins.list[MailRule]]:
        """List mail rules

        ``GET /api/v1/mailboxes/{id}/rules``, operation ``list_mail_rules`` (the low-level function:
        ``trekmail_client.api.rules.list_mail_rules``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("list_mail_rules", (), locals())

    @overload
    async def create(
        self,
        id: int,
        *,
        body: MailRuleRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MailRule]: ...

    @overload
    async def create(
        self,
        id: int,
        *,
        conditions: builtins.list[RuleCondition],
        actions: builtins.list[RuleAction],
        name: str | Unset = UNSET,
        match_type: MailRuleRequestMatchType | Unset = "all",
        stop: bool | Unset = False,
        enabled: bool | Unset = True,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MailRule]: ...

    async def create(self, *args: Any, **kwargs: Any) -> RawResponse[MailRule]:
        """Create a mail rule

        ``POST /api/v1/mailboxes/{id}/rules``, operation ``create_mail_rule`` (the low-level function:
        ``trekmail_client.api.rules.create_mail_rule``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("create_mail_rule", args, kwargs)

    @overload
    async def reorder(
        self,
        id: int,
        *,
        body: MailRuleReorderRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MailRuleReorderResult]: ...

    @overload
    async def reorder(
        self,
        id: int,
        *,
        order: builtins.list[int],
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MailRuleReorderResult]: ...

    async def reorder(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[MailRuleReorderResult]:
        """Reorder mail rules

        ``PATCH /api/v1/mailboxes/{id}/rules/reorder``, operation ``reorder_mail_rules`` (the low-level function:
        ``trekmail_client.api.rules.reorder_mail_rules``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("reorder_mail_rules", args, kwargs)

    async def get(
        self,
        id: int,
        rule_id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MailRule]:
        """Get a mail rule

        ``GET /api/v1/mailboxes/{id}/rules/{rule_id}``, operation ``get_mail_rule`` (the low-level function:
        ``trekmail_client.api.rules.get_mail_rule``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("get_mail_rule", (), locals())

    @overload
    async def update(
        self,
        id: int,
        rule_id: int,
        *,
        body: MailRuleRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MailRule]: ...

    @overload
    async def update(
        self,
        id: int,
        rule_id: int,
        *,
        conditions: builtins.list[RuleCondition],
        actions: builtins.list[RuleAction],
        name: str | Unset = UNSET,
        match_type: MailRuleRequestMatchType | Unset = "all",
        stop: bool | Unset = False,
        enabled: bool | Unset = True,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MailRule]: ...

    async def update(self, *args: Any, **kwargs: Any) -> RawResponse[MailRule]:
        """Replace a mail rule

        ``PUT /api/v1/mailboxes/{id}/rules/{rule_id}``, operation ``update_mail_rule`` (the low-level function:
        ``trekmail_client.api.rules.update_mail_rule``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("update_mail_rule", args, kwargs)

    async def delete(
        self,
        id: int,
        rule_id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DeleteMailRuleResponse200 | None]:
        """Delete a mail rule

        ``DELETE /api/v1/mailboxes/{id}/rules/{rule_id}``, operation ``delete_mail_rule`` (the low-level function:
        ``trekmail_client.api.rules.delete_mail_rule``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("delete_mail_rule", (), locals())

    async def get_sieve_script(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[SieveScript]:
        """Get the Sieve script

        ``GET /api/v1/mailboxes/{id}/sieve``, operation ``get_sieve_script`` (the low-level function:
        ``trekmail_client.api.rules.get_sieve_script``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("get_sieve_script", (), locals())

    @overload
    async def upload_sieve_script(
        self,
        id: int,
        *,
        body: SieveScriptRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[UploadSieveScriptResponse200]: ...

    @overload
    async def upload_sieve_script(
        self,
        id: int,
        *,
        script: str,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[UploadSieveScriptResponse200]: ...

    async def upload_sieve_script(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[UploadSieveScriptResponse200]:
        """Upload a Sieve script

        ``PUT /api/v1/mailboxes/{id}/sieve``, operation ``upload_sieve_script`` (the low-level function:
        ``trekmail_client.api.rules.upload_sieve_script``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("upload_sieve_script", args, kwargs)
