"""The SDK's exceptions (the same classes as ``trekmail_client``; see its ``_exceptions``).

Every status of 400 or more raises an :class:`APIStatusError` subclass; everything a call can
raise is an :class:`APIError`.
"""

from ._exceptions import *  # noqa: F403
from ._exceptions import __all__ as __all__
