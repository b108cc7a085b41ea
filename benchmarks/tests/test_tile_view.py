"""The first-view helper of the tile benchmark against a real tile server (uvicorn, in this process)."""
from __future__ import annotations

from benchmarks.harness.synthetic import write_buildings_geojson
from benchmarks.harness.tile_view import fetch_first_view, first_view_addresses, prepare_injected_result
from sandbox.tiles import vector
from tests.sandbox.test_tiles_support import start_site, stop_site


def test_first_view_is_fetched_from_the_tiles_prepared_at_publish_time(tmp_path):
    result = tmp_path / "processings" / "bench" / "result.geojson"
    result.parent.mkdir(parents=True)
    write_buildings_geojson(result, 5_000)
    summary = prepare_injected_result(result)
    assert summary["features"] == 5_000 and summary["tiles"] > 0
    bounds = vector.result_tiles(result).bounds_lonlat
    zoom, addresses = first_view_addresses(bounds)
    vector._INDEXES._items.clear()  # as a freshly started server
    vector._TILES._items.clear()
    vector.STATS.reset()
    site = start_site(tmp_path)
    try:
        view = fetch_first_view(site.url, "bench", bounds)
    finally:
        stop_site(site)
    assert (view.zoom, view.tiles) == (zoom, len(addresses))
    assert view.bytes > 5_000 * 20 and view.empty_tiles < view.tiles
    assert vector.STATS.disk_hits == view.tiles and vector.STATS.tiles_encoded == 0
