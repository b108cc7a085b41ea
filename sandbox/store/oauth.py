"""Authorization codes and tokens of the OAuth2 server. Only SHA-256 hashes are stored, never a code or a token."""
from __future__ import annotations

import hashlib
import sqlite3
from typing import Optional


def digest(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def insert_code(conn: sqlite3.Connection, code: str, user_id: str, client_id: str, redirect_uri: str,
                challenge: str, scope: str, realm: str, expires_at: str) -> None:
    conn.execute("INSERT INTO oauth_codes (code_hash, user_id, client_id, redirect_uri, code_challenge, scope, realm, "
                 "expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                 (digest(code), user_id, client_id, redirect_uri, challenge, scope, realm, expires_at))


def take_code(conn: sqlite3.Connection, code: str) -> Optional[dict]:
    """The code's row as it was before this call, and the code marked used (one exchange per code)."""
    code_hash = digest(code)
    row = conn.execute("SELECT * FROM oauth_codes WHERE code_hash = ?", (code_hash,)).fetchone()
    if row is None:
        return None
    conn.execute("UPDATE oauth_codes SET used = 1 WHERE code_hash = ?", (code_hash,))
    return dict(row)


def insert_token(conn: sqlite3.Connection, token: str, kind: str, session_id: str, user_id: str, client_id: str,
                 scope: str, realm: str, expires_at: str, created: str, code_hash: Optional[str] = None) -> None:
    conn.execute("INSERT INTO oauth_tokens (token_hash, kind, session_id, user_id, client_id, scope, realm, code_hash, "
                 "expires_at, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 (digest(token), kind, session_id, user_id, client_id, scope, realm, code_hash, expires_at, created))


def find_token(conn: sqlite3.Connection, token: str) -> Optional[dict]:
    row = conn.execute("SELECT * FROM oauth_tokens WHERE token_hash = ?", (digest(token),)).fetchone()
    return dict(row) if row else None


def revoke_token(conn: sqlite3.Connection, token_hash: str) -> None:
    conn.execute("UPDATE oauth_tokens SET revoked = 1 WHERE token_hash = ?", (token_hash,))


def revoke_session(conn: sqlite3.Connection, session_id: str) -> int:
    """Every token of one sign-in stops working; returns how many were still active."""
    return conn.execute("UPDATE oauth_tokens SET revoked = 1 WHERE session_id = ? AND revoked = 0",
                        (session_id,)).rowcount


def revoke_from_code(conn: sqlite3.Connection, code_hash: str) -> int:
    """A replayed authorization code: every session that code opened ends (RFC 6749, 4.1.2)."""
    sessions = [r[0] for r in conn.execute("SELECT DISTINCT session_id FROM oauth_tokens WHERE code_hash = ?",
                                           (code_hash,))]
    return sum(revoke_session(conn, s) for s in sessions)
