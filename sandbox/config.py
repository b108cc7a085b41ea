"""Server configuration: what `python -m sandbox serve` was started with."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Optional


@dataclass
class ServerConfig:
    data_dir: Path
    host: str = "127.0.0.1"
    port: int = 8765
    public_url: str = ""  # externally visible root, e.g. http://127.0.0.1:8765 (no /rest)
    demo: bool = False
    faults_file: Optional[Path] = None
    workers: int = 2
    # "module:function" of the partition runner; the default is the imagery engine
    engine_target: str = "sandbox.engine:run_partition"
    # the scene catalog of a new data dir (kept in the data dir afterwards): seed and epoch (default: today, UTC)
    catalog_seed: Optional[int] = None
    catalog_epoch: Optional[date] = None
    # real seconds between scene arrivals (the sandbox clock jumps to the next publication); None: real time only
    scene_arrival_interval: Optional[float] = None
    models_dirs: tuple = ()  # folders of users' ONNX models (sandbox.user_models), besides DATA_DIR/models
    # what GET /version answers; None: the plugin version of metadata.txt
    api_version: Optional[str] = None
    # sandbox-clock seconds an uploaded image stays in preprocessing (status IN_PROGRESS, download 409); 0: none
    image_ready_after: float = 0
    # the OAuth2 authorization server (sandbox/oauth.py): token lifetimes in seconds (sandbox clock), test aids
    oauth_access_ttl: float = 300
    oauth_refresh_ttl: float = 1800
    oauth_auto_approve: bool = False
    oauth_password_grant: bool = False

    def __post_init__(self) -> None:
        self.data_dir = Path(self.data_dir)
        if not self.public_url:
            self.public_url = f"http://{self.host}:{self.port}"
        self.public_url = self.public_url.rstrip("/")

    def model_folders(self) -> list:
        folders = [Path(f) for f in self.models_dirs]
        default = self.data_dir / "models"
        if default.is_dir() and default.resolve() not in [f.resolve() for f in folders]:
            folders.append(default)
        return folders

    @property
    def db_path(self) -> Path:
        return self.data_dir / "sandbox.sqlite3"

    @property
    def rest_url(self) -> str:
        return f"{self.public_url}/rest"
