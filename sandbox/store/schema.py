"""SQLite schema of the sandbox. Everything the API shows lives here or in files under the data dir."""

SCHEMA_VERSION = 3

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    secret TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL DEFAULT 'USER',
    billing_type TEXT NOT NULL DEFAULT 'CREDITS',
    credits INTEGER NOT NULL DEFAULT 0,
    area_limit INTEGER NOT NULL DEFAULT 0,
    processed_area INTEGER NOT NULL DEFAULT 0,
    aoi_area_limit INTEGER NOT NULL DEFAULT 0,
    max_aois INTEGER NOT NULL DEFAULT 10,
    memory_limit INTEGER,
    max_upload_file_size INTEGER NOT NULL,
    max_pixel_count INTEGER NOT NULL,
    template_area_limit INTEGER NOT NULL DEFAULT 0,
    search_area_limit INTEGER NOT NULL DEFAULT 700000000,
    review_workflow INTEGER NOT NULL DEFAULT 0,
    is_premium INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    max_active_templates INTEGER NOT NULL DEFAULT 5,
    review_days REAL NOT NULL DEFAULT 7
);

CREATE TABLE IF NOT EXISTS teams (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    owner_id TEXT NOT NULL REFERENCES users(id),
    credits_limit INTEGER,
    active_until TEXT,
    created TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS team_members (
    team_id TEXT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id),
    role TEXT NOT NULL,
    PRIMARY KEY (team_id, user_id)
);

CREATE TABLE IF NOT EXISTS projects (
    id TEXT PRIMARY KEY,
    owner_id TEXT NOT NULL REFERENCES users(id),
    name TEXT NOT NULL,
    description TEXT,
    is_default INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS projects_owner ON projects(owner_id);

CREATE TABLE IF NOT EXISTS project_shares (
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id),
    role TEXT NOT NULL,
    PRIMARY KEY (project_id, user_id)
);
CREATE INDEX IF NOT EXISTS shares_user ON project_shares(user_id);

CREATE TABLE IF NOT EXISTS processings (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    creator_id TEXT NOT NULL REFERENCES users(id),
    payer_id TEXT NOT NULL REFERENCES users(id),
    name TEXT NOT NULL,
    description TEXT,
    model_key TEXT NOT NULL,
    blocks_json TEXT NOT NULL,
    source_json TEXT NOT NULL,
    inference_json TEXT NOT NULL,
    meta_json TEXT NOT NULL,
    geometry_json TEXT NOT NULL,
    area INTEGER NOT NULL,
    cost INTEGER NOT NULL,
    status TEXT NOT NULL,
    messages_json TEXT NOT NULL DEFAULT '[]',
    rating INTEGER,
    feedback TEXT,
    review_status TEXT,
    review_until TEXT,
    review_comment TEXT,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    completed TEXT,
    template_id TEXT
);
CREATE INDEX IF NOT EXISTS processings_project ON processings(project_id);
CREATE INDEX IF NOT EXISTS processings_creator ON processings(creator_id);

