"""The accounts and objects the permission matrix runs against (no tests here).

A project owner ("creator", a team owner with review on) shares one project with a readonly user, a contributor, a
maintainer and a co-owner; a stranger has no share. The creator also owns an OK processing (in review), a FAILED
one, a mosaic with an image and a signed download link. State-changing calls that a role may make get objects of
their own (a processing to delete, one to accept...), so the order of the cases never matters.
"""
from __future__ import annotations

import concurrent.futures
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional

import mercantile
import requests

from tests.hardening.helpers import BUILDINGS, make_geotiff, square, wait_until
from tests.sandbox_fixture import SandboxServer

ROLES = ("readonly", "contributor", "maintainer", "owner", "creator", "stranger", "anonymous")
SHARED_AS = {"readonly": "readonly", "contributor": "contributor", "maintainer": "maintainer", "owner": "owner"}
AOI = square(37.60, 55.70, 0.004)
DEMO_SOURCE = {"sourceParams": {"dataProvider": {"providerName": "Sandbox_Demo", "zoom": 18}}}
BAD_URL_SOURCE = {"sourceParams": {"userDefined": {"sourceType": "XYZ", "url": "http://tiles.example.test/x.png"}}}


class Account:
    """Plain HTTP as one user (no client retries: the matrix wants the first answer)."""

    def __init__(self, server: SandboxServer, token: Optional[str]):
        self.server = server
        self.token = token
        self.session = requests.Session()
        if token:
            self.session.headers["Authorization"] = f"Basic {token}"

    def call(self, method: str, path: str, **kwargs) -> requests.Response:
        url = path if path.startswith("http") else f"{self.server.root_url}{path}"
        return self.session.request(method, url, timeout=30, **kwargs)

    def ok(self, method: str, path: str, **kwargs):
        response = self.call(method, path, **kwargs)
        assert response.status_code == 200, f"{method} {path}: {response.status_code} {response.text[:300]}"
        return response.json() if response.content else None


def template_body(project_id: str, name: str, aois: list) -> dict:
    """A planned search of mosaics over the AOIs (only mosaics: cheap to process, the same for every account)."""
    features = [{"type": "Feature", "geometry": aoi, "properties": {"name": f"aoi {i}"}} for i, aoi in enumerate(aois)]
    return {"name": name, "projectId": project_id, "searchParams": {
        "aoiDetails": {"type": "FeatureCollection", "features": features}, "productTypes": ["MOSAIC"]}}


def processing_body(project_id: str, name: str, params: dict = DEMO_SOURCE) -> dict:
    return {"name": name, "wdName": BUILDINGS, "projectId": project_id, "geometry": AOI, "params": params}


@dataclass
class World:
    server: SandboxServer
    accounts: Dict[str, Account]
    emails: Dict[str, str]
    guest_email: str  # a user the matrix shares the project with (readonly, so sharing is repeatable)
    project_id: str
    project_name: str
    ok_id: str  # OK, in review
    failed_id: str
    mosaic_id: str
    image_id: str
    download_token: str
    geotiff: Path
    tile: tuple  # z, x, y of a z16 tile inside the AOI
    review_pool: List[str] = field(default_factory=list)  # OK processings in review, one per accept/reject case
    template_id: str = ""  # the creator's planned search over AOI (mosaics only)
    template_aoi_id: str = ""
    scene_id: str = ""  # a catalog mosaic tile the planned search found
    scene_provider: str = ""
    mosaic_provider: str = ""
    creator_user_id: str = ""
    last_fresh_aoi_id: str = ""  # the second AOI of the last fresh template (the AOI-delete case removes it)

    @property
    def creator(self) -> Account:
        return self.accounts["creator"]

    # --- objects of their own for the calls that change or remove them ----------------------------------------
    def fresh_in_review(self) -> str:
        return self.review_pool.pop()

    def fresh_failed(self) -> str:
        return self.creator.ok("POST", "/rest/processings/v2",
                               json=processing_body(self.project_id, "to remove", BAD_URL_SOURCE))["id"]

    def fresh_project(self, role: str) -> str:
        project = self.creator.ok("POST", "/rest/projects", json={"name": f"to delete {uuid.uuid4().hex[:6]}"})
        if role in SHARED_AS:
            self.creator.ok("POST", "/rest/projects/share",
                            json={"projectId": project["id"], "email": self.emails[role], "role": SHARED_AS[role]})
        return project["id"]

    def fresh_mosaic(self) -> str:
        return self.creator.ok("POST", "/rest/rasters/mosaic", json={"name": "to delete"})["id"]

    def fresh_image(self) -> str:
        with open(self.geotiff, "rb") as handle:
            self.creator.ok("POST", f"/rest/rasters/mosaic/{self.mosaic_id}/image",
                            files={"file": ("extra.tif", handle, "image/tiff")})
        images = self.creator.ok("GET", f"/rest/rasters/mosaic/{self.mosaic_id}/image")
        return next(image["id"] for image in images if image["id"] != self.image_id)

    def fresh_template(self) -> str:
        """A planned search of the creator's with two AOIs, to delete, or to delete an AOI of."""
        body = template_body(self.project_id, "to change", [AOI, square(37.61, 55.70, 0.004)])
        created = self.creator.ok("POST", "/rest/processings/template", json=body)["template"]
        self.last_fresh_aoi_id = created["searchParams"]["aoiDetails"]["features"][1]["id"]
        return created["id"]

    def fresh_failed_template(self) -> str:
        """A planned search of the creator's whose first search failed (a provider outage at the time)."""
        admin = {"X-Sandbox-Admin": self.server.admin_token}
        outage = f"{self.server.base_url}/admin/catalog/outage"
        requests.post(outage, json={"providers": [self.mosaic_provider]}, headers=admin, timeout=30).raise_for_status()
        try:
            body = template_body(self.project_id, "to restart", [AOI])
            created = self.creator.ok("POST", "/rest/processings/template", json=body)["template"]
            failed = self.creator.ok("GET", f"/rest/processings/template/{created['id']}")["template"]
            assert failed["status"] == "FAILED", failed
        finally:
            requests.post(outage, json={"providers": []}, headers=admin, timeout=30).raise_for_status()
        return created["id"]

    def template_run(self, v1: bool = False) -> dict:
        """A processing of the planned search's mosaic tile over AOI (v1 flat params or v2)."""
        if v1:
            params = {"data_provider": self.scene_provider.lower(), "url": self.scene_id}
        else:
            params = {"sourceParams": {"imagerySearch": {"dataProvider": self.scene_provider.lower(),
                                                         "imageIds": [self.scene_id]}}}
        return {"name": "from the watch", "wdName": BUILDINGS, "geometry": AOI, "params": params}

    def private_ids(self) -> Dict[str, str]:
        """Ids only the creator may ever read back from the authenticated API."""
        return {"mosaic": self.mosaic_id, "image": self.image_id}

    def project_ids(self) -> Dict[str, str]:
        """Ids a stranger must never read back from the authenticated API."""
        return {"project": self.project_id, "processing": self.ok_id, "failed processing": self.failed_id}


