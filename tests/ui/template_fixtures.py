"""Helpers of the planned-search dock tests: a sandbox of their own (its clock moves), scripted answers to the
planned-search dialogs (the real "Plan a search" dialog is built and filled, only its exec() is skipped), and
helpers to move the sandbox clock and wait for the dock."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Callable, List, Optional

import pytest
import requests
from qgis.core import QgsProject

from mapflow_processing.layers.footprints import ROLE_PROPERTY, TEMPLATE_AOIS_ROLE
from mapflow_processing.ui.template_dialogs import PlanChoice, PlanInput, PlanSearchDialog, TemplatePrompts
from tests.sandbox_fixture import start_sandbox

from .dock_fixtures import close_harness, make_harness, sign_in

# ~0.6 km² at the demo centre: most scenes of the HR and MR streams cover it
DEMO_BOX = (37.595, 55.728, 37.607, 55.733)
CITY_BOX = (37.45, 55.65, 37.75, 55.83)  # about 19 x 20 km: every new demo-area scene touches it


@dataclass
class ScriptedTemplatePrompts(TemplatePrompts):
    """Answers the planned-search questions. ``fill`` edits the real dialog before its choice is read (None:
    cancel the dialog)."""

    fill: Optional[Callable[[PlanSearchDialog], None]] = lambda dialog: None
    texts: List[Optional[str]] = field(default_factory=list)  # answers to name questions, in order
    confirm_answer: bool = True
    end_day: Optional[date] = None
    plans: List[PlanInput] = field(default_factory=list)
    dialogs: list = field(default_factory=list)  # the problems each plan dialog showed when answered
    questions: List[str] = field(default_factory=list)

    def plan(self, parent, plan: PlanInput) -> Optional[PlanChoice]:
        self.plans.append(plan)
        if self.fill is None:
            return None
        dialog = PlanSearchDialog(plan, parent)
        try:
            self.fill(dialog)
            self.dialogs.append(dialog.problem())
            return dialog.choice()
        finally:
            dialog.deleteLater()

    def text(self, parent, title, label, current=""):
        self.questions.append(title)
        return self.texts.pop(0) if self.texts else None

    def confirm(self, parent, title, question):
        self.questions.append(question)
        return self.confirm_answer

    def end_date(self, parent, current, latest):
        return self.end_day


@pytest.fixture(scope="module")
def clock_sandbox(tmp_path_factory):
    """A sandbox of this module's own: the tests move its clock."""
    server = start_sandbox(tmp_path_factory.mktemp("dock-templates"))
    yield server
    server.stop()


@pytest.fixture()
def template_prompts():
    return ScriptedTemplatePrompts()


@pytest.fixture()
def harness(qtbot, tmp_path, unlocked_auth, template_prompts):
    made = make_harness(qtbot, tmp_path, unlocked_auth, template_prompts=template_prompts)
    yield made
    close_harness(made)


def new_account(server, *options: str) -> str:
    """A new account with credits; ``options`` go to ``sandbox set-limits``."""
    email = f"planner-{uuid.uuid4().hex[:8]}@sandbox.mapflow.local"
    token = server.cli("add-user", email, "--credits", "20000").strip().splitlines()[-1]
    if options:
        server.cli("set-limits", email, *options)
    return token


def signed_in(qtbot, harness, server, *options: str) -> str:
    token = new_account(server, *options)
    sign_in(qtbot, harness, server, token)
    qtbot.waitUntil(lambda: harness.state.session is not None and harness.state.session.project is not None,
                    timeout=20000)
    return token


def advance(server, **body) -> dict:
    response = requests.post(f"{server.base_url}/admin/clock/advance", json=body,
                             headers={"X-Sandbox-Admin": server.admin_token}, timeout=120)
    response.raise_for_status()
    return response.json()


def admin(server, path: str, body: dict) -> dict:
    response = requests.post(f"{server.base_url}/admin/{path}", json=body,
                             headers={"X-Sandbox-Admin": server.admin_token}, timeout=60)
    response.raise_for_status()
    return response.json()


def aoi_layers():
    return [layer for layer in QgsProject.instance().mapLayers().values()
            if layer.customProperty(ROLE_PROPERTY, "") == TEMPLATE_AOIS_ROLE]


def list_names(controller) -> List[str]:
    return [row.template.name for row in controller.model.rows()]


def wait_listed(qtbot, controller, predicate, timeout=20000):
    """Refresh the list and wait until ``predicate(templates by name)`` holds."""
    def check():
        return predicate({t.name: t for t in controller.templates.values()})
    controller.refresh()
    qtbot.waitUntil(check, timeout=timeout)
