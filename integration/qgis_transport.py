"""HTTP through QGIS's own network stack: the transport the plugin gives its API client inside QGIS.

Every request goes through ``QgsNetworkAccessManager.instance()`` of the thread that sends it (QGIS gives each
thread its own manager, set up from the main thread's settings), so it gets what QGIS gives its own requests: the
proxy of Settings > Options > Network (HTTP, SOCKS5, the system proxy with PAC files, NTLM/Kerberos proxies,
credentials from the settings or an authentication configuration), the CA certificates and per-server SSL exceptions
of the authentication manager, and the user-agent QGIS sets; the requests show up in QGIS's Network Logger under
``MapflowProcessing``.

One request is one ``QNetworkReply`` driven by a local ``QEventLoop`` in the calling thread (a task's worker thread
in the plugin; never the GUI thread). Bodies stream: an upload is a ``QHttpMultiPart`` whose file part reads the
file from disk, a download is read as it arrives (the reply's read buffer is bounded, so a slow disk throttles the
socket instead of filling memory). A 100 ms tick checks ``is_cancelled`` and the inactivity timeout, so a cancel
aborts the reply at once, also while no header has arrived yet. QGIS's own network timeout (one value for every
request) is replaced for these replies by the per-call timeouts of the API client: an upload may wait 15 minutes for
the server to check the file, which QGIS's default 60 s would cut.

SSL errors: the reply's ``sslErrors`` reach QGIS's handler on the main thread (in QGIS 3.22 the worker thread waits
for it): QGIS desktop shows its SSL errors dialog, where the user may accept once or store an exception; without
that the request fails as "the secure connection failed". Redirects are followed here, not by Qt, so that the
Mapflow ``Authorization`` header never goes to another origin.
"""
from __future__ import annotations

import time
from typing import Callable, Optional
from urllib.parse import urljoin

from qgis.core import QgsNetworkRequestParameters
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QByteArray, QEventLoop, QFile, QIODevice, QTimer, QUrl
from qgis.PyQt.QtNetwork import QHttpMultiPart, QHttpPart, QNetworkProxy, QNetworkProxyFactory, QNetworkProxyQuery, \
    QNetworkReply, QNetworkRequest

from ..api.errors import Cancelled, ConnectionFailed, InvalidRequestError, MapflowError, Timeout
from ..api.i18n import QT_TRANSLATE_NOOP
from ..api.http import MAX_REDIRECTS, REDIRECT_STATUSES, BodyError, Headers, HttpRequest, HttpResponse, \
    NetworkReason, ProxyLoginRefused
from ..api.multipart import MultipartFileBody
from .qgis_proxy import thread_network_manager

INITIATOR_CLASS = "MapflowProcessing"
TICK_MS = 100  # how often a waiting request looks at is_cancelled and its inactivity timeout
READ_BUFFER_BYTES = 4 * 1024 * 1024  # Qt stops reading the socket when this much is waiting to be read

Error = QNetworkReply.NetworkError
Attribute = QNetworkRequest.Attribute


def _codes(names: dict) -> dict:
    """``{NetworkError: text}`` from ``{"Name": text}``; a name this Qt lacks is left out (Qt 5 and 6 differ)."""
    return {getattr(Error, name): text for name, text in names.items() if getattr(Error, name, None) is not None}


# errors Qt derives from an HTTP status: the server answered, its body is the answer (an API error)
_STATUS_ERRORS = frozenset(_codes(dict.fromkeys((
    "ContentAccessDenied", "ContentOperationNotPermittedError", "ContentNotFoundError",
    "AuthenticationRequiredError", "ContentConflictError", "ContentGoneError", "UnknownContentError",
    "ProtocolInvalidOperationError", "InternalServerError", "OperationNotImplementedError",
    "ServiceUnavailableError", "UnknownServerError"), "")))
