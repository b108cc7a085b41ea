"""Command line: ``serve`` and the admin commands that work on a data dir, also while the server runs."""
from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
from datetime import date
import threading
import time
from pathlib import Path
from typing import Optional

from . import clock
from .config import ServerConfig
from .faults import FaultRuleError
from .user_models import ModelConfigError
from .services import review
from .services.accounts import BILLING_TYPES, ROLES, AccountLimits, create_account, token_of
from .services.clock_moves import advance_seconds
from .store import users as user_store
from .store.db import Database

KM2 = 1_000_000


class CliError(Exception):
    """A user mistake on the command line: printed as one line, exit code 2."""


def _non_negative(text: str) -> int:
    try:
        value = int(float(text))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return value


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError("must be a positive number")
    return value


def _limit_options(parser: argparse.ArgumentParser, defaults: bool) -> None:
    base = AccountLimits() if defaults else None
    parser.add_argument("--billing", type=str.upper, choices=BILLING_TYPES,
                        default=base.billing_type if base else None)
    parser.add_argument("--credits", type=_non_negative, default=base.credits if base else None)
    parser.add_argument("--area-limit", type=_non_negative, default=base.area_limit if base else None,
                        help="m² a user with AREA billing may process")
    parser.add_argument("--aoi-area-limit", type=_non_negative, default=base.aoi_area_limit if base else None,
                        help="m² one processing may cover")
    parser.add_argument("--max-aois", type=_non_negative, default=base.max_aois if base else None)
    parser.add_argument("--role", type=str.upper, choices=ROLES, default=base.role if base else None)
    parser.add_argument("--memory-limit", type=_non_negative, default=base.memory_limit if base else None,
                        help="bytes of uploaded imagery")
    parser.add_argument("--max-upload-file-size", type=_non_negative,
                        default=base.max_upload_file_size if base else None)
    parser.add_argument("--max-pixel-count", type=_non_negative, default=base.max_pixel_count if base else None)
    parser.add_argument("--premium", choices=("on", "off"), default=("on" if base.premium else "off") if base else None,
                        help="premium plan: the premium search providers (SBX_VHR) are linked")
    parser.add_argument("--max-active-templates", type=_non_negative,
                        default=base.max_active_templates if base else None,
                        help="planned searches that may search at the same time")
    parser.add_argument("--review-days", type=_positive, default=base.review_days if base else None,
                        help="days a result stays in review before it is accepted without action (review workflow)")
    if not defaults:
        parser.add_argument("--review", choices=("on", "off"), help="review workflow")
        parser.add_argument("--template-area-limit", type=_non_negative)
        parser.add_argument("--search-area-limit", type=_non_negative)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m sandbox", description="Mapflow-compatible sandbox server")
    commands = parser.add_subparsers(dest="command", required=True)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text)
        sub.add_argument("--data-dir", type=Path, required=True)
        return sub

    serve = command("serve", "run the server")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--demo", action="store_true", help="ensure the demo account and write DIR/demo-token.txt")
    serve.add_argument("--public-url", default="", help="externally visible root URL (default http://HOST:PORT)")
    serve.add_argument("--faults", type=Path, help="fault injection rules (JSON)")
    serve.add_argument("--workers", type=int, default=2, help="processes running partitions")
    serve.add_argument("--engine", default="sandbox.engine:run_partition", help=argparse.SUPPRESS)
    serve.add_argument("--catalog-seed", type=int, help="seed of a new data dir's scene catalog (default 2024)")
    serve.add_argument("--catalog-epoch", type=_day, help="YYYY-MM-DD: a new data dir's catalog ends its two-year "
                       "archive on this day (default: today, UTC)")
    serve.add_argument("--scene-arrival-interval", type=float, metavar="SECONDS",
                       help="every SECONDS of real time, jump the sandbox clock to the next scene arrival")
    serve.add_argument("--api-version", metavar="TEXT",
                       help="what GET /version answers (default: the plugin version of metadata.txt), e.g. 2.0.0 "
                            "to show clients a newer major version")
    serve.add_argument("--image-ready-after", type=_non_negative, default=0, metavar="SECONDS",
                       help="uploaded images are preprocessed for SECONDS of sandbox-clock time (download: 409)")
    serve.add_argument("--oauth-access-ttl", type=_positive, default=300, metavar="SECONDS",
                       help="lifetime of OAuth2 access tokens (default 300, as Keycloak)")
    serve.add_argument("--oauth-refresh-ttl", type=_positive, default=1800, metavar="SECONDS",
                       help="lifetime of OAuth2 refresh tokens (default 1800)")
    serve.add_argument("--oauth-auto-approve", action="store_true",
                       help="the OAuth2 authorization endpoint signs in the user named by login_hint without a form "
                            "(headless tests of a browser flow)")
    serve.add_argument("--oauth-password-grant", action="store_true",
                       help="allow grant_type=password at the token endpoint (tests; QGIS 3.22 has no PKCE flow)")

    advance = command("advance-clock", "move the sandbox clock forward (planned searches find new scenes)")
    advance.add_argument("days", type=float, nargs="?", default=0.0)
    advance.add_argument("--hours", type=float, default=0.0)
    advance.add_argument("--scenes", type=int, help="instead: until this many more scenes have arrived")
    serve.add_argument("--models-dir", type=Path, action="append", default=[], metavar="DIR",
                       help="a folder of your own ONNX models with their JSON manifests (repeatable; "
                            "DATA_DIR/models is always read)")
    serve.add_argument("--exit-with-parent", action="store_true",
                       help="shut down (as on SIGTERM) when the process that started the server ends; for test runs "
                            "and scripts, so that a killed test run never leaves a server behind")

    add_user = command("add-user", "create a user and print their API token")
    add_user.add_argument("email")
    _limit_options(add_user, defaults=True)

    add_credits = command("add-credits", "add credits to a user's balance")
    add_credits.add_argument("email")
    add_credits.add_argument("credits", type=int)

    add_team = command("add-team", "create a team owned by a user")
    add_team.add_argument("name")
    add_team.add_argument("owner_email")

    member = command("add-team-member", "add a user to a team")
    member.add_argument("team")
    member.add_argument("email")

    set_limits = command("set-limits", "change a user's limits")
    set_limits.add_argument("email")
    _limit_options(set_limits, defaults=False)

    token = command("token", "print a user's API token")
    token.add_argument("email")

    refund = command("refund", "refund a finished processing: credits back, status and review status REFUNDED")
    refund.add_argument("processing_id")

    rework = command("review-rework", "support reworked a rejected result: back in review with a new deadline")
    rework.add_argument("processing_id")
    rework.add_argument("--days", type=_positive, help="review period (default: the payer's --review-days)")
    return parser


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date YYYY-MM-DD") from None


