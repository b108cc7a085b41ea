"""The admin CLI: tokens that work, limits that apply, and one-line errors instead of tracebacks."""
from __future__ import annotations

import subprocess
import sys

from tests.sandbox.conftest import unique_email
from tests.sandbox.helpers import Api, create_body
from tests.sandbox_fixture import REPO


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "sandbox", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=60)


def test_add_user_token_works_and_is_repeatable(sandbox_server):
    email = unique_email("cli")
    token = sandbox_server.cli("add-user", email, "--billing", "area", "--area-limit", "123000000").strip()
    api = Api(sandbox_server.base_url, token)
    status = api.ok(api.get("user/status"))
    assert status["email"] == email and status["billingType"] == "AREA" and status["areaLimit"] == 123_000_000
    assert sandbox_server.cli("token", email).strip() == token


def test_set_limits_and_add_credits_apply_to_a_running_server(sandbox_server):
    email = unique_email("limits")
    api = Api(sandbox_server.base_url, sandbox_server.cli("add-user", email).strip())
    sandbox_server.cli("set-limits", email, "--max-aois", "3", "--aoi-area-limit", "5000000", "--review", "on")
    sandbox_server.cli("add-credits", email, "50")
    status = api.ok(api.get("user/status"))
    assert status["maxAoisPerProcessing"] == 3 and status["aoiAreaLimit"] == 5_000_000
    assert status["reviewWorkflowEnabled"] is True and status["remainingCredits"] == 300


def test_admin_role_sees_every_processing(sandbox_server, user_api):
    email = unique_email("admin")
    api = Api(sandbox_server.base_url, sandbox_server.cli("add-user", email, "--role", "ADMIN").strip())
    assert api.ok(api.get("user/status"))["role"] == "ADMIN"
    someone_elses = user_api.ok(user_api.post("processings/v2", create_body("not the admin's")))
    page = api.ok(api.post("projects/default/processings/v2/page", {"limit": 1000, "offset": 0}))
    assert someone_elses["id"] in {p["id"] for p in page["results"]}
    assert api.ok(api.get(f"processings/{someone_elses['id']}/v2"))["name"] == "not the admin's"


def test_cli_errors_are_one_line_messages(sandbox_server, tmp_path):
    data = ["--data-dir", str(sandbox_server.data_dir)]
    cases = [
        (["add-user", "not-an-email", *data], "not a valid email"),
        (["add-user", "demo@sandbox.mapflow.local", *data], "already exists"),
        (["add-credits", "nobody@example.test", "5", *data], "no user"),
        (["add-team-member", "no-such-team", "demo@sandbox.mapflow.local", *data], "no team"),
        (["set-limits", "demo@sandbox.mapflow.local", *data], "nothing to change"),
        (["add-user", "x@example.test", "--data-dir", str(tmp_path / "missing")], "does not exist"),
    ]
    for args, fragment in cases:
        result = run_cli(*args)
        assert result.returncode == 2, args
        assert fragment in result.stderr and "Traceback" not in result.stderr, result.stderr
    bad_number = run_cli("add-user", "y@example.test", "--credits", "lots", *data)
    assert bad_number.returncode == 2 and "not a number" in bad_number.stderr