_REASONS = _codes({
    "ConnectionRefusedError": NetworkReason.REFUSED,
    "RemoteHostClosedError": NetworkReason.SERVER_CLOSED,
    "HostNotFoundError": NetworkReason.UNKNOWN_HOST,
    "SslHandshakeFailedError": NetworkReason.SSL,
    "TemporaryNetworkFailureError": NetworkReason.UNREACHABLE,
    "NetworkSessionFailedError": NetworkReason.UNREACHABLE,
    "TooManyRedirectsError": NetworkReason.TOO_MANY_REDIRECTS,
    "InsecureRedirectError": NetworkReason.INSECURE_REDIRECT,
    "ProtocolUnknownError": NetworkReason.UNSUPPORTED_PROTOCOL,
    "ProtocolFailure": NetworkReason.PROTOCOL_FAILURE})
_PROXY_REASONS = _codes({
    "ProxyConnectionRefusedError": NetworkReason.PROXY_REFUSED,
    "ProxyConnectionClosedError": NetworkReason.PROXY_CLOSED,
    "ProxyNotFoundError": NetworkReason.PROXY_NOT_FOUND,
    "ProxyTimeoutError": NetworkReason.PROXY_TIMEOUT,
    "UnknownProxyError": NetworkReason.PROXY_FAILED})
# through an HTTP proxy Qt reports a proxy it cannot reach with the plain socket errors
_VIA_PROXY_REASONS = _codes({
    "ConnectionRefusedError": NetworkReason.PROXY_REFUSED,
    "HostNotFoundError": NetworkReason.PROXY_NOT_FOUND,
    "RemoteHostClosedError": NetworkReason.PROXY_CLOSED})


# updates a request with credentials QGIS holds (an OAuth2 configuration's Bearer token); the updated request, or
# None when QGIS could not get them (see integration/oauth_config.py: authcfg_authorizer)
Authorizer = Callable[[QNetworkRequest], Optional[QNetworkRequest]]


class SignInUnavailable(MapflowError):
    """QGIS could not add the account's credentials to a request (the browser sign-in of an OAuth2 configuration
    was not completed, refused, or timed out). Never retried: each try may open the browser again."""

    retryable = False
    template = QT_TRANSLATE_NOOP(
        "MapflowApi", "QGIS could not sign in to Mapflow with your Mapflow account: the sign-in in the browser was "
                      "not completed, was refused or took too long. Sign in again.")


class QgisTransport:
    """:class:`~..api.http.HttpTransport` on ``QgsNetworkAccessManager``; holds no connection of its own, so one
    instance may serve every thread (each request uses the manager of the thread that sends it).

    ``authorize`` lets QGIS authenticate the requests that carry the account's credentials
    (``HttpRequest.credentials``): the client then sends no ``Authorization`` of its own."""

    def __init__(self, authorize: Optional[Authorizer] = None) -> None:
        self._authorize = authorize

    def send(self, request: HttpRequest) -> HttpResponse:
        current = request
        for _ in range(MAX_REDIRECTS + 1):
            if current.is_cancelled is not None and current.is_cancelled():
                raise Cancelled()
            exchange = _Exchange(current, self._authorize)
            status = exchange.wait_for_headers()
            location = exchange.headers.get("Location", "")
            if status in REDIRECT_STATUSES and location:
                following = current.redirected(urljoin(current.url, location), status)
                if following is not None and following.url.lower().startswith(("http://", "https://")):
                    exchange.close()
                    current = following
                    continue
            return HttpResponse(status, exchange.headers, current.url, exchange, reason=exchange.reason)
        raise ConnectionFailed(request.host, NetworkReason.TOO_MANY_REDIRECTS)

    def close(self) -> None:
        """Nothing to close: the connections belong to QGIS's network managers."""

    def __repr__(self) -> str:
        return "QgisTransport(authorized)" if self._authorize is not None else "QgisTransport()"


def _initiator_attribute(value: int) -> Optional[QNetworkRequest.Attribute]:
    """QGIS's own request attributes live in the user range of ``QNetworkRequest.Attribute``."""
    try:
        return QNetworkRequest.Attribute(int(value))
    except (TypeError, ValueError):  # a binding that only accepts the named members
        return None


