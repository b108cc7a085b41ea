"""Fixtures of the dock tests of review, Duplicate, My imagery and sign-in: a sandbox whose processings finish at
once (the scripted engine), accounts with the review workflow, and dialogs answered by the test."""
from __future__ import annotations

import base64
import uuid
from dataclasses import dataclass, field
from typing import List, Optional

import pytest
import requests

from mapflow_processing.api.client import MapflowClient
from mapflow_processing.api.models import ProcessingRequest, UserDefinedSource
from mapflow_processing.api.transport import RetryPolicy
from mapflow_processing.ui.dialogs_imagery import ImageryPrompts, MosaicForm
from mapflow_processing.ui.dialogs_review import ReviewPrompts, SendBack
from tests.sandbox_fixture import start_sandbox

from .conftest import TINY_AOI, wait_until_final

SCRIPTED_URL = "https://scripted.test/{z}/{x}/{y}.png?delay=0"  # the scripted engine finishes it at once


@pytest.fixture(scope="session")
def accounts_server(tmp_path_factory):
    """Processings finish at once; OAuth2's password grant and auto-approval for headless sign-ins."""
    server = start_sandbox(tmp_path_factory.mktemp("accounts-ui-data"),
                           "--engine", "tests.sandbox.scripted_engine:run_partition",
                           "--oauth-password-grant", "--oauth-auto-approve")
    yield server
    server.stop()


@dataclass(frozen=True)
class Account:
    email: str
    token: str

    @property
    def secret(self) -> str:
        return base64.b64decode(self.token + "=" * (-len(self.token) % 4)).decode().split(":", 1)[1]

    def client(self, server) -> MapflowClient:
        return MapflowClient(server.base_url, self.token, retry=RetryPolicy(attempts=2, backoff=0.05))


def new_account(server, prefix: str, *options: str, review: bool = False) -> Account:
    email = f"{prefix}-{uuid.uuid4().hex[:8]}@sandbox.mapflow.local"
    token = server.cli("add-user", email, "--credits", "50000", *options).strip().splitlines()[-1]
    if review:
        server.cli("set-limits", email, "--review", "on")
    return Account(email, token)


def deliver(client: MapflowClient, name: str, project_id: Optional[str] = None, source=None,
            enabled_blocks=()):
    """A Buildings processing on TINY_AOI, finished (OK) by the scripted engine."""
    status = client.user_status()
    model = next(m for m in status.models if "Buildings" in m.name)
    request = ProcessingRequest.for_model(model, TINY_AOI, source or UserDefinedSource(SCRIPTED_URL, zoom=18),
                                          enabled_blocks=enabled_blocks, name=name, project_id=project_id)
    created = client.create_processing(request)
    return wait_until_final(client, [created.id])[created.id]


def admin_get(server, path: str):
    response = requests.get(f"{server.base_url}/admin/{path}", timeout=30,
                            headers={"X-Sandbox-Admin": server.admin_token})
    response.raise_for_status()
    return response.json()


def admin_post(server, path: str, body: Optional[dict] = None):
    response = requests.post(f"{server.base_url}/admin/{path}", json=body or {}, timeout=60,
                             headers={"X-Sandbox-Admin": server.admin_token})
    response.raise_for_status()
    return response.json()


@dataclass
class ScriptedReviewPrompts(ReviewPrompts):
    accept: bool = True
    send_back_with: Optional[SendBack] = None
    asked: list = field(default_factory=list)

    def confirm_accept(self, parent, names):
        self.asked.append(("accept", list(names)))
        return self.accept

    def send_back(self, parent, processing_name, marked, layer_name):
        self.asked.append(("send_back", processing_name, marked, layer_name))
        return self.send_back_with


@dataclass
class ScriptedImageryPrompts(ImageryPrompts):
    new: Optional[MosaicForm] = None
    edit: Optional[MosaicForm] = None
    image_name: Optional[str] = None
    delete_ok: bool = True
    files: List[str] = field(default_factory=list)
    download_to: Optional[str] = None
    partial_ok: bool = True
    asked: list = field(default_factory=list)

    def new_mosaic(self, parent):
        self.asked.append(("new",))
        return self.new

    def edit_mosaic(self, parent, name, tags):
        self.asked.append(("edit", name, tuple(tags)))
        return self.edit

    def rename_image(self, parent, name):
        self.asked.append(("rename_image", name))
        return self.image_name

    def confirm_delete(self, parent, names, image_count):
        self.asked.append(("delete", list(names), image_count))
        return self.delete_ok

    def upload_files(self, parent):
        self.asked.append(("files",))
        return list(self.files)

    def download_path(self, parent, suggested):
        self.asked.append(("download", suggested))
        return self.download_to

    def confirm_partial_upload(self, parent, refused, passing):
        self.asked.append(("partial", list(refused), passing))
        return self.partial_ok

