"""Fixtures that start a real sandbox server over HTTP (a subprocess on a free loopback port)."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

REPO = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class SandboxServer:
    """A running sandbox: base URL ends with /rest; token is the demo account's Basic token."""

    host: str
    port: int
    data_dir: Path
    process: subprocess.Popen
    token: str = ""
    extra_args: tuple = ()

    @property
    def root_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        return f"{self.root_url}/rest"

    @property
    def admin_token(self) -> str:
        """The secret for the X-Sandbox-Admin header of the fault-injection endpoints."""
        return (self.data_dir / "admin-token.txt").read_text().strip()

    def cli(self, *args: str) -> str:
        """Run the sandbox admin CLI against this server's data dir; returns its stdout."""
        out = subprocess.run(
            [sys.executable, "-m", "sandbox", *args, "--data-dir", str(self.data_dir)],
            cwd=REPO, capture_output=True, text=True, timeout=60, check=True,
        )
        return out.stdout

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)

    def start(self) -> "SandboxServer":
        """(Re)start the server process on the same port and data dir."""
        self.process = _spawn(self.host, self.port, self.data_dir, self.extra_args)
        _wait_ready(self)
        self.token = (self.data_dir / "demo-token.txt").read_text().strip()
        return self


def _spawn(host: str, port: int, data_dir: Path, extra_args: tuple) -> subprocess.Popen:
    log = open(data_dir / "server.log", "ab")  # noqa: SIM115 - owned by the process for its lifetime
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.Popen(
        [sys.executable, "-m", "sandbox", "serve", "--host", host, "--port", str(port),
         "--data-dir", str(data_dir), "--demo", "--exit-with-parent", *extra_args],
        cwd=REPO, stdout=log, stderr=subprocess.STDOUT, env=env,
    )


def _wait_ready(server: SandboxServer, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            log = (server.data_dir / "server.log").read_text(errors="replace")[-3000:]
            raise RuntimeError(f"sandbox exited with {server.process.returncode}:\n{log}")
        try:
            if requests.get(f"{server.base_url}/version", timeout=1).status_code == 200 and \
                    (server.data_dir / "demo-token.txt").exists():
                return
        except requests.RequestException:
            pass
        time.sleep(0.1)
    raise RuntimeError("sandbox did not become ready in time")


def start_sandbox(data_dir: Path, *extra_args: str) -> SandboxServer:
    data_dir.mkdir(parents=True, exist_ok=True)
    server = SandboxServer("127.0.0.1", free_port(), data_dir, None, extra_args=tuple(extra_args))  # type: ignore
    return server.start()


@pytest.fixture(scope="session")
def sandbox_server(tmp_path_factory) -> SandboxServer:
    """One sandbox for the whole session, with the demo account. Tests must not assume an empty server."""
    server = start_sandbox(tmp_path_factory.mktemp("sandbox-data"))
    yield server
    server.stop()


@pytest.fixture()
def fresh_sandbox(tmp_path) -> SandboxServer:
    """A sandbox of its own, for tests that restart the server, inject faults or need a clean account."""
    server = start_sandbox(tmp_path / "sandbox-data")
    yield server
    server.stop()