def _qt_request(request: HttpRequest) -> QNetworkRequest:
    qrequest = QNetworkRequest(QUrl.fromEncoded(QByteArray(request.url.encode("utf-8"))))
    for name, value in request.headers.items():
        qrequest.setRawHeader(QByteArray(name.encode("latin-1")), QByteArray(str(value).encode("latin-1")))
    # what QGIS's QgsSetRequestInitiatorClass macro does: the Network Logger shows who asked
    for attribute, value in ((QgsNetworkRequestParameters.RequestAttributes.AttributeInitiatorClass, INITIATOR_CLASS),
                             (QgsNetworkRequestParameters.RequestAttributes.AttributeInitiatorRequestId,
                              f"{INITIATOR_CLASS} {request.method} {request.url.split('?')[0]}")):
        code = _initiator_attribute(attribute)
        if code is not None:
            qrequest.setAttribute(code, value)
    qrequest.setAttribute(Attribute.RedirectPolicyAttribute, QNetworkRequest.RedirectPolicy.ManualRedirectPolicy)
    # API answers and results carry account data: never into QGIS's disk cache, never from it
    qrequest.setAttribute(Attribute.CacheLoadControlAttribute, QNetworkRequest.CacheLoadControl.AlwaysNetwork)
    qrequest.setAttribute(Attribute.CacheSaveControlAttribute, False)
    return qrequest


def _multipart(body: MultipartFileBody) -> QHttpMultiPart:
    """The same bytes as ``body`` (boundary, part headers, file), with the file read by Qt as it sends."""
    multipart = QHttpMultiPart(QHttpMultiPart.ContentType.FormDataType)
    multipart.setBoundary(QByteArray(body.boundary.encode("ascii")))
    part = QHttpPart()
    part.setRawHeader(QByteArray(b"Content-Disposition"), QByteArray(body.content_disposition))
    part.setRawHeader(QByteArray(b"Content-Type"), QByteArray(body.part_content_type.encode("latin-1")))
    source = QFile(str(body.path), multipart)
    if not source.open(QIODevice.OpenModeFlag.ReadOnly):
        multipart.deleteLater()
        raise InvalidRequestError(f"the file {body.path.name} cannot be read")
    part.setBodyDevice(source)
    multipart.append(part)
    return multipart


