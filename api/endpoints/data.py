"""Data API (My Imagery): mosaics, images, uploads and storage, under ``/rasters``."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional, Sequence, Union

from ..errors import InvalidRequestError
from ..models import Image, ImageDownloadLink, ImageStatus, Memory, Mosaic, MosaicStatus, UploadResult
from ..multipart import CancelCheck, ProgressCallback
from ..transport import CallKind, path_segment
from .base import EndpointGroup, non_empty, parse_list


def _mosaic_path(mosaic_id: str, suffix: str = "") -> str:
    return f"rasters/mosaic/{path_segment(mosaic_id, 'mosaic id')}{suffix}"


def _image_path(image_id: str, suffix: str = "") -> str:
    return f"rasters/image/{path_segment(image_id, 'image id')}{suffix}"


def _clean_tags(tags: Optional[Sequence[str]]) -> List[str]:
    if isinstance(tags, str):  # a single "a, b" string is a common slip; treat it as the list it means
        tags = tags.split(",")
    return [t.strip() for t in (tags or []) if t and t.strip()]


class DataEndpoints(EndpointGroup):
    def list_mosaics(self, tags: Optional[Sequence[str]] = None) -> List[Mosaic]:
        """``GET /rasters/mosaic[?tags=a&tags=b]``: the user's mosaics, optionally only those with the tags."""
        params = [("tags", t) for t in _clean_tags(tags)] or None
        return parse_list(self._transport.json("GET", "rasters/mosaic", params=params), Mosaic.from_json, "mosaic",
                          "results", "mosaics")

    def get_mosaic(self, mosaic_id: str) -> Mosaic:
        return Mosaic.from_json(self._transport.json("GET", _mosaic_path(mosaic_id)))

    def create_mosaic(self, name: str, tags: Sequence[str] = ()) -> Mosaic:
        """``POST /rasters/mosaic``: an empty mosaic; never retried automatically."""
        body = {"name": non_empty(name, "mosaic name"), "tags": _clean_tags(tags)}
        return Mosaic.from_json(self._transport.json("POST", "rasters/mosaic", json_body=body, kind=CallKind.CREATE))

    def update_mosaic(self, mosaic_id: str, name: Optional[str] = None,
                      tags: Optional[Sequence[str]] = None) -> Mosaic:
        """``PUT /rasters/mosaic/{id}``: new name and/or tags (the tag list is replaced)."""
        body: dict = {}
        if name is not None:
            body["name"] = non_empty(name, "mosaic name")
        if tags is not None:
            body["tags"] = _clean_tags(tags)
        if not body:
            raise InvalidRequestError("nothing to update: give a name or tags")
        data = self._transport.json("PUT", _mosaic_path(mosaic_id), json_body=body, kind=CallKind.WRITE)
        return Mosaic.from_json(data)

    def delete_mosaic(self, mosaic_id: str) -> None:
        """``DELETE /rasters/mosaic/{id}``: irreversible, deletes every image in it."""
        self._transport.request("DELETE", _mosaic_path(mosaic_id), kind=CallKind.WRITE)

    def mosaic_images(self, mosaic_id: str) -> List[Image]:
        return parse_list(self._transport.json("GET", _mosaic_path(mosaic_id, "/image")), Image.from_json, "image",
                          "results", "images")

    def mosaic_status(self, mosaic_id: str) -> MosaicStatus:
        """``GET /rasters/mosaic/{id}/status``: preprocessing counts and per-image states."""
        return MosaicStatus.from_json(self._transport.json("GET", _mosaic_path(mosaic_id, "/status")))

    def get_image(self, image_id: str) -> Image:
        return Image.from_json(self._transport.json("GET", _image_path(image_id)))

    def rename_image(self, image_id: str, name: str) -> Image:
        """``PUT /rasters/image/{id}?name=``."""
        data = self._transport.json("PUT", _image_path(image_id), params={"name": non_empty(name, "image name")},
                                    kind=CallKind.WRITE)
        return Image.from_json(data)

    def delete_image(self, image_id: str) -> None:
        self._transport.request("DELETE", _image_path(image_id), kind=CallKind.WRITE)

    def image_status(self, image_id: str) -> ImageStatus:
        """``GET /rasters/image/{id}/status``: NONE, PENDING, IN_PROGRESS, COMPLETED or FAILED."""
        return ImageStatus.from_json(self._transport.json("GET", _image_path(image_id, "/status")))

    def image_preview(self, image_id: str, size: str = "s") -> bytes:
        """``GET /rasters/image/{id}/preview/{s|l}``: a 256 px (``s``) or 1024 px (``l``) picture, as bytes."""
        if size not in ("s", "l"):
            raise InvalidRequestError("the preview size is 's' (small) or 'l' (large)")
        return self._transport.content("GET", _image_path(image_id, f"/preview/{size}"),
                                       headers={"Accept": "image/*"})

    def image_download_link(self, image_id: str) -> ImageDownloadLink:
        """``GET /rasters/image/{id}/download``: a temporary link to the original file (409 while not ready)."""
        return ImageDownloadLink.from_json(self._transport.json("GET", _image_path(image_id, "/download")))

    def download_image(self, image_id: str, destination: Union[str, Path],
                       progress: Optional[ProgressCallback] = None,
                       is_cancelled: Optional[CancelCheck] = None) -> Path:
        """The original file of an image, streamed to ``destination`` (a file path, or an existing folder where it
        gets the image's file name), atomically: nothing is left behind on error or cancel.

        Asks ``GET /rasters/image/{id}/download`` for the temporary link, then fetches that link **without** the
        Mapflow credentials (it is signed, and may point at another host). 409: not ready yet; 403: the image cannot
        be downloaded (linked, not uploaded); 404: not found or not the user's."""
        link = self.image_download_link(image_id)
        target = Path(destination)
        if target.is_dir():
            target = target / (Path(link.filename or "").name or f"{image_id}.tif")
        return self._transport.download(link.download_url, target, progress=progress, is_cancelled=is_cancelled,
                                        auth=False)

    def link_image(self, mosaic_id: str, url: str) -> UploadResult:
        """``POST /rasters/mosaic/{id}/link-image``: add a GeoTIFF by its ``s3://`` URL, without uploading it.
        Linked images use no storage and cannot be downloaded."""
        data = self._transport.json("POST", _mosaic_path(mosaic_id, "/link-image"),
                                    json_body={"url": non_empty(url, "image URL")}, kind=CallKind.CREATE)
        return UploadResult.from_json(data)

    def upload_image(self, mosaic_id: str, file_path: Union[str, Path], progress: Optional[ProgressCallback] = None,
                     is_cancelled: Optional[CancelCheck] = None) -> UploadResult:
        """``POST /rasters/mosaic/{id}/image``: add a GeoTIFF to a mosaic, streamed from disk; never retried."""
        data = self._transport.upload(_mosaic_path(mosaic_id, "/image"), Path(file_path), progress=progress,
                                      is_cancelled=is_cancelled)
        return UploadResult.from_json(data)

    def create_mosaic_with_image(self, name: str, file_path: Union[str, Path], tags: Sequence[str] = (),
                                 progress: Optional[ProgressCallback] = None,
                                 is_cancelled: Optional[CancelCheck] = None) -> UploadResult:
        """``POST /rasters/mosaic/image?name=&tags=``: create a mosaic from its first GeoTIFF."""
        params = {"name": non_empty(name, "mosaic name")}
        clean = _clean_tags(tags)
        if clean:
            params["tags"] = ", ".join(clean)
        data = self._transport.upload("rasters/mosaic/image", Path(file_path), params=params, progress=progress,
                                      is_cancelled=is_cancelled)
        return UploadResult.from_json(data)

    def memory(self) -> Memory:
        """``GET /rasters/memory``: storage limit, use and the largest file accepted."""
        return Memory.from_json(self._transport.json("GET", "rasters/memory"))
