"""The share-role matrix of contract 3.7 over every route of the sandbox's OpenAPI (item 4 of the hardening brief).

One row per route says which kind of access it needs; the expected answer of every role follows from that kind:
stranger 404 and too low a role 403 on anything inside the project, 401 without a token, AccessDenied (403) on
another user's imagery, 200 for routes that only touch the caller's own account and for the public tile/preview
routes. The row list must name every route of /rest/openapi.json, so a new endpoint without a row fails here.
Besides the status, no answer to another user may contain the creator's private ids (cross-user reads).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Dict, Optional

import pytest
import requests

from tests.hardening.permission_world import AOI, DEMO_SOURCE, ROLES, World, build_world, processing_body, \
    template_body
from tests.hardening.helpers import BUILDINGS

VIEW, CREATE, MANAGE, ADMIN = "view", "create", "manage", "admin"  # contract 3.7 columns
OWN, PRIVATE, PUBLIC, SANDBOX_ADMIN = "own", "private", "public", "sandbox-admin"
HIDDEN = "hidden"  # another user's imagery answered as if it did not exist (the download link: contract 2.6)

EXPECTED: Dict[str, Dict[str, int]] = {
    VIEW: {"readonly": 200, "contributor": 200, "maintainer": 200, "owner": 200, "creator": 200, "stranger": 404},
    CREATE: {"readonly": 403, "contributor": 200, "maintainer": 200, "owner": 200, "creator": 200, "stranger": 404},
    MANAGE: {"readonly": 403, "contributor": 403, "maintainer": 200, "owner": 200, "creator": 200, "stranger": 404},
    ADMIN: {"readonly": 403, "contributor": 403, "maintainer": 403, "owner": 200, "creator": 200, "stranger": 404},
    OWN: {role: 200 for role in ROLES if role != "anonymous"},
    PRIVATE: {"readonly": 403, "contributor": 403, "maintainer": 403, "owner": 403, "creator": 200,
              "stranger": 403},
    HIDDEN: {"readonly": 404, "contributor": 404, "maintainer": 404, "owner": 404, "creator": 200, "stranger": 404},
    PUBLIC: {role: 200 for role in ROLES},
    SANDBOX_ADMIN: {role: 403 for role in ROLES},
}
for kind in (VIEW, CREATE, MANAGE, ADMIN, OWN, PRIVATE, HIDDEN):
    EXPECTED[kind]["anonymous"] = 401


@dataclass(frozen=True)
class Route:
    method: str
    path: str  # exactly as in the OpenAPI document
    access: str
    fresh: Optional[str] = None  # the object a permitted role acts on gets made for it: see World.fresh_*
    json: Optional[Callable[[World], object]] = None
    params: Optional[Callable[[World], dict]] = None
    upload: bool = False


def _create(world: World) -> dict:
    return processing_body(world.project_id, "made by a member")


def _cost(world: World) -> dict:
    return {"wdName": BUILDINGS, "geometry": AOI, "params": DEMO_SOURCE}


def _page(world: World) -> dict:
    return {"limit": 30, "offset": 0}


R = "/rest"
ROUTES = [
    Route("GET", f"{R}/version", PUBLIC),
    Route("GET", f"{R}/processings/template/project/{{project_id}}", VIEW),
    Route("GET", f"{R}/processings/template", OWN),
    Route("GET", f"{R}/processings/template/user/{{user_id}}", OWN),
    Route("POST", f"{R}/processings/template", CREATE,
          json=lambda w: template_body(w.project_id, "made by a member", [AOI])),
    Route("GET", f"{R}/processings/template/{{template_id}}", VIEW),
    Route("PUT", f"{R}/processings/template/{{template_id}}", MANAGE, json=lambda w: {"name": "watch"}),
    Route("DELETE", f"{R}/processings/template/{{template_id}}", MANAGE, fresh="template"),
    Route("POST", f"{R}/processings/template/{{template_id}}/pause", MANAGE),
    Route("POST", f"{R}/processings/template/{{template_id}}/resume", MANAGE),
    Route("POST", f"{R}/processings/template/{{template_id}}/restart", MANAGE, fresh="failed template"),
    Route("POST", f"{R}/processings/template/{{template_id}}/images", VIEW, json=lambda w: {"limit": 10}),
    Route("POST", f"{R}/processings/template/{{template_id}}/image/{{scene_id}}/seen", MANAGE),
    Route("PUT", f"{R}/processings/template/{{template_id}}/image/seenAll", MANAGE),
    Route("POST", f"{R}/processings/template/{{template_id}}/aoi", MANAGE,
          json=lambda w: {"geometry": AOI, "name": "added"}),
    Route("DELETE", f"{R}/processings/template/{{template_id}}/aoi", MANAGE, fresh="template",
          json=lambda w: {"aoiIds": [w.last_fresh_aoi_id or w.template_aoi_id]}),
    Route("POST", f"{R}/processings/template/{{template_id}}/aoi/{{aoi_id}}", MANAGE,
          json=lambda w: {"name": "renamed"}),
    Route("GET", f"{R}/processings/template/{{template_id}}/processings", VIEW),
    Route("POST", f"{R}/processings/template/{{template_id}}/v2", CREATE, json=lambda w: w.template_run()),
    Route("POST", f"{R}/processings/template/{{template_id}}", CREATE, json=lambda w: w.template_run(v1=True)),
    Route("GET", f"{R}/user/status", OWN),
    Route("POST", f"{R}/processings/stats", OWN, json=lambda w: {}, params=lambda w: {"type": "JSON"}),
    Route("GET", f"{R}/projects", OWN),
    Route("POST", f"{R}/projects", OWN, json=lambda w: {"name": "my own project"}),
    Route("POST", f"{R}/projects/page", OWN, json=_page),
    Route("POST", f"{R}/projects/share", MANAGE,
          json=lambda w: {"projectId": w.project_id, "email": w.guest_email, "role": "readonly"}),
    Route("GET", f"{R}/projects/{{project_id}}", VIEW),
    Route("PUT", f"{R}/projects/{{project_id}}", ADMIN, json=lambda w: {"name": w.project_name}),
    Route("DELETE", f"{R}/projects/{{project_id}}", ADMIN, fresh="project"),
    Route("GET", f"{R}/processings/v2", OWN),
    Route("POST", f"{R}/processings/v2", CREATE, json=_create),
    Route("GET", f"{R}/processings", OWN),
    Route("POST", f"{R}/processings", CREATE, json=_create),
    Route("GET", f"{R}/projects/{{project_id}}/processings/v2", VIEW),
    Route("POST", f"{R}/projects/{{project_id}}/processings/v2", CREATE, json=_create),
    Route("GET", f"{R}/projects/{{project_id}}/processings", VIEW),
    Route("POST", f"{R}/projects/{{project_id}}/processings", CREATE, json=_create),
    Route("POST", f"{R}/projects/{{project_id}}/processings/v2/page", VIEW, json=_page),
    Route("POST", f"{R}/processing/cost", OWN, json=_cost),
    Route("POST", f"{R}/processing/cost/v2", OWN, json=_cost),
    Route("GET", f"{R}/processings/{{processing_id}}/v2", VIEW),
    Route("PUT", f"{R}/processings/{{processing_id}}/v2", MANAGE, json=lambda w: {"name": "ok 0", "description": ""}),
    Route("GET", f"{R}/processings/{{processing_id}}", VIEW),
    Route("PUT", f"{R}/processings/{{processing_id}}", MANAGE, json=lambda w: {"name": "ok 0"}),
    Route("DELETE", f"{R}/processings/{{processing_id}}", MANAGE, fresh="failed"),
    Route("PUT", f"{R}/processing/{{processing_id}}", MANAGE, json=lambda w: {"name": "ok 0"}),
    Route("POST", f"{R}/processings/{{processing_id}}/restart", CREATE, fresh="failed"),
    Route("POST", f"{R}/processings/{{processing_id}}/restart/v2", CREATE, fresh="failed"),
    Route("GET", f"{R}/processings/{{processing_id}}/aois", VIEW),
    Route("GET", f"{R}/processings/{{processing_id}}/result", VIEW),
    Route("PUT", f"{R}/processings/{{processing_id}}/rate", MANAGE, json=lambda w: {"rating": 4, "feedback": "ok"}),
    Route("PUT", f"{R}/processings/{{processing_id}}/acceptation", MANAGE, fresh="review"),
    Route("PUT", f"{R}/processings/{{processing_id}}/rejection", MANAGE, fresh="review",
          json=lambda w: {"comment": "please check", "features": {"type": "FeatureCollection", "features": []}}),
    Route("POST", f"{R}/rasters/mosaic", OWN, json=lambda w: {"name": "my own mosaic"}),
    Route("GET", f"{R}/rasters/mosaic", OWN),
    Route("POST", f"{R}/rasters/mosaic/image", OWN, upload=True, params=lambda w: {"name": "my own"}),
    Route("GET", f"{R}/rasters/mosaic/{{mosaic_id}}", PRIVATE),
    Route("PUT", f"{R}/rasters/mosaic/{{mosaic_id}}", PRIVATE, json=lambda w: {"name": "private"}),
    Route("DELETE", f"{R}/rasters/mosaic/{{mosaic_id}}", PRIVATE, fresh="mosaic"),
    Route("POST", f"{R}/rasters/mosaic/{{mosaic_id}}/image", PRIVATE, upload=True),
    Route("GET", f"{R}/rasters/mosaic/{{mosaic_id}}/image", PRIVATE),
    Route("GET", f"{R}/rasters/mosaic/{{mosaic_id}}/status", PRIVATE),
    Route("POST", f"{R}/rasters/mosaic/{{mosaic_id}}/link-image", PRIVATE, fresh="mosaic",
          json=lambda w: {"url": f"s3://sandbox-rasters/{w.mosaic_id}/{w.image_id}.tif"}),
    Route("GET", f"{R}/rasters/image/{{image_id}}", PRIVATE),
    Route("PUT", f"{R}/rasters/image/{{image_id}}", PRIVATE, params=lambda w: {"name": "image.tif"}),
    Route("DELETE", f"{R}/rasters/image/{{image_id}}", PRIVATE, fresh="image"),
    Route("GET", f"{R}/rasters/image/{{image_id}}/status", PRIVATE),
    Route("GET", f"{R}/rasters/image/{{image_id}}/preview/{{size}}", PUBLIC),
    Route("GET", f"{R}/rasters/image/{{image_id}}/download", HIDDEN),
    Route("GET", f"{R}/rasters/download/{{token}}", PUBLIC),
    Route("GET", f"{R}/rasters/memory", OWN),
    Route("POST", f"{R}/rasters", OWN, upload=True),
    Route("POST", f"{R}/catalog/meta", OWN, json=lambda w: {"aoi": AOI}),
    Route("GET", f"{R}/admin/faults", SANDBOX_ADMIN),
    Route("POST", f"{R}/admin/faults", SANDBOX_ADMIN, json=lambda w: {"rules": []}),
    Route("DELETE", f"{R}/admin/faults", SANDBOX_ADMIN),
    Route("GET", f"{R}/admin/clock", SANDBOX_ADMIN),
    Route("POST", f"{R}/admin/clock/advance", SANDBOX_ADMIN, json=lambda w: {"days": 1}),
    Route("GET", f"{R}/admin/catalog/outage", SANDBOX_ADMIN),
    Route("POST", f"{R}/admin/catalog/outage", SANDBOX_ADMIN, json=lambda w: {"providers": []}),
    Route("POST", f"{R}/admin/processings/{{processing_id}}/refund", SANDBOX_ADMIN),
    Route("POST", f"{R}/admin/processings/{{processing_id}}/review/rework", SANDBOX_ADMIN, json=lambda w: {}),
    Route("GET", f"{R}/admin/processings/{{processing_id}}/rejections", SANDBOX_ADMIN),
    Route("GET", "/api/layers/{pid}.json", PUBLIC),
    Route("GET", "/api/layers/{pid}/tiles/{z}/{x}/{y}.vector.pbf", PUBLIC),
    Route("GET", "/api/rasters/{pid}.json", PUBLIC),
    Route("GET", "/api/rasters/{pid}/tiles/{z}/{x}/{y}.png", PUBLIC),
    Route("GET", "/api/mosaics/{mosaic_id}.json", PUBLIC),
    Route("GET", "/api/mosaics/{mosaic_id}/tiles/{z}/{x}/{y}.png", PUBLIC),
    Route("GET", "/api/images/{image_id}.json", PUBLIC),
    Route("GET", "/api/images/{image_id}/tiles/{z}/{x}/{y}.png", PUBLIC),
    Route("GET", "/api/demo/tiles/{z}/{x}/{y}.png", PUBLIC),
    Route("GET", "/api/demo/ground-truth", PUBLIC,
          params=lambda w: {"bbox": "37.60,55.70,37.61,55.71", "model": "buildings"}),
    Route("GET", "/api/catalog/previews/{scene_id}.png", PUBLIC),
    Route("GET", "/api/catalog/mosaics/{name}.json", PUBLIC),
    Route("GET", "/api/catalog/mosaics/{name}/tiles/{z}/{x}/{y}.png", PUBLIC),
]
REVIEW_CASES = sum(1 for r in ROUTES if r.fresh == "review") * sum(
    1 for status in EXPECTED[MANAGE].values() if status == 200)


@pytest.fixture(scope="module")
def world(sandbox_server, tmp_path_factory) -> World:
    return build_world(sandbox_server, tmp_path_factory.mktemp("permissions"), REVIEW_CASES)


def _target(world: World, route: Route, role: str, allowed: bool) -> Dict[str, str]:
    """Path values: the shared objects, or objects of its own when a permitted role changes or removes one."""
    ids = {"project_id": world.project_id, "processing_id": world.ok_id, "pid": world.ok_id,
           "mosaic_id": world.mosaic_id, "image_id": world.image_id, "size": "s", "token": world.download_token,
           "z": str(world.tile[0]), "x": str(world.tile[1]), "y": str(world.tile[2]),
           "template_id": world.template_id, "aoi_id": world.template_aoi_id, "scene_id": world.scene_id,
           "user_id": world.creator_user_id, "name": world.mosaic_provider}
    if route.fresh and allowed:
        if route.fresh == "review":
            ids["processing_id"] = world.fresh_in_review()
        elif route.fresh == "failed":
            ids["processing_id"] = world.fresh_failed()
        elif route.fresh == "project":
            ids["project_id"] = world.fresh_project(role)
        elif route.fresh == "mosaic":
            ids["mosaic_id"] = world.fresh_mosaic()
        elif route.fresh == "image":
            ids["image_id"] = world.fresh_image()
        elif route.fresh == "template":
            ids["template_id"] = world.fresh_template()
        elif route.fresh == "failed template":
            ids["template_id"] = world.fresh_failed_template()
    elif route.fresh == "failed":  # restart and delete of the shared FAILED one, for the roles refused
        ids["processing_id"] = world.failed_id
    return ids


def _send(world: World, route: Route, role: str, ids: Dict[str, str]) -> requests.Response:
    account = world.accounts[role]
    kwargs: dict = {}
    if route.json is not None:
        kwargs["json"] = route.json(world)
    if route.params is not None:
        kwargs["params"] = route.params(world)
    if route.upload:
        with open(world.geotiff, "rb") as handle:
            return account.call(route.method, route.path.format(**ids),
                                files={"file": ("image.tif", handle, "image/tiff")}, **kwargs)
    return account.call(route.method, route.path.format(**ids), **kwargs)


def _leaks(world: World, route: Route, role: str, response: requests.Response) -> list:
    """Ids of other users' things found in an authenticated answer that the role must not see (an id the caller
    sent itself, echoed in "Project <id> not found", tells nothing new)."""
    if route.access == PUBLIC:
        return []
    forbidden = {} if role == "creator" else dict(world.private_ids())
    if role == "stranger":
        forbidden.update(world.project_ids())
    sent = response.request.url + str(response.request.body or "")
    return [f"{what} {value}" for what, value in forbidden.items() if value in response.text and value not in sent]


@pytest.mark.parametrize("route", ROUTES, ids=lambda r: f"{r.method} {r.path}")
def test_every_role_gets_the_contract_answer(world, route):
    problems = []
    for role in ROLES:
        expected = EXPECTED[route.access][role]
        response = _send(world, route, role, _target(world, route, role, expected == 200))
        if response.status_code != expected:
            problems.append(f"{role}: expected {expected}, got {response.status_code} {response.text[:160]}")
            continue
        leaked = _leaks(world, route, role, response)
        if leaked:
            problems.append(f"{role} read {', '.join(leaked)}")
        if expected == 403 and route.access != SANDBOX_ADMIN:
            body = response.json()
            code = body.get("code") or (body.get("detail") or {}).get("code")
            assert code in ("ACCESS_DENIED", "AccessDenied"), body
    assert not problems, "\n".join(problems)


def test_the_matrix_names_every_route_of_the_openapi_document(world):
    document = requests.get(f"{world.server.base_url}/openapi.json", timeout=10).json()
    published = {(method.upper(), path) for path, operations in document["paths"].items() for method in operations}
    tabled = {(route.method, route.path) for route in ROUTES}
    assert published - tabled == set(), "routes without a row in the matrix"
    assert tabled - published == set(), "rows for routes the server no longer has"


def test_shared_lists_show_the_project_to_members_only(world):
    for role in ("readonly", "contributor", "maintainer", "owner", "creator", "stranger"):
        listed = {p["id"] for p in world.accounts[role].ok("GET", "/rest/projects")}
        assert (world.project_id in listed) is (role != "stranger"), role
    assert world.accounts["stranger"].ok("POST", "/rest/projects/page", json={"limit": 100, "offset": 0})["total"] \
        == len(world.accounts["stranger"].ok("GET", "/rest/projects"))


def test_a_members_own_imagery_stays_out_of_the_creators_search_and_back(world):
    """Catalog search of own imagery over the same AOI: each user finds only their own images."""
    stranger = world.accounts["stranger"]
    with open(world.geotiff, "rb") as handle:
        stranger.ok("POST", "/rest/rasters/mosaic/image", params={"name": "strangers"},
                    files={"file": ("s.tif", handle, "image/tiff")})
    footprint_aoi = {"type": "Polygon", "coordinates": [[[37.60, 55.68], [37.62, 55.68], [37.62, 55.70],
                                                         [37.60, 55.70], [37.60, 55.68]]]}  # covers make_geotiff's
    search = {"aoi": footprint_aoi, "dataProviders": ["my_imagery_images", "my_imagery_mosaics"]}
    creator_ids = {i["id"] for i in world.creator.ok("POST", "/rest/catalog/meta", json=search)["images"]}
    stranger_ids = {i["id"] for i in stranger.ok("POST", "/rest/catalog/meta", json=search)["images"]}
    assert creator_ids and stranger_ids and not creator_ids & stranger_ids
