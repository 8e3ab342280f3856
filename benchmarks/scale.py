"""Growth table for ``run.py --scale``: each page's server time and queries at
1×, 10×, 50× … the real data, and the sociale kaart's weight.

For every scale the benchmark database is seeded with
``seed_sociale_kaart_benchmark --scale N`` on top of the real data, then every
page is requested ``REQUESTS`` times one after the other: ``cold`` is the first
answer after the seed (nothing cached), ``warm`` the median of the rest. Times
are the app's own (``Server-Timing`` from ``benchmarks.timing``), so the
network and the client are left out.
"""

import gzip
import json
import math
import re
import statistics
import urllib.request

REQUESTS = 15
TIMING = re.compile(r'app;dur=([\d.]+);desc="(\d+) queries"')


def fetch(url: str, gzip_ok: bool = True) -> tuple[bytes, dict]:
    """Body as sent (compressed if the server chose so) and the headers."""
    headers = {"Accept-Encoding": "gzip"} if gzip_ok else {}
    request = urllib.request.Request(url, headers=headers)  # noqa: S310
    with urllib.request.urlopen(request) as response:  # noqa: S310
        return response.read(), dict(response.headers)


def server_time(url: str) -> tuple[float, float, int]:
    """(cold ms, warm median ms, queries of a cold request); NaN when the page
    failed (a worker timeout is a result too)."""
    times, cold_queries = [], 0
    for i in range(REQUESTS):
        try:
            _, headers = fetch(url)
        except OSError as error:
            print(f"    {url}: {error}")
            return float("nan"), float("nan"), -1
        match = TIMING.search(headers.get("Server-Timing", ""))
        times.append(float(match.group(1)))
        if i == 0:
            cold_queries = int(match.group(2))
    return times[0], statistics.median(times[1:]), cold_queries


ASSET = re.compile(r'(?:href|src)="(/static/[^"]+\.(?:css|js))"')


def first_view_tiles(text: str) -> list[tuple[int, int, int]]:
    """The map's data tiles (z, x, y) at its first view: every tile of the
    start zoom inside the map's extent (read from django-leaflet's options in
    the page), the most a browser of any screen size asks for, since the map
    loads only tiles inside its extent."""
    options = json.loads(text.split("var djoptions = ")[1].split(",\n")[0])
    (south, west), (north, east) = options["extent"]
    n = 2 ** options["zoom"]

    def column(lon: float) -> int:
        return int((lon + 180) / 360 * n)

    def row(lat: float) -> int:
        rad = math.radians(lat)
        return int((1 - math.asinh(math.tan(rad)) / math.pi) / 2 * n)

    return [
        (options["zoom"], x, y)
        for x in range(column(west), column(east) + 1)
        for y in range(row(north), row(south) + 1)
    ]


def page_weight(base: str, path: str) -> tuple[int, int]:
    """(bytes sent for the page with its stylesheets, scripts and the map's
    data at first view (``first_view_tiles`` of ``data-tiles-url``), all as a
    browser accepting gzip gets them; map data bytes sent). Map image tiles
    and images are left out."""
    html, _ = fetch(base + path)
    text = html.decode() if html[:2] != b"\x1f\x8b" else gzip.decompress(html).decode()
    total = len(html)
    for asset in sorted(set(ASSET.findall(text))):
        total += len(fetch(base + asset)[0])
    tiles = re.search(r'data-tiles-url="([^"]+)"', text)
    data_bytes = 0
    if tiles:
        template = tiles.group(1).replace("&amp;", "&")
        for z, x, y in first_view_tiles(text):
            url = template.replace("{z}", str(z)).replace("{x}", str(x))
            data_bytes += len(fetch(base + url.replace("{y}", str(y)))[0])
    return total + data_bytes, data_bytes


def growth_table(base: str, scales: list[float], pages: dict, seed) -> list[str]:
    """Seed each scale with ``seed(scale)``, measure ``pages`` (name -> path);
    the table's lines."""
    results = {}
    weights = {}
    for scale in scales:
        seed(scale)
        results[scale] = {
            name: server_time(base + path) for name, path in pages.items()
        }
        weights[scale] = page_weight(base, "/sociale-kaart/")
    head = f"{'page (cold ms / warm ms / queries)':<34}" + "".join(
        f"{f'{s:g}×':>20}" for s in scales
    )
    lines = [head]
    for name in pages:
        row = f"{name:<34}"
        for scale in scales:
            cold, warm, queries = results[scale][name]
            row += f"{f'{cold:.0f} / {warm:.1f} / {queries}':>20}"
        lines.append(row)
    lines.append(
        f"{'/sociale-kaart/ weight KiB':<34}"
        + "".join(f"{weights[s][0] / 1024:>20.0f}" for s in scales)
    )
    lines.append(
        f"{'map data sent KB (gzip)':<34}"
        + "".join(f"{weights[s][1] / 1000:>20.1f}" for s in scales)
    )
    return lines
