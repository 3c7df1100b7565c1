"""The async Python SDK for the TrekMail REST API v1.

Everything a user needs is importable from here: the client, its configuration, and the
exception hierarchy. The generated operations live in ``trekmail_client.api.<tag>.<operation>``
(call ``.asyncio(client=tm, ...)``), their models in ``trekmail_client.models``, bulk
provisioning in ``trekmail_client.provisioning``, and the sandbox server in
``trekmail_client.testing`` (extra ``sandbox``).

Example::

    from trekmail_client import TrekMail
    from trekmail_client.api.mailboxes import list_mailboxes

    async with TrekMail.from_env() as tm:
        async for mailbox in tm.paginate(list_mailboxes, per_page=100):
            print(mailbox.email)
"""

from ._backoff import RateLimitGate, RetryBudget, RetryPolicy
from ._client import HTTPBackend, TrekMail, pool_limits
from ._download import Download
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    IdempotencyConflictError,
    InternalServerError,
    InvalidTokenError,
    MissingTokenError,
    NotFoundError,
    PaginationError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    ResponseParseError,
    ServiceUnavailableError,
    TrekMailError,
    UnprocessableEntityError,
)
from ._idempotency import deterministic_idempotency_key, new_idempotency_key
from ._pagination import AsyncPaginator, ListOperation, Page
from ._registry import Operation, get_operation
from ._resource import NOT_GIVEN, NotGiven, RawResponse
from ._retry import RetryTransport
from .client import AuthenticatedClient, Client

__version__ = "0.1.0"

__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPaginator",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConflictError",
    "Download",
    "HTTPBackend",
    "IdempotencyConflictError",
    "InternalServerError",
    "InvalidTokenError",
    "ListOperation",
    "MissingTokenError",
    "NotFoundError",
    "NotGiven",
    "Operation",
    "Page",
    "PaginationError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimitGate",
    "RawResponse",
    "ResponseParseError",
    "RetryBudget",
    "RetryPolicy",
    "RetryTransport",
    "ServiceUnavailableError",
    "TrekMail",
    "TrekMailError",
    "UnprocessableEntityError",
    "deterministic_idempotency_key",
    "get_operation",
    "new_idempotency_key",
    "pool_limits",
]
