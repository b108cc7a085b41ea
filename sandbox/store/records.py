"""Typed rows of the sandbox database."""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Optional


@dataclass
class User:
    id: str
    email: str
    secret: str
    role: str
    billing_type: str
    credits: int
    area_limit: int
    processed_area: int
    aoi_area_limit: int
    max_aois: int
    memory_limit: Optional[int]
    max_upload_file_size: int
    max_pixel_count: int
    template_area_limit: int
    search_area_limit: int
    review_workflow: bool
    is_premium: bool
    created: str
    updated: str
    max_active_templates: int = 5
    review_days: float = 7.0  # how long a result stays IN_REVIEW before it is accepted without action

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> "User":
        data = dict(row)
        data["review_workflow"] = bool(data["review_workflow"])
        data["is_premium"] = bool(data["is_premium"])
        return cls(**data)

    @property
    def remaining_area(self) -> int:
        return max(0, self.area_limit - self.processed_area)

    @property
    def is_admin(self) -> bool:
        return self.role.upper() == "ADMIN"


@dataclass
class Team:
    id: str
    name: str
    owner_id: str
    credits_limit: Optional[int]
    active_until: Optional[str]
    created: str

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> "Team":
        return cls(**dict(row))


@dataclass
class Project:
    id: str
    owner_id: str
    name: str
    description: Optional[str]
    is_default: bool
    created: str
    updated: str

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> "Project":
        data = dict(row)
        data["is_default"] = bool(data["is_default"])
        return cls(**data)


@dataclass
class Processing:
    id: str
    project_id: str
    creator_id: str
    payer_id: str
    name: str
    description: Optional[str]
    model_key: str
    blocks: dict  # block name -> enabled (every block of the model)
    source: dict  # normalised v2 sourceParams: exactly one variant key
    inference: dict
    meta: dict
    geometry: dict
    area: int
    cost: int
    status: str
    messages: list
    rating: Optional[int]
    feedback: Optional[str]
    review_status: Optional[str]
    review_until: Optional[str]
    review_comment: Optional[str]
    created: str
    updated: str
    completed: Optional[str]
    template_id: Optional[str] = None  # the planned search it was started from

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> "Processing":
        data = dict(row)
        for key in ("blocks", "source", "inference", "meta", "geometry", "messages"):
            data[key] = json.loads(data.pop(f"{key}_json"))
        return cls(**data)


@dataclass
class Partition:
    id: str  # the AOI id
    processing_id: str
    idx: int
    geometry: dict
    area: int
    status: str
    stage: str
    start_stage: str
    percent: float
    messages: list
    attempts: int
    result_path: Optional[str]
    raster_path: Optional[str]
    feature_count: Optional[int]
    bounds: Optional[list]
    updated: str

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> "Partition":
        data = dict(row)
        data["geometry"] = json.loads(data.pop("geometry_json"))
        data["messages"] = json.loads(data.pop("messages_json"))
        bounds = data.pop("bounds_json")
        data["bounds"] = json.loads(bounds) if bounds else None
        return cls(**data)


@dataclass
class Mosaic:
    id: str
    owner_id: str
    name: str
    tags: list
    crs_wkt: Optional[str]
    band_count: Optional[int]
    pixel_size: Optional[float]
    created_at: str

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> "Mosaic":
        data = dict(row)
        data["tags"] = json.loads(data.pop("tags_json"))
        return cls(**data)


@dataclass
class Image:
    id: str
    mosaic_id: Optional[str]
    owner_id: str
    filename: str
    path: str
    file_size: int
    checksum: str
    footprint_wkt: str
    meta: dict
    uploaded_at: str
    ready_at: Optional[str] = None  # sandbox clock; preprocessing is over from then on (None: at once)
    ingested: bool = True  # False for images linked by URL: they were not uploaded, so they cannot be downloaded

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> "Image":
        data = dict(row)
        data["meta"] = json.loads(data.pop("meta_json"))
        data["ingested"] = bool(data.get("ingested", 1))
        return cls(**data)