def _new_user(server: SandboxServer, role: str, *options: str) -> tuple:
    email = f"{role}-{uuid.uuid4().hex[:8]}@example.test"
    token = server.cli("add-user", email, *options).strip().splitlines()[-1]
    return email, token


def build_world(server: SandboxServer, work_dir: Path, review_cases: int) -> World:
    emails, tokens = {}, {}
    for role in ("creator", "readonly", "contributor", "maintainer", "owner", "stranger", "guest"):
        options = ("--credits", "1000000") if role == "creator" else ()
        emails[role], tokens[role] = _new_user(server, role, *options)
    server.cli("set-limits", emails["creator"], "--review", "on")
    team = f"team-{uuid.uuid4().hex[:6]}"
    server.cli("add-team", team, emails["creator"])
    for role in ("contributor", "maintainer", "owner"):
        server.cli("add-team-member", team, emails[role])
    accounts = {role: Account(server, tokens.get(role)) for role in ROLES}
    creator = accounts["creator"]
    name = f"shared {uuid.uuid4().hex[:6]}"
    project_id = creator.ok("POST", "/rest/projects", json={"name": name})["id"]
    for role, share_as in SHARED_AS.items():
        creator.ok("POST", "/rest/projects/share", json={"projectId": project_id, "email": emails[role],
                                                          "role": share_as})
    ok_ids = [creator.ok("POST", "/rest/processings/v2", json=processing_body(project_id, f"ok {i}"))["id"]
              for i in range(1 + review_cases)]
    failed_id = creator.ok("POST", "/rest/processings/v2",
                           json=processing_body(project_id, "failed", BAD_URL_SOURCE))["id"]
    geotiff = make_geotiff(work_dir / "image.tif")
    with open(geotiff, "rb") as handle:
        uploaded = creator.ok("POST", "/rest/rasters/mosaic/image", params={"name": "private"},
                              files={"file": ("image.tif", handle, "image/tiff")})
    mosaic_id = uploaded["mosaic_id"]
    image_id = creator.ok("GET", f"/rest/rasters/mosaic/{mosaic_id}/image")[0]["id"]
    link = creator.ok("GET", f"/rest/rasters/image/{image_id}/download")["download_url"]

    def finished(pid: str) -> bool:
        return creator.ok("GET", f"/rest/processings/{pid}/v2")["status"] == "OK"

    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda pid: wait_until(lambda: finished(pid), 90, 0.2, f"{pid} to be OK"), ok_ids))
    tile = mercantile.tile(37.602, 55.702, 16)
    template = creator.ok("POST", "/rest/processings/template", json=template_body(project_id, "watch", [AOI]))
    template_id = template["template"]["id"]
    found = wait_until(lambda: creator.ok("GET", f"/rest/processings/template/{template_id}")["searchResults"], 30,
                       0.2, "the planned search to find mosaics")
    scene = next(r["metadata"] for r in found if r["metadata"]["zoom"] == "18")
    return World(server=server, accounts=accounts, emails=emails, guest_email=emails["guest"],
                 project_id=project_id, project_name=name, ok_id=ok_ids[0], failed_id=failed_id,
                 mosaic_id=mosaic_id, image_id=image_id, download_token=link.rstrip("/").rsplit("/", 1)[-1],
                 geotiff=geotiff, tile=(tile.z, tile.x, tile.y), review_pool=ok_ids[1:], template_id=template_id,
                 template_aoi_id=template["template"]["searchParams"]["aoiDetails"]["features"][0]["id"],
                 scene_id=scene["id"], scene_provider=scene["providerName"], mosaic_provider=scene["providerName"],
                 creator_user_id=template["template"]["userId"])
