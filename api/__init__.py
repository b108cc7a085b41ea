"""Pure-Python client of the Mapflow processing API (``requests`` only; no Qt, no QGIS).

Start with :class:`MapflowClient`; the dataclasses are in :mod:`.models`, the exceptions in :mod:`.errors`.
"""
from .client import DEFAULT_BASE_URL, MapflowClient
from .error_catalog import describe_code, describe_processing_message
from .errors import (ApiError, AuthenticationError, BadRequestError, Cancelled, ConflictError, ConnectionFailed,
                     ForbiddenError, IncompleteDownloadError, IncompleteResponseError, InvalidRequestError,
                     InvalidTokenError, MapflowError, NotFoundError, PayloadTooLargeError, RateLimitedError,
                     ResponseFormatError, ServerError, Timeout, TransportError)
from .i18n import set_translator
from .models import (BillingType, BlockToggle, CatalogSearch, CatalogSortBy, CostRequest, DataProviderSource,
                     ImagerySearchSource, MyImagerySource, Processing, ProcessingRequest, ProcessingSortBy,
                     ProcessingStatus, ProductType, Project, ProjectSortBy, ShareRole, SortOrder, SourceType,
                     StatsQuery, UserDefinedSource, UserStatus)
from .tokens import credentials_from_token, email_from_token, token_from_credentials
from .transport import CallKind, RetryPolicy, Timeouts

__all__ = [
    "DEFAULT_BASE_URL", "ApiError", "AuthenticationError", "BadRequestError", "BillingType", "BlockToggle",
    "CallKind", "Cancelled", "CatalogSearch", "CatalogSortBy", "ConflictError", "ConnectionFailed", "CostRequest",
    "DataProviderSource", "ForbiddenError", "ImagerySearchSource", "IncompleteDownloadError",
    "IncompleteResponseError", "InvalidRequestError", "InvalidTokenError", "MapflowClient", "MapflowError",
    "MyImagerySource", "NotFoundError", "PayloadTooLargeError", "Processing", "ProcessingRequest",
    "ProcessingSortBy", "ProcessingStatus", "ProductType", "Project", "ProjectSortBy", "RateLimitedError",
    "ResponseFormatError", "RetryPolicy", "ServerError", "ShareRole", "SortOrder", "SourceType", "StatsQuery",
    "Timeout", "Timeouts", "TransportError", "UserDefinedSource", "UserStatus", "credentials_from_token",
    "describe_code", "describe_processing_message", "email_from_token", "set_translator", "token_from_credentials",
]
