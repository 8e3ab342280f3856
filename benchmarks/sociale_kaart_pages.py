"""Server time of the sociale kaart's pages on the benchmark dataset.

Run against a database seeded with ``manage.py seed_sociale_kaart_benchmark``
(2,000 organisations, 5,000 locations, 10,000 offers)::

    DATABASE_URL=postgis://samenaanzet:samenaanzet@127.0.0.1:5432/saz_kaart_benchmark \\
        .venv/bin/python benchmarks/sociale_kaart_pages.py --runs 30

Each page is requested in-process through Django's test client (the whole
request/response cycle with middleware, templates and database, no network)
after two warm-up requests; prints median and p95 in milliseconds and the
number of queries of one request.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lansingerland.settings_test")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from sociale_kaart.models import Organization, Service

    organization = Organization.objects.filter(slug__startswith="bench-").first()
    service = Service.objects.filter(slug__startswith="bench-").first()
    if organization is None or service is None:
        sys.exit("No benchmark data: run manage.py seed_sociale_kaart_benchmark first.")
    print(
        f"data: {Organization.objects.count()} organisations, "
        f"{Service.objects.count()} services"
    )
    pages = {
        "list": "/sociale-kaart/",
        "list ?q=koffie ochtend": "/sociale-kaart/?q=koffie+ochtend",
        "list filters": "/sociale-kaart/?gratis=on&kern=bleiswijk&dag=2&leeftijd=78",
        "list open now": "/sociale-kaart/?wanneer=nu",
        "organisation": organization.get_absolute_url(),
        "service": service.get_absolute_url(),
        "geojson (all)": "/sociale-kaart/kaart.geojson",
        "geojson filters": "/sociale-kaart/kaart.geojson?gratis=on&dag=2",
        "hsds services p1": "/sociale-kaart/open-data/hsds/services/",
    }
    client = Client(HTTP_HOST="localhost")
    print(f"{'page':28} {'median ms':>10} {'p95 ms':>10} {'queries':>8}")
    for name, url in pages.items():
        for _ in range(2):
            assert client.get(url).status_code == 200, url
        timings = []
        for _ in range(args.runs):
            start = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        timings.sort()
        p95 = timings[min(len(timings) - 1, int(round(0.95 * len(timings))) - 1)]
        print(
            f"{name:28} {statistics.median(timings):10.1f} {p95:10.1f} "
            f"{len(queries):8d}"
        )


if __name__ == "__main__":
    main()
