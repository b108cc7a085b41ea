"""Command line: ``serve`` and the admin commands that work on a data dir, also while the server runs."""
from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Optional

from .config import ServerConfig
from .faults import FaultRuleError
from .services.accounts import BILLING_TYPES, ROLES, AccountLimits, create_account, token_of
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
    return parser


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
    with db.tx() as conn:
        if args.command == "add-user":
            limits = AccountLimits(billing_type=args.billing, credits=args.credits, area_limit=args.area_limit,
                                   aoi_area_limit=args.aoi_area_limit, max_aois=args.max_aois,
                                   memory_limit=args.memory_limit, max_upload_file_size=args.max_upload_file_size,
                                   max_pixel_count=args.max_pixel_count, role=args.role)
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
    raise CliError(f"unknown command {args.command}")


def _set_limits(conn, args: argparse.Namespace) -> str:
    user = _user(conn, args.email)
    mapping = {"billing": "billing_type", "credits": "credits", "area_limit": "area_limit",
               "aoi_area_limit": "aoi_area_limit", "max_aois": "max_aois", "role": "role",
               "memory_limit": "memory_limit", "max_upload_file_size": "max_upload_file_size",
               "max_pixel_count": "max_pixel_count", "template_area_limit": "template_area_limit",
               "search_area_limit": "search_area_limit"}
    fields = {column: getattr(args, option) for option, column in mapping.items()
              if getattr(args, option) is not None}
    if args.review is not None:
        fields["review_workflow"] = int(args.review == "on")
    if not fields:
        raise CliError("nothing to change: give at least one limit option")
    user_store.update_user(conn, user.id, **fields)
    return f"{args.email}: " + ", ".join(f"{k}={v}" for k, v in sorted(fields.items()))


def _serve(args: argparse.Namespace) -> None:
    import uvicorn

    from .app import create_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    config = ServerConfig(data_dir=args.data_dir, host=args.host, port=args.port, public_url=args.public_url,
                          demo=args.demo, faults_file=args.faults, workers=args.workers, engine_target=args.engine)
    try:
        app = create_app(config)
    except FaultRuleError as exc:
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
