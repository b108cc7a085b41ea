"""The sandbox's error family and the FastAPI handlers that render it in the contract's error shapes.

Processing/projects API errors are ``{"code", "message", "params"}``; Data API errors are
``{"detail": {"code", "parameters"}}`` (contract 1.6). Bad input must never end as a 500.
"""
from __future__ import annotations

import logging
from typing import Optional

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse

log = logging.getLogger("sandbox")


class ApiError(Exception):
    """A processing/projects API error: rendered as {code, message, params}."""

    def __init__(self, status: int, code: str, message: str, params: Optional[dict] = None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.params = params or {}

    def body(self) -> dict:
        return {"code": self.code, "message": self.message, "params": self.params}


class DataApiError(Exception):
    """A Data API (rasters) error: rendered as {"detail": {code, parameters}}."""

    def __init__(self, status: int, code: str, parameters: Optional[dict] = None, message: str = ""):
        super().__init__(message or code)
        self.status = status
        self.code = code
        self.parameters = parameters or {}
        self.message = message or code

    def body(self) -> dict:
        return {"detail": {"code": self.code, "parameters": self.parameters, "message": self.message}}


def bad_request(message: str, code: str = "BAD_REQUEST", **params) -> ApiError:
    return ApiError(400, code, message, params)


def not_found(what: str, uid: str) -> ApiError:
    return ApiError(404, "NOT_FOUND", f"{what} {uid} not found", {"instanceType": what, "uid": uid})


def forbidden(message: str = "Not enough rights for this action") -> ApiError:
    return ApiError(403, "ACCESS_DENIED", message)


def unauthorized(message: str = "Authentication required: send Authorization: Basic <token>") -> ApiError:
    return ApiError(401, "UNAUTHORIZED", message)


def _is_data_api(request: Request) -> bool:
    return request.url.path.startswith("/rest/rasters")


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        if _is_data_api(request):
            # the Data API speaks the {"detail": ...} dialect even for auth and lookup errors
            return JSONResponse(DataApiError(exc.status, exc.code, exc.params, exc.message).body(), exc.status)
        return JSONResponse(exc.body(), exc.status)

    @app.exception_handler(DataApiError)
    async def _data_error(request: Request, exc: DataApiError):
        return JSONResponse(exc.body(), exc.status)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        problems = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ()) if p != "body")
            problems.append(f"{where or 'body'}: {err.get('msg', 'invalid')}")
        message = "Invalid request: " + "; ".join(problems) if problems else "Invalid request"
        error = ApiError(400, "BAD_REQUEST", message, {"errors": problems})
        return await _api_error(request, error)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        code = {404: "NOT_FOUND", 405: "METHOD_NOT_ALLOWED"}.get(exc.status_code, "HTTP_ERROR")
        error = ApiError(exc.status_code, code, str(exc.detail))
        return await _api_error(request, error)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return JSONResponse({"code": "INTERNAL_ERROR", "message": "Internal sandbox error", "params": {}}, 500)