class _Exchange:
    """One request and its reply in the calling thread; after the headers it is the answer's body reader."""

    def __init__(self, request: HttpRequest, authorize: Optional[Authorizer] = None) -> None:
        self._request = request
        self._authorize = authorize
        self._host = request.host
        self._manager = thread_network_manager()
        self._loop = QEventLoop()
        self._abort_reason: Optional[str] = None  # "cancel" or "timeout" when we aborted the reply
        self._awaiting_headers = True
        self._last_activity = time.monotonic()
        self._received = 0  # body bytes on the wire (Qt's download progress)
        self._delivered = 0  # body bytes handed to the caller (after decompression)
        self._body = request.body if isinstance(request.body, MultipartFileBody) else None
        self._head_size = len(self._body.head) if self._body is not None else 0
        self._closed = False
        self.headers = Headers()
        self.reason = ""
        self._reply: Optional[QNetworkReply] = self._start()
        self._tick = QTimer()
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick)
        self._tick.start()

    # --- sending ---------------------------------------------------------------------------------------------
    def _start(self) -> QNetworkReply:
        request, qrequest = self._request, _qt_request(self._request)
        if request.credentials and self._authorize is not None:
            authorized = self._authorize(qrequest)
            if authorized is None:
                raise SignInUnavailable()
            qrequest = authorized
        verb = QByteArray(request.method.encode("ascii"))
        if self._body is not None:
            multipart = _multipart(self._body)
            reply = self._manager.sendCustomRequest(qrequest, verb, multipart)
            multipart.setParent(reply)  # lives as long as the reply reads from it
        elif request.body is not None or request.method in ("POST", "PUT", "PATCH"):
            reply = self._manager.sendCustomRequest(qrequest, verb, QByteArray(request.body or b""))
        elif request.method == "GET":
            reply = self._manager.get(qrequest)
        elif request.method == "HEAD":
            reply = self._manager.head(qrequest)
        elif request.method == "DELETE":
            reply = self._manager.deleteResource(qrequest)
        else:
            reply = self._manager.sendCustomRequest(qrequest, verb)
        # QGIS's single network timeout would abort long uploads and searches: our ticks time the request instead
        qgis_timer = reply.findChild(QTimer, "timeoutTimer")
        if qgis_timer is not None:
            qgis_timer.stop()
            sip.delete(qgis_timer)
        reply.setReadBufferSize(READ_BUFFER_BYTES)
        reply.metaDataChanged.connect(self._on_activity)
        reply.readyRead.connect(self._on_activity)
        reply.downloadProgress.connect(self._on_download_progress)
        reply.uploadProgress.connect(self._on_upload_progress)
        reply.finished.connect(self._loop.quit)
        return reply

    def _on_activity(self) -> None:
        self._last_activity = time.monotonic()
        self._loop.quit()

    def _on_download_progress(self, received: int, _total: int) -> None:
        self._received = max(self._received, int(received))
        self._on_activity()

    def _on_upload_progress(self, sent: int, _total: int) -> None:
        if self._body is not None and sent > 0:
            self._body.report_sent(int(sent) - self._head_size)
        self._on_activity()

    def _on_tick(self) -> None:
        if self._reply is None or self._abort_reason is not None or self._reply.isFinished():
            return
        request = self._request
        cancelled = request.is_cancelled is not None and request.is_cancelled()
        if self._body is not None and self._body.cancelled():
            cancelled = True
        limit = request.read_timeout + (request.connect_timeout if self._awaiting_headers else 0.0)
        if cancelled or time.monotonic() - self._last_activity > limit:
            self._abort_reason = "cancel" if cancelled else "timeout"
            self._reply.abort()  # emits finished: the loop returns
            self._loop.quit()

    def _wait(self) -> None:
        self._loop.exec()

    # --- the answer --------------------------------------------------------------------------------------------
    def wait_for_headers(self) -> int:
        """Run the request until its status line and headers are in; returns the status."""
        try:
            while self._status() is None and not self._reply.isFinished():
                self._wait()
            if self._abort_reason is not None:
                raise self._abort_error(before_headers=True)
            status = self._status()
            if status is None or self._reply.error() == Error.ProxyAuthenticationRequiredError:
                raise self._network_error()  # a 407 comes from the proxy, not from the server
            if self._body is not None:
                self._body.check_unchanged()
        except BaseException:
            self.close()
            raise
        self._awaiting_headers = False
        self._last_activity = time.monotonic()
        for name, value in self._reply.rawHeaderPairs():
            self.headers[bytes(name).decode("latin-1")] = bytes(value).decode("latin-1")
        self.reason = str(self._reply.attribute(Attribute.HttpReasonPhraseAttribute) or "")
        return status

    def _status(self) -> Optional[int]:
        value = self._reply.attribute(Attribute.HttpStatusCodeAttribute)
        return int(value) if value not in (None, 0) else None

    def _abort_error(self, before_headers: bool) -> MapflowError:
        if self._abort_reason == "cancel":
            return Cancelled()
        seconds = self._request.read_timeout + (self._request.connect_timeout if before_headers else 0.0)
        return Timeout(self._host, "read", seconds)

    def _network_error(self) -> MapflowError:
        code = self._reply.error()
        if code == Error.SslHandshakeFailedError:
            # Qt keeps a connection to a host with the SSL settings of its first request: drop it, so that a CA
            # or an SSL exception the user adds in QGIS afterwards applies to the next attempt
            self._manager.clearConnectionCache()
        if code == Error.TimeoutError:  # the socket itself gave up (only when Qt times out before us)
            return Timeout(self._host, "connect", self._request.connect_timeout)
        proxy = self._proxy_name()
        if code == Error.ProxyAuthenticationRequiredError:
            return ProxyLoginRefused(self._host, proxy or NetworkReason.PROXY_OF_QGIS)
        if code in _PROXY_REASONS:
            return ConnectionFailed(self._host, _PROXY_REASONS[code], proxy=proxy or NetworkReason.PROXY_OF_QGIS)
        if proxy and code in _VIA_PROXY_REASONS:
            return ConnectionFailed(self._host, _VIA_PROXY_REASONS[code], proxy=proxy)
        return ConnectionFailed(self._host, _REASONS.get(code, NetworkReason.NETWORK))

    def _proxy_name(self) -> str:
        """``host:port`` of the proxy QGIS chose for this URL ('' when it goes direct); never its credentials."""
        query = QNetworkProxyQuery(QUrl(self._request.url))
        for proxy in self._manager.proxyFactory().queryProxy(query):
            if proxy.type() == QNetworkProxy.ProxyType.DefaultProxy:  # "the application's proxy"
                resolved = QNetworkProxyFactory.proxyForQuery(query)
                proxy = resolved[0] if resolved else QNetworkProxy(QNetworkProxy.ProxyType.NoProxy)
            if proxy.type() != QNetworkProxy.ProxyType.NoProxy and proxy.hostName():
                return f"{proxy.hostName()}:{proxy.port()}"
            return ""
        return ""

    @property
    def bytes_received(self) -> int:
        """Body bytes handed over so far; for a body Qt unpacks, the packed bytes it received."""
        return self._received if self._encoded() else self._delivered

    def _encoded(self) -> bool:
        return self.headers.get("Content-Encoding", "identity").strip().lower() not in ("", "identity")

    def read(self, size: int) -> bytes:
        """The next bytes of the body as they arrive; b"" at its end (see ``api.http.BodyReader``)."""
        if self._closed:
            return b""
        try:
            while True:
                available = self._reply.bytesAvailable()
                if available > 0:
                    data = bytes(self._reply.read(min(max(1, int(size)), available)))
                    self._delivered += len(data)
                    return data
                if self._abort_reason is not None:
                    raise self._abort_error(before_headers=False)
                if self._reply.isFinished():
                    self._check_body_complete()
                    self.close()
                    return b""
                self._last_activity = time.monotonic()  # silence is measured while we wait, not while we write
                self._wait()
        except (MapflowError, BodyError):
            self.close()
            raise

    def _check_body_complete(self) -> None:
        """At the end of the body: did all of it arrive? (Qt reports a connection closed early as an error.)"""
        try:
            expected: Optional[int] = int(self.headers.get("Content-Length", ""))
        except ValueError:
            expected = None  # also when Qt unpacked a gzip body: it drops the packed length
        received = self.bytes_received
        code = self._reply.error()
        if code != Error.NoError and code not in _STATUS_ERRORS:
            if expected is not None and received < expected:
                raise BodyError(NetworkReason.BODY_SHORT, received=received, expected=expected)
            if code == Error.RemoteHostClosedError:
                raise BodyError(NetworkReason.BODY_CLOSED)
            raise BodyError(NetworkReason.BODY_INTERRUPTED)
        if expected is not None and received < expected and self._request.method != "HEAD":
            raise BodyError(NetworkReason.BODY_SHORT, received=received, expected=expected)

    def close(self) -> None:
        """Abort an unfinished reply and release it."""
        if self._closed:
            return
        self._closed = True
        self._tick.stop()
        reply = self._reply
        if not reply.isFinished():
            self._abort_reason = self._abort_reason or "cancel"
            reply.abort()
        for signal, slot in ((reply.metaDataChanged, self._on_activity), (reply.readyRead, self._on_activity),
                             (reply.downloadProgress, self._on_download_progress),
                             (reply.uploadProgress, self._on_upload_progress), (reply.finished, self._loop.quit)):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):  # already gone
                pass
        reply.deleteLater()  # with its multipart body and file; deleted by this thread's next event loop
        # Let go of the Python wrapper now. Kept (say by the traceback of a failed attempt that is being retried), it
        # outlives the reply Qt deletes; a later reply allocated at the same address would then be handed this
        # stale wrapper, which PyQt reports as "wrapped C/C++ object ... has been deleted".
        self._reply = None
