"""Lighthouse (mobile) scores of the main pages: the median of three runs.

Usage (from the project root; needs the shared audit tools, see
``/work/shared/tools/README.md``, or any ``lighthouse-audit`` on PATH)::

    .venv/bin/python benchmarks/lighthouse.py [--runs 3] [--min 95] [/ /meldpunt/ ...]

Serves the portal as ``run.py`` does (own database with the real data,
gunicorn on 127.0.0.1 with DEBUG off, collected static files), with the map
tiles served locally: ``PDOK_TILES_URL`` points at a plain tile in the static
files, so scores reflect our pages and not an unreachable tile server. Prints
each run and the median per page and category; exits 1 when a median is under
``--min``.
"""

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.run import (  # noqa: E402
    BASE_DIR,
    HOST,
    bench_environment,
    create_database,
    drop_database,
    manage,
    start_gunicorn,
)

PAGES = ["/", "/sociale-kaart/", "/meldpunt/", "/activiteiten/"]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
TOOL = os.environ.get("LIGHTHOUSE_AUDIT", "/work/shared/tools/lighthouse-audit")
TILE = BASE_DIR / "tests" / "browser" / "tile.png"


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", default=PAGES)
    parser.add_argument("--port", type=int, default=8112)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--min", type=int, default=95)
    parser.add_argument("--keep-db", action="store_true")
    parser.add_argument("--json", metavar="DIR", help="keep the full reports here")
    return parser.parse_args()


def scores(url: str, json_file: str | None = None) -> dict[str, int] | None:
    """One Lighthouse run: category -> score (0-100), or None when the run
    failed (reported, so one crashed Chrome does not end the whole audit)."""
    tool = shutil.which("lighthouse-audit") or TOOL
    command = [tool, "-v", url, *(["--json", json_file] if json_file else [])]
    try:
        output = subprocess.run(  # noqa: S603
            command, capture_output=True, text=True, check=False, timeout=300
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        print(f"    lighthouse failed on {url}: {error}")
        return None
    lines = output.stdout.splitlines()
    found = dict(re.findall(r"([a-z-]+)=(\d+)", lines[0])) if lines else {}
    if output.returncode == 2 or set(found) != set(CATEGORIES):
        print(f"    lighthouse failed on {url}:\n{output.stdout}{output.stderr}")
        return None
    for line in lines[1:]:
        print("   ", line)
    return {category: int(found[category]) for category in CATEGORIES}


def main() -> int:
    args = parse_args()
    env, db = bench_environment(args.port)
    base = f"http://{HOST}:{args.port}"
    # Absolute: a relative URL made the CSP img-src source "://" (console error).
    env["PDOK_TILES_URL"] = base + "/static/lighthouse/tile.png"
    create_database(db)
    gunicorn = None
    medians = {}
    try:
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "load_real_data")
        manage(env, "collectstatic", "--noinput", "-v0")
        static_root = BASE_DIR / "staticfiles" / "lighthouse"
        static_root.mkdir(exist_ok=True)
        shutil.copy(TILE, static_root / "tile.png")
        gunicorn = start_gunicorn(env, args.port, 2)
        for path in args.paths:
            runs = []
            for run in range(args.runs):
                json_file = None
                if args.json:
                    name = path.strip("/").replace("/", "-") or "home"
                    json_file = str(Path(args.json) / f"{name}-{run + 1}.json")
                result = scores(base + path, json_file)
                print(f"  {path}: {result or 'failed'}")
                if result:
                    runs.append(result)
            medians[path] = {
                category: statistics.median(run[category] for run in runs)
                if runs
                else 0
                for category in CATEGORIES
            }
            if not runs:
                print(f"  {path}: every run failed; counted as 0")
    finally:
        if gunicorn:
            gunicorn.terminate()
            gunicorn.wait(timeout=30)
        if not args.keep_db:
            drop_database(db)
    print(f"\nMedian of {args.runs} runs (Lighthouse mobile):")
    print(f"{'page':<18}" + "".join(f"{c:>16}" for c in CATEGORIES))
    for path, median in medians.items():
        print(f"{path:<18}" + "".join(f"{median[c]:>16.0f}" for c in CATEGORIES))
    low = [
        (path, category, value)
        for path, median in medians.items()
        for category, value in median.items()
        if value < args.min
    ]
    return 1 if low else 0


if __name__ == "__main__":
    sys.exit(main())
