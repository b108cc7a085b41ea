"""Pure-Python client of the Mapflow processing API (``requests`` only; no Qt, no QGIS).

Start with :class:`MapflowClient`; the dataclasses are in :mod:`.models`, the exceptions in :mod:`.errors`.
"""
# The names below load on first use (PEP 562), so importing one submodule (api.i18n, api.models) does not pull in
# the client, its transport and ``requests``: the dock paints before those are needed.
_HOMES = {
    ".addresses": ("DEFAULT_BASE_URL",),
    ".client": ("MapflowClient",),
    ".error_catalog": ("describe_code", "describe_processing_message"),
    ".errors": ("ApiError", "AuthenticationError", "BadRequestError", "Cancelled", "ConflictError", "ConnectionFailed",
                "ForbiddenError", "IncompleteDownloadError", "IncompleteResponseError", "InvalidRequestError",
                "InvalidTokenError", "MapflowError", "NotFoundError", "PayloadTooLargeError", "RateLimitedError",
                "ResponseFormatError", "ServerError", "Timeout", "TransportError"),
    ".i18n": ("set_translator",),
    ".models": ("BillingType", "BlockToggle", "CatalogSearch", "CatalogSortBy", "CostRequest", "DataProviderSource",
                "ImagerySearchSource", "MyImagerySource", "Processing", "ProcessingRequest", "ProcessingSortBy",
                "ProcessingStatus", "ProductType", "Project", "ProjectSortBy", "ShareRole", "SortOrder", "SourceType",
                "StatsQuery", "UserDefinedSource", "UserStatus"),
    ".tokens": ("credentials_from_token", "email_from_token", "token_from_credentials"),
    ".transport": ("CallKind", "RetryPolicy", "Timeouts"),
}
_HOME_OF = {name: module for module, names in _HOMES.items() for name in names}
__all__ = sorted(_HOME_OF)


def __getattr__(name: str):
    module = _HOME_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(__all__))