def _advance_clock(conn, args: argparse.Namespace) -> str:
    body = {"scenes": args.scenes} if args.scenes is not None else {"days": args.days, "hours": args.hours}
    try:
        seconds = advance_seconds(conn, body)
        moment = clock.advance(conn, seconds)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    return f"sandbox clock: {clock.iso(moment)} (offset {clock.offset_seconds(conn) / 86400:.3f} days)"


def _processing_command(conn, args: argparse.Namespace) -> str:
    try:
        if args.command == "refund":
            processing = review.refund(conn, args.processing_id)
        else:
            processing = review.rework(conn, args.processing_id, args.days)
    except (LookupError, ValueError) as exc:
        raise CliError(str(exc).strip("'\"")) from None
    until = f" until {processing.review_until}" if processing.review_status == review.IN_REVIEW else ""
    return f"{processing.id}: status {processing.status}, review {processing.review_status}{until}"


def _user(conn, email: str):
    user = user_store.find_user_by_email(conn, email)
    if user is None:
        raise CliError(f"no user with email {email}")
    return user


def _admin(args: argparse.Namespace) -> str:
    if not args.data_dir.exists():
        raise CliError(f"data dir {args.data_dir} does not exist (start the server once or create it)")
    db = Database(args.data_dir / "sandbox.sqlite3")
    db.initialise()
    if args.command == "advance-clock":
        with db.tx() as conn:
            moved = _advance_clock(conn, args)
        accepted = review.settle_due(db)  # results whose review period ended with the move
        return moved + (f"; {accepted} result(s) accepted at the end of their review period" if accepted else "")
    with db.tx() as conn:
        if args.command == "add-user":
            limits = AccountLimits(billing_type=args.billing, credits=args.credits, area_limit=args.area_limit,
                                   aoi_area_limit=args.aoi_area_limit, max_aois=args.max_aois,
                                   memory_limit=args.memory_limit, max_upload_file_size=args.max_upload_file_size,
                                   max_pixel_count=args.max_pixel_count, role=args.role,
                                   premium=args.premium == "on", max_active_templates=args.max_active_templates,
                                   review_days=args.review_days)
            try:
                return token_of(create_account(conn, args.email, limits))
            except ValueError as exc:
                raise CliError(str(exc)) from None
        if args.command == "token":
            return token_of(_user(conn, args.email))
        if args.command == "add-credits":
            user = _user(conn, args.email)
            if user.credits + args.credits < 0:
                raise CliError(f"{args.email} has only {user.credits} credits")
            user_store.adjust_balance(conn, user.id, credits=args.credits)
            user_store.add_ledger_entry(conn, user.id, None, "TOPUP", credits=args.credits, note="add-credits")
            return f"{args.email}: {user.credits + args.credits} credits"
        if args.command == "add-team":
            owner = _user(conn, args.owner_email)
            if user_store.find_team(conn, args.name):
                raise CliError(f"team {args.name} already exists")
            return user_store.insert_team(conn, args.name, owner.id).id
        if args.command == "add-team-member":
            team = user_store.find_team(conn, args.team)
            if team is None:
                raise CliError(f"no team {args.team}")
            user_store.add_team_member(conn, team.id, _user(conn, args.email).id)
            return f"{args.email} is a member of {team.name}"
        if args.command == "set-limits":
            return _set_limits(conn, args)
        if args.command in ("refund", "review-rework"):
            review.settle_due(db)  # a result past its review period is accepted first, as the server would
            return _processing_command(conn, args)
    raise CliError(f"unknown command {args.command}")


