"""The output options of ``factcheck check``: table width and columns, CSV rows, the text in the
JSON, and the reviewer of ClaimReview.

:func:`add_output_options` adds them to the command's parser; :func:`output_options` turns the
parsed arguments into the ``options`` dict every renderer receives (``factcheck_render``).  The
reviewer's name and URL come from ``--reviewer``/``--reviewer-url``, else from the configuration's
``[claimreview]`` table (:meth:`factcheck.config.Config.reviewer`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import urllib.parse
import warnings
from typing import Any

from factcheck.cli.common import width_arg
from factcheck.config import load_config
from factcheck.render import CLAIM_COLUMNS
from factcheck.render.delimited import ROW_KINDS

__all__ = ["add_output_options", "columns_arg", "output_options", "url_arg"]


def columns_arg(value: str) -> list[str]:
    """An argparse type: comma-separated claim-table columns, each one of :data:`CLAIM_COLUMNS`."""
    names = [name.strip() for name in value.split(",") if name.strip()]
    unknown = [name for name in names if name not in CLAIM_COLUMNS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown column {(unknown or [value])[0]!r}; choose from {', '.join(CLAIM_COLUMNS)}"
        )
    return names


def url_arg(value: str) -> str:
    """An argparse type: an absolute http(s) URL."""
    parsed = urllib.parse.urlsplit(value.strip())
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise argparse.ArgumentTypeError(f"{value!r} is not an http(s) URL")
    return value.strip()


def date_arg(value: str) -> str:
    """An argparse type: an ISO date (YYYY-MM-DD)."""
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from None


def add_output_options(parser: argparse.ArgumentParser) -> None:
    """Add the output options to the ``check`` command's parser."""
    group = parser.add_argument_group("output")
    group.add_argument(
        "--width",
        type=width_arg,
        default=None,
        metavar="COLUMNS",
        help="fit tables to this many characters (default: the terminal's width, else 80)",
    )
    group.add_argument(
        "--columns",
        type=columns_arg,
        default=None,
        metavar="LIST",
        help=f"the claim table's columns, comma-separated (default {','.join(CLAIM_COLUMNS)})",
    )
    group.add_argument(
        "--rows",
        choices=ROW_KINDS,
        default="claims",
        help="csv and tsv: one row per claim (default) or per verdict",
    )
    group.add_argument(
        "--include-text", action="store_true", help="json: put the article's text in each object"
    )
    group.add_argument("--reviewer", metavar="NAME", help="claimreview: the desk that publishes the reviews")
    group.add_argument(
        "--reviewer-url",
        type=url_arg,
        metavar="URL",
        help="claimreview: the page the reviews are published on (each review's url is it#claim-…)",
    )
    group.add_argument(
        "--review-date",
        type=date_arg,
        metavar="DATE",
        help="claimreview: the reviews' publication date (default today)",
    )


def output_options(args: argparse.Namespace) -> dict[str, Any]:
    """The renderers' options from the parsed arguments (and, for ClaimReview, the configuration)."""
    options: dict[str, Any] = {
        "width": getattr(args, "width", None),
        "columns": getattr(args, "columns", None),
        "rows": getattr(args, "rows", "claims"),
        "include_text": bool(getattr(args, "include_text", False)),
        "all": bool(getattr(args, "all", False)),
    }
    if getattr(args, "format", None) == "claimreview":
        configured = load_config().reviewer()
        options["reviewer"] = getattr(args, "reviewer", None) or configured.get("reviewer")
        options["reviewer_url"] = getattr(args, "reviewer_url", None) or configured.get("reviewer_url")
        if options["reviewer_url"]:
            url_arg(options["reviewer_url"])  # the configuration's too must be a URL
        options["review_date"] = getattr(args, "review_date", None)
        if options["reviewer"] and not options["reviewer_url"]:
            warnings.warn(
                "no reviewer URL (--reviewer-url or [claimreview] reviewer_url): the reviews have no "
                "'url', which Google requires, so they cannot be published as they are",
                stacklevel=2,
            )
    return options
