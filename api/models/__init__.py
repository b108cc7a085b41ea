"""Typed dataclasses for the Mapflow API: responses (``from_json``, tolerant) and request bodies (``to_json``)."""
from .bodies import (BlockToggle, CostRequest, ProcessingRequest, ProcessingSortBy, ProjectSortBy, SortOrder,
                     block_toggles, page_body)
from .catalog import CatalogImage, CatalogPage, CatalogPreview, CatalogSearch, CatalogSortBy, ProductType, SearchFilters
from .data import Image, ImageDownloadLink, ImageMeta, ImageStatus, Memory, Mosaic, MosaicStatus, UploadResult
from .geometry import Geometry, geometry_to_json, polygon_count
from .page import Page
from .processing import (Aoi, BlockState, Message, Processing, ProcessingStatus, RasterLayer, Rating, ReviewState,
                         ReviewStatus, VectorLayer, aois_from_json)
from .project import Project, ProjectProgress, ProjectUser, ShareMember, ShareProject, ShareRole
from .review import REVIEW_GEOMETRY_TYPES, ReviewRejection, rejection_body
from .sources import (DataProviderSource, ImagerySearchSource, MyImagerySource, ProcessingParams, SourceParams,
                      SourceType, UserDefinedSource, source_from_json, source_to_json)
from .stats import Stats, StatsQuery, StatsRow
from .template import (AoiAddResult, AoiDeleteResult, NewTemplate, NewTemplateAoi, Template, TemplateAoi,
                       TemplateAoiProcessing, TemplateDetails, TemplateImagesQuery, TemplateShort, TemplateStatus,
                       TemplateUpdate, checked_aoi_name, default_active_until)
from .user import BillingType, Block, DataProvider, Model, ProviderPrice, Team, UserStatus, WorkflowDef
from .version import ApiVersion, VersionCheck, VersionVerdict

__all__ = [
    "REVIEW_GEOMETRY_TYPES", "ApiVersion", "ReviewRejection", "VersionCheck", "VersionVerdict", "rejection_body",
    "AoiAddResult", "AoiDeleteResult", "NewTemplate", "NewTemplateAoi", "SearchFilters", "Template", "TemplateAoi",
    "TemplateAoiProcessing", "TemplateDetails", "TemplateImagesQuery", "TemplateShort", "TemplateStatus",
    "TemplateUpdate", "checked_aoi_name", "default_active_until",
    "Aoi", "BillingType", "Block", "BlockState", "BlockToggle", "CatalogImage", "CatalogPage", "CatalogPreview",
    "CatalogSearch", "CatalogSortBy", "CostRequest", "DataProvider", "DataProviderSource", "Geometry", "Image",
    "ImageDownloadLink", "ImageMeta", "ImageStatus", "ImagerySearchSource", "Memory", "Message", "Model", "Mosaic",
    "MosaicStatus", "MyImagerySource", "Page", "Processing", "ProcessingParams", "ProcessingRequest",
    "ProcessingSortBy", "ProcessingStatus", "ProductType", "Project", "ProjectProgress", "ProjectSortBy",
    "ProjectUser", "ProviderPrice", "RasterLayer", "Rating", "ReviewState", "ReviewStatus", "ShareMember",
    "ShareProject", "ShareRole", "SortOrder", "SourceParams", "SourceType", "Stats", "StatsQuery", "StatsRow", "Team",
    "UploadResult", "UserDefinedSource", "UserStatus", "VectorLayer", "WorkflowDef", "aois_from_json",
    "block_toggles", "geometry_to_json", "page_body", "polygon_count", "source_from_json", "source_to_json",
]
