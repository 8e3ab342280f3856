"""Cold server time of sociale kaart pages: each request renders afresh.

Usage (from the project root, on a database already holding the data to
measure, e.g. after ``manage.py seed_sociale_kaart_benchmark --scale 95``)::

    DJANGO_SETTINGS_MODULE=benchmarks.settings DEBUG=false SECRET_KEY=x \\
    ALLOWED_HOSTS=testserver SECURE_SSL_REDIRECT=false \\
    SESSION_COOKIE_SECURE=false CSRF_COOKIE_SECURE=false LOG_LEVEL=WARNING \\
    .venv/bin/python benchmarks/cold.py [--runs 7] [path ...]

Each path is requested ``--runs`` times with Django's test client, the page
cache emptied before every request, as on the first visit after a change.
Prints per path the median and lowest app time in milliseconds
(``Server-Timing`` from ``benchmarks.timing``: Django below the middleware,
template and SQL included, the network left out) and the number of SQL
queries. The default paths are the text search, its variants and the list.
"""

import argparse
import os
import re
import statistics
import sys
from pathlib import Path

PATHS = [
    "/sociale-kaart/?q=koffie+ochtend",
    "/sociale-kaart/?q=koffie",
    "/sociale-kaart/?q=xyzzyplugh",
    "/sociale-kaart/?q=koffie&kern=bleiswijk&gratis=on",
    "/sociale-kaart/?q=&kern=berkel-en-rodenrijs",
    "/sociale-kaart/",
]
TIMING = re.compile(r'app;dur=([\d.]+);desc="(\d+) queries"')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("paths", nargs="*", default=PATHS)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")
    import django

    django.setup()
    from django.core.cache import caches
    from django.test import Client

    from lansingerland.page_cache import PAGE_CACHE

    client = Client()
    client.get(args.paths[0])  # imports, templates and the connection, once
    for path in args.paths:
        times, queries = [], 0
        for _ in range(args.runs):
            caches[PAGE_CACHE].clear()
            response = client.get(path)
            if response.status_code != 200:
                sys.exit(f"{path}: HTTP {response.status_code}")
            match = TIMING.search(response["Server-Timing"])
            times.append(float(match.group(1)))
            queries = int(match.group(2))
        print(
            f"{path:52} median {statistics.median(times):6.1f} ms"
            f"  lowest {min(times):6.1f} ms  {queries} queries"
        )


if __name__ == "__main__":
    main()
