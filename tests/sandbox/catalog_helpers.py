"""Helpers for the catalog and planned-search tests: AOIs over the demo and survey areas, searches, the clock."""
from __future__ import annotations

from tests.sandbox.helpers import Api

CENTRE = (37.600, 55.740)
SURVEY = (38.400, 55.750)
OWN_PROVIDERS = ("my_imagery_images", "my_imagery_mosaics")


def box_aoi(lon: float, lat: float, width: float, height: float) -> dict:
    return {"type": "Polygon", "coordinates": [[[lon, lat], [lon + width, lat], [lon + width, lat + height],
                                                [lon, lat + height], [lon, lat]]]}


DEMO_AOI = box_aoi(CENTRE[0] - 0.01, CENTRE[1] - 0.006, 0.02, 0.012)  # about 1.25 x 1.3 km in the demo area
WIDE_AOI = box_aoi(CENTRE[0] - 0.15, CENTRE[1] - 0.09, 0.30, 0.18)  # about 19 x 20 km: every demo-area scene
SURVEY_AOI = box_aoi(SURVEY[0] - 0.02, SURVEY[1] - 0.012, 0.04, 0.024)


def search(api: Api, aoi: dict = DEMO_AOI, **filters) -> dict:
    body = {"aoi": aoi, "limit": 1000, **filters}
    return api.ok(api.post("catalog/meta", body))


def ids(result: dict) -> list:
    return [image["id"] for image in result["images"]]


def admin(server):
    return {"X-Sandbox-Admin": server.admin_token}


def advance(server, api: Api, **body) -> dict:
    """POST /admin/clock/advance with the admin header; returns the answer."""
    response = api.session.post(api.url("admin/clock/advance"), json=body, headers=admin(server), timeout=60)
    assert response.status_code == 200, response.text
    return response.json()


def set_outage(server, api: Api, providers: list) -> None:
    response = api.session.post(api.url("admin/catalog/outage"), json={"providers": providers},
                                headers=admin(server), timeout=30)
    assert response.status_code == 200, response.text


def server_catalog(server):
    """The server's scene catalog, rebuilt in the test process from the seed and epoch in its data dir."""
    import sqlite3
    from datetime import date

    from sandbox.engine.scenes import scene_catalog

    conn = sqlite3.connect(str(server.data_dir / "sandbox.sqlite3"))
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    finally:
        conn.close()
    return scene_catalog(int(meta["catalog_seed"]), date.fromisoformat(meta["catalog_epoch"]))


def cloud_share(scene, geometry) -> float:
    """The share (0..1) of a lon/lat geometry under this scene's clouds."""
    import numpy as np
    from shapely.geometry import Point

    from sandbox.engine.geo import lonlat_to_merc
    from sandbox.engine.scenes.look import look_of

    west, south, east, north = geometry.bounds
    lons, lats = np.meshgrid(np.linspace(west, east, 24), np.linspace(south, north, 24))
    inside = np.array([geometry.contains(Point(x, y)) for x, y in zip(lons.ravel(), lats.ravel())])
    x, y = lonlat_to_merc(lons.ravel()[inside], lats.ravel()[inside])
    return float((look_of(scene.render_params()).cloud_alpha(x, y) >= 0.5).mean())


def feature(geometry: dict, name=None) -> dict:
    properties = {} if name is None else {"name": name}
    return {"type": "Feature", "geometry": geometry, "properties": properties}


def template_body(project_id: str, *aois, name: str = "watch", **search) -> dict:
    """A planned search over named AOIs ((geometry, name) pairs; DEMO_AOI by default) with search filters."""
    aois = aois or ((DEMO_AOI, "centre"),)
    extra = {key: search.pop(key) for key in ("processingParams", "activeUntil") if key in search}
    return {"name": name, "projectId": project_id, **extra,
            "searchParams": {"aoiDetails": {"type": "FeatureCollection",
                                            "features": [feature(g, n) for g, n in aois]}, **search}}


def default_project(api: Api) -> str:
    return api.ok(api.get("projects/default"))["id"]


def ready(api: Api, template_id: str) -> dict:
    """GET the template once its search is done (the first search runs in the background)."""
    from tests.sandbox.helpers import wait_for

    def check():
        details = api.ok(api.get(f"processings/template/{template_id}"))
        return details if details["template"]["status"] != "SEARCHING" else None
    return wait_for(check, timeout=30, what=f"template {template_id} to finish searching")
