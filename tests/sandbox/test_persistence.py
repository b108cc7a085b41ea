"""A restart loses nothing: accounts, tokens, projects, shares, processings, rasters; running work resumes."""
from __future__ import annotations

from tests.sandbox.geotiffs import make_geotiff, upload
from tests.sandbox.helpers import SCRIPTED_ENGINE, Api, create_body, scripted_source, wait_for, wait_status
from tests.sandbox_fixture import start_sandbox


def test_everything_survives_a_restart(tmp_path):
    server = start_sandbox(tmp_path / "data", *SCRIPTED_ENGINE)
    try:
        token_before = server.token
        api = Api(server.base_url, server.token)
        project = api.ok(api.post("projects", {"name": "kept"}))
        other_token = server.cli("add-user", "other@example.test").strip()
        api.ok(api.post("projects/share", {"projectId": project["id"], "email": "other@example.test",
                                           "role": "readonly"}))
        finished = api.ok(api.post("processings/v2", create_body("finished", projectId=project["id"],
                                                                 params=scripted_source())))
        wait_status(api, finished["id"])
        mosaic = api.ok(api.post("rasters/mosaic", {"name": "kept-mosaic", "tags": ["t"]}))
        image = api.ok(upload(api, make_geotiff(tmp_path / "k.tif"), f"rasters/mosaic/{mosaic['id']}/image"))
        # a slow processing is running when the server stops
        slow = api.ok(api.post("processings/v2", create_body("slow", params=scripted_source(delay=1.0))))
        credits = api.ok(api.get("user/status"))["remainingCredits"]
        wait_for(lambda: api.ok(api.get(f"processings/{slow['id']}/aois"))[0]["stage"] in ("detect", "postprocess"),
                 timeout=20, what="the slow partition to pass fetch")
        server.stop()
        server.start()

        assert server.token == token_before
        api = Api(server.base_url, server.token)
        assert api.ok(api.get(f"projects/{project['id']}"))["name"] == "kept"
        other = Api(server.base_url, other_token)
        assert other.get(f"projects/{project['id']}").status_code == 200
        kept = api.ok(api.get(f"processings/{finished['id']}/v2"))
        assert kept["status"] == "OK" and kept["vectorLayer"] is not None
        assert len(api.ok(api.get(f"processings/{finished['id']}/result"))["features"]) == 2
        assert api.ok(api.get(f"rasters/mosaic/{mosaic['id']}"))["image_count"] == 1
        assert api.ok(api.get(f"rasters/image/{image['image_id']}"))["filename"] == "k.tif"
        assert api.ok(api.get("user/status"))["remainingCredits"] == credits
        resumed = wait_status(api, slow["id"], timeout=30)
        assert resumed["status"] == "OK"
        aoi = api.ok(api.get(f"processings/{slow['id']}/aois"))[0]
        starts = (server.data_dir / "processings" / slow["id"] / "aois" / aoi["id"] / "starts.txt").read_text()
        first, second = starts.split()
        assert first == "fetch" and second in ("detect", "postprocess")  # resumed at its checkpoint, not from scratch
    finally:
        server.stop()
