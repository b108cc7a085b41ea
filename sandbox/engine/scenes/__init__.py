"""The sandbox's imagery archive for catalog search: providers, scenes, how each scene looks, its previews."""
from .catalog import Scene, SceneCatalog, scene_catalog, sun_position
from .providers import IMAGE, MOSAIC, SearchProvider

__all__ = ["IMAGE", "MOSAIC", "Scene", "SceneCatalog", "SearchProvider", "scene_catalog", "sun_position"]
