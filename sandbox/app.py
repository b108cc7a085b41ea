"""The app factory: database, demo account, secrets, routers, fault middleware and the worker pool."""
from __future__ import annotations

import logging
import os
import secrets
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI

from .config import ServerConfig
from .errors import install_error_handlers
from .faults import FaultMiddleware, FaultRules, load_rules_file
from .request_id import RequestIdMiddleware
from . import clock
from .routes import (admin, catalog_imagery, catalog_search, meta, oauth, processings, projects, rasters,
                     templates, user)
from .services.accounts import ensure_demo_account, token_of
from .store.db import Database
from .watcher import TemplateWatcher
from . import user_models
from .worker import WorkerPool

log = logging.getLogger("sandbox")
DEMO_TOKEN_FILE = "demo-token.txt"  # noqa: S105 - a file name, not a secret
ADMIN_TOKEN_FILE = "admin-token.txt"  # noqa: S105
SIGNING_KEY_FILE = "signing-key"


def _secret_file(path: Path) -> str:
    """A secret made once and kept in the data dir (owner-only), so links and tokens survive restarts."""
    if not path.exists():
        partial = path.with_suffix(".part")
        partial.write_text(secrets.token_urlsafe(32))
        os.chmod(partial, 0o600)
        os.replace(partial, path)
    return path.read_text().strip()


def _write_atomically(path: Path, text: str) -> None:
    partial = path.with_suffix(".part")
    partial.write_text(text)
    os.replace(partial, path)


def _include_tiles(app: FastAPI) -> None:
    """The tile endpoints come from sandbox.tiles (built separately); the API starts without them."""
    try:
        from .tiles.routes import router as tiles_router
    except ModuleNotFoundError as exc:
        if exc.name == "sandbox.tiles.routes":
            log.warning("sandbox.tiles.routes does not exist yet: tile endpoints are not served")
            return
        log.exception("the tile router failed to import; tile endpoints are not served")
        return
    except Exception:
        log.exception("the tile router failed to import; tile endpoints are not served")
        return
    app.include_router(tiles_router)


def create_app(config: ServerConfig, start_worker: bool = True) -> FastAPI:
    config.data_dir.mkdir(parents=True, exist_ok=True)
    user_models.configure(config.model_folders())  # a bad model stops the start (ModelConfigError)
    db = Database(config.db_path)
    db.initialise()
    with db.tx() as conn:
        seed, epoch = clock.ensure_catalog(conn, config.catalog_seed, config.catalog_epoch)
    if (config.catalog_seed is not None and config.catalog_seed != seed) or \
            (config.catalog_epoch is not None and config.catalog_epoch != epoch):
        log.warning("this data dir keeps its catalog (seed %s, epoch %s); --catalog-seed/--catalog-epoch apply to "
                    "new data dirs only", seed, epoch)
    demo_token = None
    if config.demo:
        with db.tx() as conn:
            demo_token = token_of(ensure_demo_account(conn))
    fault_rules = FaultRules()
    if config.faults_file:
        fault_rules.replace(load_rules_file(config.faults_file))
    worker = WorkerPool(db, config.data_dir, config.workers, config.engine_target) if start_worker else None
    watcher = TemplateWatcher(db, config.scene_arrival_interval) if start_worker else None

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if worker is not None:
            worker.start()
        if watcher is not None:
            watcher.start()
        if demo_token:
            # the fixture's readiness check is /version answering *and* this file existing
            _write_atomically(config.data_dir / DEMO_TOKEN_FILE, demo_token + "\n")
            print(f"Demo account {config.public_url}/rest token: {demo_token}", flush=True)
        yield
        if watcher is not None:
            watcher.stop()
        if worker is not None:
            worker.stop()

    app = FastAPI(title="Mapflow sandbox", version=meta.api_version(), lifespan=lifespan,
                  openapi_url="/rest/openapi.json", docs_url="/rest/docs", redoc_url=None)
    app.state.config = config
    app.state.db = db
    app.state.worker = worker
    app.state.fault_rules = fault_rules
    app.state.admin_token = _secret_file(config.data_dir / ADMIN_TOKEN_FILE)
    app.state.signing_key = _secret_file(config.data_dir / SIGNING_KEY_FILE).encode()
    install_error_handlers(app)
    # templates before processings: /processings/template/... must not be read as a processing id
    for module in (meta, user, projects, templates, processings, rasters, catalog_search, admin):
        app.include_router(module.router, prefix="/rest")
    app.include_router(admin.router, include_in_schema=False)  # also at /admin/faults, outside the API
    _include_tiles(app)
    app.include_router(catalog_imagery.router)
    app.include_router(oauth.router)  # Keycloak layout at the root: /auth/realms/{realm}/protocol/openid-connect/...
    app.add_middleware(FaultMiddleware, rules=fault_rules)
    app.add_middleware(RequestIdMiddleware)  # outermost: injected faults carry an id too
    return app
