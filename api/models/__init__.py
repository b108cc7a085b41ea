"""Typed dataclasses for the Mapflow API: responses (``from_json``, tolerant) and request bodies (``to_json``)."""
# The names load on first use (PEP 562): a module that needs one family of models (the project roles, the
# choices) does not pay for all of them, which keeps the dock's first paint short.
_HOMES = {
    ".bodies": ("BlockToggle", "CostRequest", "ProcessingRequest", "ProcessingSortBy", "ProjectSortBy", "SortOrder",
                "block_toggles", "page_body"),
    ".catalog": ("CatalogImage", "CatalogPage", "CatalogPreview", "CatalogSearch", "CatalogSortBy", "ProductType",
                 "SearchFilters"),
    ".data": ("Image", "ImageDownloadLink", "ImageMeta", "ImageStatus", "Memory", "Mosaic", "MosaicStatus",
              "UploadResult"),
    ".geometry": ("Geometry", "geometry_to_json", "polygon_count"),
    ".page": ("Page",),
    ".processing": ("Aoi", "BlockState", "Message", "Processing", "ProcessingStatus", "RasterLayer", "Rating",
                    "ReviewState", "ReviewStatus", "VectorLayer", "aois_from_json"),
    ".project": ("Project", "ProjectProgress", "ProjectUser", "ShareMember", "ShareProject", "ShareRole"),
    ".review": ("REVIEW_GEOMETRY_TYPES", "ReviewRejection", "rejection_body"),
    ".sources": ("DataProviderSource", "ImagerySearchSource", "MyImagerySource", "ProcessingParams", "SourceParams",
                 "SourceType", "UserDefinedSource", "source_from_json", "source_to_json"),
    ".stats": ("Stats", "StatsQuery", "StatsRow"),
    ".template": ("AoiAddResult", "AoiDeleteResult", "NewTemplate", "NewTemplateAoi", "Template", "TemplateAoi",
                  "TemplateAoiProcessing", "TemplateDetails", "TemplateImagesQuery", "TemplateShort",
                  "TemplateStatus", "TemplateUpdate", "checked_aoi_name", "default_active_until"),
    ".user": ("BillingType", "Block", "DataProvider", "Model", "ProviderPrice", "Team", "UserStatus", "WorkflowDef"),
    ".version": ("ApiVersion", "VersionCheck", "VersionVerdict"),
}
_HOME_OF = {name: module for module, names in _HOMES.items() for name in names}
__all__ = sorted(_HOME_OF)


def __getattr__(name: str):
    module = _HOME_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(__all__))