CREATE TABLE IF NOT EXISTS partitions (
    id TEXT PRIMARY KEY,
    processing_id TEXT NOT NULL REFERENCES processings(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    geometry_json TEXT NOT NULL,
    area INTEGER NOT NULL,
    status TEXT NOT NULL,
    stage TEXT NOT NULL DEFAULT 'fetch',
    start_stage TEXT NOT NULL DEFAULT 'fetch',
    percent REAL NOT NULL DEFAULT 0,
    messages_json TEXT NOT NULL DEFAULT '[]',
    attempts INTEGER NOT NULL DEFAULT 0,
    result_path TEXT,
    raster_path TEXT,
    feature_count INTEGER,
    bounds_json TEXT,
    updated TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS partitions_processing ON partitions(processing_id);
CREATE INDEX IF NOT EXISTS partitions_status ON partitions(status);

CREATE TABLE IF NOT EXISTS billing_ledger (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id TEXT NOT NULL,
    processing_id TEXT,
    kind TEXT NOT NULL,          -- CHARGE | REFUND | TOPUP
    credits INTEGER NOT NULL DEFAULT 0,
    area INTEGER NOT NULL DEFAULT 0,
    note TEXT,
    created TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ledger_processing ON billing_ledger(processing_id);

CREATE TABLE IF NOT EXISTS mosaics (
    id TEXT PRIMARY KEY,
    owner_id TEXT NOT NULL REFERENCES users(id),
    name TEXT NOT NULL,
    tags_json TEXT NOT NULL DEFAULT '[]',
    crs_wkt TEXT,
    band_count INTEGER,
    pixel_size REAL,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS mosaics_owner ON mosaics(owner_id);

CREATE TABLE IF NOT EXISTS images (
    id TEXT PRIMARY KEY,
    mosaic_id TEXT REFERENCES mosaics(id) ON DELETE CASCADE,
    owner_id TEXT NOT NULL REFERENCES users(id),
    filename TEXT NOT NULL,
    path TEXT NOT NULL,
    file_size INTEGER NOT NULL,
    checksum TEXT NOT NULL,
    footprint_wkt TEXT NOT NULL,
    meta_json TEXT NOT NULL,
    uploaded_at TEXT NOT NULL,
    ready_at TEXT,                       -- sandbox clock: preprocessing is done from then on (NULL: at once)
    ingested INTEGER NOT NULL DEFAULT 1  -- 0 for images linked by URL (not uploaded): no download
);
CREATE INDEX IF NOT EXISTS images_mosaic ON images(mosaic_id);
CREATE INDEX IF NOT EXISTS images_owner ON images(owner_id);

-- planned searches (templates); their times are on the sandbox clock (sandbox/clock.py)
CREATE TABLE IF NOT EXISTS templates (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    creator_id TEXT NOT NULL REFERENCES users(id),
    name TEXT NOT NULL,
    filters_json TEXT NOT NULL,
    processing_params_json TEXT,
    active_until TEXT NOT NULL,
    status TEXT NOT NULL,
    paused INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    last_checked_at TEXT,
    last_error TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS templates_project ON templates(project_id, deleted);
CREATE INDEX IF NOT EXISTS templates_creator ON templates(creator_id, deleted);

CREATE TABLE IF NOT EXISTS template_aois (
    id TEXT PRIMARY KEY,
    template_id TEXT NOT NULL REFERENCES templates(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    name TEXT NOT NULL,
    geometry_json TEXT NOT NULL,
    area REAL NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS template_aois_template ON template_aois(template_id);

CREATE TABLE IF NOT EXISTS template_images (
    template_id TEXT NOT NULL REFERENCES templates(id) ON DELETE CASCADE,
    aoi_id TEXT NOT NULL REFERENCES template_aois(id) ON DELETE CASCADE,
    image_id TEXT NOT NULL,
    provider TEXT NOT NULL,
    intersection REAL NOT NULL,
    is_new INTEGER NOT NULL,
    found_at TEXT NOT NULL,
    PRIMARY KEY (template_id, aoi_id, image_id)
);
CREATE INDEX IF NOT EXISTS template_images_new ON template_images(template_id, is_new);

-- rejections of results in review (PUT /processings/{id}/rejection), newest last
CREATE TABLE IF NOT EXISTS review_rejections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    processing_id TEXT NOT NULL REFERENCES processings(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL,
    comment TEXT,
    features_json TEXT NOT NULL,
    feature_count INTEGER NOT NULL,
    created TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS review_rejections_processing ON review_rejections(processing_id);

-- the OAuth2 authorization server (sandbox/oauth.py); only hashes of codes and tokens are stored, times are on
-- the sandbox clock
CREATE TABLE IF NOT EXISTS oauth_codes (
    code_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    client_id TEXT NOT NULL,
    redirect_uri TEXT NOT NULL,
    code_challenge TEXT NOT NULL,
    scope TEXT NOT NULL,
    realm TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS oauth_tokens (
    token_hash TEXT PRIMARY KEY,
    kind TEXT NOT NULL,                  -- access | refresh
    session_id TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    client_id TEXT NOT NULL,
    scope TEXT NOT NULL,
    realm TEXT NOT NULL,
    code_hash TEXT,                      -- the authorization code it came from (a replayed code revokes these)
    expires_at TEXT NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS oauth_tokens_session ON oauth_tokens(session_id);

CREATE TABLE IF NOT EXISTS catalog_ids (
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    id TEXT NOT NULL,
    PRIMARY KEY (kind, key)
);
"""

# Columns added after a data dir may already exist: (table, column, definition). Applied by Database.initialise
# to older files, in order; new files get them from SCHEMA above.
ADDED_COLUMNS = (
    ("users", "max_active_templates", "INTEGER NOT NULL DEFAULT 5"),
    ("processings", "template_id", "TEXT"),
    ("users", "review_days", "REAL NOT NULL DEFAULT 7"),
    ("images", "ready_at", "TEXT"),
    ("images", "ingested", "INTEGER NOT NULL DEFAULT 1"),
)

# Indexes on added columns: created after the columns exist.
LATE_INDEXES = """
CREATE INDEX IF NOT EXISTS processings_template ON processings(template_id);
CREATE INDEX IF NOT EXISTS processings_review ON processings(review_status, review_until);
CREATE INDEX IF NOT EXISTS oauth_tokens_code ON oauth_tokens(code_hash);
"""
