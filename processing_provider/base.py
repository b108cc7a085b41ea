"""What every Mapflow algorithm shares: its group and icon, the server and sign-in parameters, reading the sign-in
while preparing (main thread), and turning every failure into a ``QgsProcessingException`` with the user's text.

No Python traceback reaches the user: the client's errors, the rules' reasons and file errors are shown as they are
worded; anything else is a bug, shown as one line while its traceback goes to the log panel's "Mapflow Processing"
tab (``integration.messages.describe_error``).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, Optional

from qgis.core import (QgsProcessingAlgorithm, QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback,
                       QgsProcessingParameterAuthConfig, QgsProcessingParameterString)
from qgis.PyQt.QtGui import QIcon

from ..integration.messages import tr
from .compat import advanced
from .connection import SignInSource, open_session, read_sign_in

ICONS_DIR = Path(__file__).resolve().parents[1] / "icons"
HELP_URL = "https://github.com/mapflow-processing/mapflow-processing/blob/main/docs/USER_GUIDE.md" \
           "#9-the-processing-toolbox"
SERVER = "SERVER"
AUTHCFG = "AUTHCFG"


def icon(name: str) -> QIcon:
    return QIcon(str(ICONS_DIR / name))


def help_html(summary: str, *paragraphs: str) -> str:
    """Help text for the dialog's side panel: a summary, then paragraphs."""
    return "".join(f"<p>{text}</p>" for text in (summary, *paragraphs) if text)


def connection_help() -> str:
    return tr("<b>Sign-in</b>: the server and the account the Mapflow Processing panel last signed in to. Advanced "
              "parameters choose another server (SERVER, e.g. http://127.0.0.1:8765/rest for the sandbox) or "
              "another account (AUTHCFG: a QGIS authentication configuration of type Basic with your Mapflow "
              "e-mail as user name and the API key as password). No token is ever a parameter, so none appears in "
              "the Processing history.")


class MapflowAlgorithm(QgsProcessingAlgorithm):
    """Subclasses define ``name()``, ``displayName()``, ``shortHelpString()``, ``define()`` and ``perform()``."""

    icon_name = "mapflow_processing.svg"
    action = "Running a Mapflow algorithm"  # what failed, for a bug's one-line text (English: the log's language)

    def __init__(self):
        super().__init__()
        self._sign_in: Optional[SignInSource] = None
        self._problem = ""

    # --- identity -------------------------------------------------------------------------------------------------
    def group(self) -> str:
        return tr("Mapflow")

    def groupId(self) -> str:  # noqa: N802 - QGIS API
        return "mapflow"

    def icon(self) -> QIcon:
        return icon(self.icon_name)

    def helpUrl(self) -> str:  # noqa: N802 - QGIS API
        return HELP_URL

    def tags(self):
        return ["mapflow", "ai", "segmentation", "buildings", "forest", "roads", "imagery", "remote sensing"]

    def createInstance(self):  # noqa: N802 - QGIS API
        return type(self)()

    # --- parameters -----------------------------------------------------------------------------------------------
    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.define()
        self.addParameter(advanced(QgsProcessingParameterString(
            SERVER, tr("Mapflow server (empty: the panel's server)"), defaultValue="", optional=True)))
        self.addParameter(advanced(QgsProcessingParameterAuthConfig(
            AUTHCFG, tr("Sign-in (authentication configuration; empty: the panel's stored sign-in)"),
            defaultValue="", optional=True)))

    def define(self) -> None:
        raise NotImplementedError

    # --- running --------------------------------------------------------------------------------------------------
    def prepareAlgorithm(self, parameters: Dict[str, Any], context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> bool:
        """Runs on the main thread in QGIS desktop, where reading the authentication database may ask for the master
        password; the network waits for ``processAlgorithm``. A problem found here is raised by
        ``processAlgorithm``, so that scripts get it as the exception's text, like every other failure."""
        from ..integration.i18n import route_pure_python_translations

        route_pure_python_translations()  # core's texts (e.g. a wrong server address) in the user's language
        self._problem = ""
        try:
            self._sign_in = read_sign_in(self.parameterAsString(parameters, SERVER, context),
                                         self.parameterAsString(parameters, AUTHCFG, context))
            self.prepare_inputs(parameters, context)
        except QgsProcessingException as error:
            self._problem = str(error)
        return True

    def prepare_inputs(self, parameters: Dict[str, Any], context: QgsProcessingContext) -> None:
        """More reading on the main thread (subclasses)."""

    def processAlgorithm(self, parameters: Dict[str, Any], context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> Dict[str, Any]:
        if self._problem:
            raise QgsProcessingException(self._problem)
        try:
            return self.perform(parameters, context, feedback)
        except QgsProcessingException:
            raise
        except Exception as error:  # every failure becomes the user's text; a bug's traceback goes to the log
            raise QgsProcessingException(self.describe(error)) from None

    def perform(self, parameters: Dict[str, Any], context: QgsProcessingContext,
                feedback: QgsProcessingFeedback) -> Dict[str, Any]:
        raise NotImplementedError

    def describe(self, error: BaseException) -> str:
        from ..integration.messages import describe_error
        from ..layers.result_convert import ResultConversionError
        from ..layers.result_package import ResultDownloadError

        return describe_error(error, self.action, worded=(ResultConversionError, ResultDownloadError))

    def session(self, feedback: QgsProcessingFeedback):
        """Sign in with what ``prepareAlgorithm`` read; returns the ``SignInOutcome`` (close its client)."""
        if self._sign_in is None:  # prepareAlgorithm was skipped (a caller running processAlgorithm directly)
            raise QgsProcessingException(tr("The algorithm was not prepared: run it through Processing."))
        feedback.setProgressText(tr("Signing in to {url}…").format(url=self._sign_in.server_url))
        outcome = open_session(self._sign_in)
        feedback.pushInfo(tr("Signed in to {url} as {email}.").format(url=outcome.server_url, email=outcome.email))
        return outcome

    @staticmethod
    def check_cancelled(feedback: QgsProcessingFeedback) -> None:
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled."))