def _set_limits(conn, args: argparse.Namespace) -> str:
    user = _user(conn, args.email)
    mapping = {"billing": "billing_type", "credits": "credits", "area_limit": "area_limit",
               "aoi_area_limit": "aoi_area_limit", "max_aois": "max_aois", "role": "role",
               "memory_limit": "memory_limit", "max_upload_file_size": "max_upload_file_size",
               "max_pixel_count": "max_pixel_count", "template_area_limit": "template_area_limit",
               "search_area_limit": "search_area_limit", "max_active_templates": "max_active_templates",
               "review_days": "review_days"}
    fields = {column: getattr(args, option) for option, column in mapping.items()
              if getattr(args, option) is not None}
    if args.review is not None:
        fields["review_workflow"] = int(args.review == "on")
    if args.premium is not None:
        fields["is_premium"] = int(args.premium == "on")
    if not fields:
        raise CliError("nothing to change: give at least one limit option")
    user_store.update_user(conn, user.id, **fields)
    return f"{args.email}: " + ", ".join(f"{k}={v}" for k, v in sorted(fields.items()))


def _serve(args: argparse.Namespace) -> None:
    import uvicorn

    from .app import create_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    config = ServerConfig(data_dir=args.data_dir, host=args.host, port=args.port, public_url=args.public_url,
                          demo=args.demo, faults_file=args.faults, workers=args.workers, engine_target=args.engine,
                          catalog_seed=args.catalog_seed, catalog_epoch=args.catalog_epoch,
                          scene_arrival_interval=args.scene_arrival_interval, api_version=args.api_version,
                          image_ready_after=args.image_ready_after, oauth_access_ttl=args.oauth_access_ttl,
                          oauth_refresh_ttl=args.oauth_refresh_ttl, oauth_auto_approve=args.oauth_auto_approve,
                          oauth_password_grant=args.oauth_password_grant,
                          models_dirs=tuple(args.models_dir))
    try:
        app = create_app(config)
    except (FaultRuleError, ModelConfigError) as exc:
        raise CliError(str(exc)) from None
    if args.exit_with_parent:
        _stop_when_orphaned(os.getppid())
    uvicorn.run(app, host=args.host, port=args.port, log_level="info", timeout_graceful_shutdown=5,
                http="h11", loop="asyncio")


def _stop_when_orphaned(parent_pid: int, poll_s: float = 0.5) -> None:
    """SIGTERM this server once its parent is gone: uvicorn then shuts down as usual, workers included."""
    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(poll_s)
        logging.getLogger("sandbox").warning("the process that started this server ended: shutting down")
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def main(argv: Optional[list] = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "serve":
            _serve(args)
        else:
            print(_admin(args))
    except CliError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0
