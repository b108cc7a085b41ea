"""Server choice, API token, sign in/out and the account line.

The server box always offers "Mapflow" (the production server); the sandbox entry is added only when the session
controller found a sandbox answering (``offer_sandbox``); any other address can be typed."""
from __future__ import annotations

from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QWidget

from ..core.choices import SignInRequest
from ..core.settings import DEFAULT_SERVER_URL
from .loader import form_class


class ConnectionWidget(QWidget, form_class("connection")):
    sign_in_requested = pyqtSignal(object)  # SignInRequest
    sign_out_requested = pyqtSignal()
    oauth_sign_in_requested = pyqtSignal(str)  # the server URL: sign in with the Mapflow account (OAuth2)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.serverCombo.addItem(self.tr("Mapflow"), DEFAULT_SERVER_URL)
        self.signInButton.clicked.connect(self.request_sign_in)
        self.tokenEdit.returnPressed.connect(self.request_sign_in)
        self.signOutButton.clicked.connect(self.sign_out_requested.emit)
        self.oauthButton.clicked.connect(lambda *_: self.oauth_sign_in_requested.emit(self.server_url()))
        self._oauth_available = True
        self._oauth_tip = self.oauthButton.toolTip()
        self.oauthNoteLabel.setVisible(False)
        self.set_signed_in(False)

    def server_url(self) -> str:
        index = self.serverCombo.currentIndex()
        text = self.serverCombo.currentText().strip()
        # a known entry shows a label; an edited entry is the URL itself
        if index >= 0 and self.serverCombo.itemText(index) == text and self.serverCombo.itemData(index):
            return str(self.serverCombo.itemData(index))
        return text

    def set_server_url(self, url: str) -> None:
        for i in range(self.serverCombo.count()):
            if self.serverCombo.itemData(i) == url:
                self.serverCombo.setCurrentIndex(i)
                return
        self.serverCombo.setEditText(url)

    def offer_sandbox(self, url: str) -> None:
        """A sandbox answers at ``url``: offer it as a named entry (shown selected if its URL was typed)."""
        if self.serverCombo.findData(url) >= 0:
            return
        typed = self.server_url()
        self.serverCombo.addItem(self.tr("Sandbox (offline, this computer)"), url)
        if typed == url:
            self.serverCombo.setCurrentIndex(self.serverCombo.findData(url))

    def server_entries(self) -> list:
        """(label, URL) of the named entries."""
        return [(self.serverCombo.itemText(i), self.serverCombo.itemData(i)) for i in range(self.serverCombo.count())]

    def request_sign_in(self, *_args) -> None:
        self.sign_in_requested.emit(SignInRequest(self.server_url(), self.tokenEdit.text().strip()))

    def set_oauth(self, available: bool, note: str = "") -> None:
        """Whether sign-in with the Mapflow account is possible here, and what to know about it (shown plainly)."""
        self._oauth_available = available
        self.oauthButton.setEnabled(available)
        self.oauthButton.setToolTip(note or self._oauth_tip)
        self.oauthNoteLabel.setText(note)
        self.oauthNoteLabel.setVisible(bool(note) and self.signInButton.isVisible())

    def set_busy(self, busy: bool) -> None:
        self.oauthButton.setEnabled(not busy and self._oauth_available)
        self.signInButton.setEnabled(not busy)
        self.tokenEdit.setEnabled(not busy)
        self.serverCombo.setEnabled(not busy)

    def set_signed_in(self, signed_in: bool) -> None:
        self.signInButton.setVisible(not signed_in)
        self.tokenEdit.setVisible(not signed_in)
        self.tokenLabel.setVisible(not signed_in)
        self.getTokenLabel.setVisible(not signed_in)
        self.signOutButton.setVisible(signed_in)
        self.oauthButton.setVisible(not signed_in)
        self.oauthNoteLabel.setVisible(not signed_in and bool(self.oauthNoteLabel.text()))
        self.serverCombo.setEnabled(not signed_in)
        if signed_in:
            self.tokenEdit.clear()  # the token now lives in the auth database only

    def set_account_text(self, text: str) -> None:
        self.accountLabel.setText(text)
