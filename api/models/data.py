"""Data API (My Imagery): mosaics, images, their preprocessing status, storage and uploads (contract section 2.6).

Footprints stay WKT strings as the Data API sends them (contract section 7, item 19).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Optional, Tuple

from ._fields import Fields
from .processing import RasterLayer


@dataclass(frozen=True)
class Mosaic:
    """A collection of images with one CRS, band count and resolution. Empty mosaics have no footprint or layer."""

    id: str
    name: str
    tags: Tuple[str, ...] = ()
    created_at: Optional[datetime] = None
    footprint: Optional[str] = None  # WKT
    size_in_bytes: Optional[int] = None
    raster_layer: Optional[RasterLayer] = None
    image_count: Optional[int] = None

    @classmethod
    def from_json(cls, data: Any) -> "Mosaic":
        f = Fields(data, "mosaic")
        return cls(id=f.required_text("id", "mosaic_id"), name=f.text("name", default="") or "",
                   tags=tuple(f.texts("tags")), created_at=f.timestamp("created_at", "createdAt"),
                   footprint=f.text("footprint"), size_in_bytes=f.integer("sizeInBytes", "size_in_bytes"),
                   raster_layer=f.child(RasterLayer.from_json, "rasterLayer"),
                   image_count=f.integer("image_count", "imageCount"))


@dataclass(frozen=True)
class ImageMeta:
    crs: Optional[str] = None
    count: Optional[int] = None  # bands
    width: Optional[int] = None
    height: Optional[int] = None
    dtypes: Tuple[str, ...] = ()
    nodata: Optional[float] = None
    pixel_size: Tuple[float, ...] = ()

    @classmethod
    def from_json(cls, data: Any) -> "ImageMeta":
        f = Fields(data, "image metadata")
        pixel = f.raw("pixel_size")
        if isinstance(pixel, (int, float)):
            pixel = [pixel, pixel]
        return cls(crs=f.text("crs"), count=f.integer("count"), width=f.integer("width"),
                   height=f.integer("height"), dtypes=tuple(f.texts("dtypes")), nodata=f.number("nodata"),
                   pixel_size=tuple(float(v) for v in pixel if isinstance(v, (int, float)))
                   if isinstance(pixel, list) else ())


@dataclass(frozen=True)
class Image:
    """An uploaded GeoTIFF of a mosaic."""

    id: str
    mosaic_id: Optional[str] = None
    filename: Optional[str] = None
    image_url: Optional[str] = None
    preview_url_l: Optional[str] = None
    preview_url_s: Optional[str] = None
    uploaded_at: Optional[datetime] = None
    file_size: Optional[int] = None
    footprint: Optional[str] = None  # WKT
    checksum: Optional[str] = None
    meta_data: Optional[ImageMeta] = None
    cog_link: Optional[str] = None
    available_for_download: bool = True
    raster_layer: Optional[RasterLayer] = None  # tiles of this image alone, when the server offers them

    @classmethod
    def from_json(cls, data: Any) -> "Image":
        f = Fields(data, "image")
        return cls(id=f.required_text("id", "image_id"), mosaic_id=f.text("mosaic_id", "mosaicId"),
                   filename=f.text("filename", "name"), image_url=f.text("image_url"),
                   preview_url_l=f.text("preview_url_l"), preview_url_s=f.text("preview_url_s"),
                   uploaded_at=f.timestamp("uploaded_at", "uploadedAt"), file_size=f.integer("file_size"),
                   footprint=f.text("footprint"), checksum=f.text("checksum"),
                   meta_data=f.child(ImageMeta.from_json, "meta_data"), cog_link=f.text("cog_link"),
                   available_for_download=f.flag("available_for_download", default=True),
                   raster_layer=f.child(RasterLayer.from_json, "rasterLayer"))


@dataclass(frozen=True)
class ImageStatus:
    """Preprocessing state of an image: NONE, PENDING, IN_PROGRESS, COMPLETED or FAILED (kept as sent)."""

    image_id: Optional[str]
    preprocessing_status: str
    filename: Optional[str] = None
    error: Optional[str] = None
    ready_at: Optional[datetime] = None  # when preprocessing ends, where the server tells it (the sandbox)

    @classmethod
    def from_json(cls, data: Any) -> "ImageStatus":
        f = Fields(data, "image status")
        return cls(image_id=f.text("image_id", "id"),
                   preprocessing_status=(f.text("preprocessing_status", "status", default="NONE") or "NONE").upper(),
                   filename=f.text("filename"), error=f.text("error", "message", "error_message"),
                   ready_at=f.timestamp("ready_at", "readyAt"))

    @property
    def is_final(self) -> bool:
        return self.preprocessing_status in ("COMPLETED", "FAILED", "NONE")


@dataclass(frozen=True)
class MosaicStatus:
    mosaic_id: str
    total_images: int = 0
    ready_images: int = 0
    pending_images: int = 0
    in_progress_images: int = 0
    failed_images: int = 0
    images: Tuple[ImageStatus, ...] = ()

    @classmethod
    def from_json(cls, data: Any) -> "MosaicStatus":
        f = Fields(data, "mosaic status")
        return cls(mosaic_id=f.required_text("mosaic_id", "id"), total_images=f.integer("total_images", default=0),
                   ready_images=f.integer("ready_images", default=0),
                   pending_images=f.integer("pending_images", default=0),
                   in_progress_images=f.integer("in_progress_images", default=0),
                   failed_images=f.integer("failed_images", default=0),
                   images=tuple(f.items(ImageStatus.from_json, "images")))


@dataclass(frozen=True)
class Memory:
    """Storage of the Data API in bytes; ``None`` limits mean unlimited. ``max_pixel_count`` is px per side."""

    memory_limit: Optional[int] = None
    memory_used: Optional[int] = None
    memory_free: Optional[int] = None
    max_upload_file_size: Optional[int] = None
    max_pixel_count: Optional[int] = None

    @classmethod
    def from_json(cls, data: Any) -> "Memory":
        f = Fields(data, "storage")
        limit = f.integer("memoryLimit", "limit_bytes")
        used = f.integer("memoryUsed", "used_bytes")
        free = f.integer("memoryFree", "free_bytes")
        if free is None and limit is not None and used is not None:
            free = max(limit - used, 0)
        return cls(memory_limit=limit, memory_used=used, memory_free=free,
                   max_upload_file_size=f.integer("maxUploadFileSize"), max_pixel_count=f.integer("maxPixelCount"))


@dataclass(frozen=True)
class UploadResult:
    message: Optional[str]
    mosaic_id: str
    image_id: Optional[str] = None

    @classmethod
    def from_json(cls, data: Any) -> "UploadResult":
        f = Fields(data, "upload response")
        return cls(message=f.text("message"), mosaic_id=f.required_text("mosaic_id", "mosaicId"),
                   image_id=f.text("image_id", "imageId", "id"))


@dataclass(frozen=True)
class ImageDownloadLink:
    download_url: str
    filename: Optional[str] = None
    expires_in: Optional[int] = None  # seconds

    @classmethod
    def from_json(cls, data: Any) -> "ImageDownloadLink":
        f = Fields(data, "image download link")
        return cls(download_url=f.required_text("download_url", "downloadUrl", "url"), filename=f.text("filename"),
                   expires_in=f.integer("expires_in"))
