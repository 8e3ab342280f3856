"""Bounded load benchmark of the public pages on a local gunicorn (loopback only).

Usage (from the project root, after ``make venv``; needs ``wrk``, Debian's
``apt-get install wrk``)::

    .venv/bin/python benchmarks/run.py [--duration 10] [--connections 8] [--workers 2]

What it does, in order:

1. creates a separate database ``<DATABASE_URL's name>_bench`` from the PostGIS
   template, migrates it and loads the real data (21 partners, campaigns);
2. collects the static files and starts gunicorn with DEBUG off on
   127.0.0.1 only (``--port``, default 8112), settings ``benchmarks.settings``;
3. runs ``wrk`` for ``--duration`` seconds per target, after a short warm-up:
   the baseline view ``/_baseline`` first, then the home page, the sociale kaart
   list, an organisation page, the GeoJSON and a meldpunt submission (a POST
   with a real CSRF cookie and token, answered by a redirect);
4. prints requests/second and p50/p95 latency per target and their ratios to
   the baseline, and the static-file headers whitenoise sends;
5. stops gunicorn and drops the benchmark database (``--keep-db`` keeps it).

Figures depend on the machine; compare ratios, not absolute numbers.
"""

import argparse
import http.cookiejar
import os
import re
import secrets
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import environ
import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.load import free_port, measure, smtp_sink  # noqa: E402
from benchmarks.scale import growth_table  # noqa: E402

BASE_DIR = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"  # never anything but loopback


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--port", type=int, default=8112)
    parser.add_argument("--duration", type=int, default=10, help="seconds, max 60")
    parser.add_argument("--connections", type=int, default=8, help="max 64")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--keep-db", action="store_true")
    parser.add_argument(
        "--scale",
        metavar="N,N,...",
        help="also seed these multiples of the real data (e.g. 1,10,50,95) and "
        "print each page's server time and queries per scale",
    )
    args = parser.parse_args()
    args.duration = max(1, min(args.duration, 60))
    args.connections = max(1, min(args.connections, 64))
    return args


def bench_environment(port: int) -> tuple[dict, dict]:
    """The subprocess environment and the benchmark database's parameters."""
    env = environ.Env()
    environ.Env.read_env(BASE_DIR / ".env", overwrite=False)
    url = env.str(
        "DATABASE_URL",
        default="postgis://samenaanzet:samenaanzet@127.0.0.1:5432/samenaanzet",
    )
    parts = urllib.parse.urlsplit(url)
    db = {
        "name": parts.path.lstrip("/") + "_bench",
        "template": env.str("DATABASE_TEST_TEMPLATE", default="samenaanzet_template"),
        "user": parts.username,
        "password": parts.password,
        "host": parts.hostname,
        "port": parts.port or 5432,
    }
    child = dict(os.environ)
    child.update(
        DJANGO_SETTINGS_MODULE="benchmarks.settings",
        DATABASE_URL=parts._replace(path="/" + db["name"]).geturl(),
        DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS=HOST,
        LOG_LEVEL="WARNING",
        EMAIL_URL="consolemail://",
        PYTHONPATH=str(BASE_DIR),
        # Plain http on loopback: no redirect to https, cookies sent over http;
        # no per-address report limit (every POST would otherwise be a 429).
        SECURE_SSL_REDIRECT="false",
        SESSION_COOKIE_SECURE="false",
        CSRF_COOKIE_SECURE="false",
        MELDPUNT_SUBMISSIONS_PER_HOUR="100000000",
    )
    return child, db


def admin_connection(db: dict) -> psycopg.Connection:
    return psycopg.connect(
        dbname="postgres",
        user=db["user"],
        password=db["password"],
        host=db["host"],
        port=db["port"],
        autocommit=True,
    )


def create_database(db: dict) -> None:
    """A fresh database copied from the PostGIS template (retried while busy)."""
    with admin_connection(db) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{db["name"]}"')
        for attempt in range(10):
            try:
                conn.execute(
                    f'CREATE DATABASE "{db["name"]}" TEMPLATE "{db["template"]}"'
                )
                return
            except psycopg.errors.ObjectInUse:
                # Test runs copy the same template; wait for them to finish.
                time.sleep(1 + attempt)
        raise SystemExit(f"template {db['template']} stayed busy")


def count_reports(db: dict) -> int:
    """Reports in the benchmark database: proof the POSTs were really stored."""
    with psycopg.connect(
        dbname=db["name"],
        user=db["user"],
        password=db["password"],
        host=db["host"],
        port=db["port"],
    ) as conn:
        return conn.execute("SELECT count(*) FROM meldpunt_report").fetchone()[0]


def count_queued_mail(db: dict) -> int:
    """Mails the POSTs queued that the delivery loop has not sent yet."""
    with psycopg.connect(
        dbname=db["name"],
        user=db["user"],
        password=db["password"],
        host=db["host"],
        port=db["port"],
    ) as conn:
        return conn.execute(
            "SELECT count(*) FROM post_office_email WHERE status <> 0"
        ).fetchone()[0]


def drop_database(db: dict) -> None:
    with admin_connection(db) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{db["name"]}" WITH (FORCE)')


def manage(env: dict, *command: str) -> None:
    subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *command], cwd=BASE_DIR, env=env, check=True
    )


def start_gunicorn(env: dict, port: int, workers: int) -> subprocess.Popen:
    gunicorn = shutil.which("gunicorn", path=str(Path(sys.executable).parent))
    process = subprocess.Popen(  # noqa: S603
        [
            gunicorn or "gunicorn",
            "lansingerland.wsgi",
            "--bind",
            f"{HOST}:{port}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        cwd=BASE_DIR,
        env=env,
    )
    for _ in range(60):
        try:
            with urllib.request.urlopen(f"http://{HOST}:{port}/healthz") as response:  # noqa: S310
                if response.status == 200:
                    return process
        except OSError:
            time.sleep(0.5)
    process.terminate()
    raise SystemExit("gunicorn did not answer on /healthz")


def csrf_form(base: str) -> tuple[str, str]:
    """A meldpunt submission's body and cookie header, with a real CSRF token."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    html = opener.open(base + "/meldpunt/?soort=question").read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    cookie = "; ".join(f"{c.name}={c.value}" for c in jar)
    first = body_for(token).replace("BENCHTOKEN", secrets.token_urlsafe(24))
    response = opener.open(base + "/meldpunt/", data=first.encode())
    if not response.url.endswith("/meldpunt/ontvangen/"):
        raise SystemExit("the meldpunt POST did not land on the confirmation page")
    return body_for(token), cookie


def body_for(token: str) -> str:
    return urllib.parse.urlencode(
        {
            "csrfmiddlewaretoken": token,
            "kind": "question",
            "message": "Benchmark: waar is een koffieochtend in de buurt?",
            "kern": "",
            # Realistic: residents leave an address, so the POST sends mail.
            "name": "Bea Voorbeeld",
            "email": "bea.voorbeeld@example.nl",
            "privacy_consent": "on",
            "step": "send",
            "submission_token": "BENCHTOKEN",
        }
    )


def public_paths(base: str) -> dict[str, str]:
    """An organisation, an offer and a campaign programme of the real data."""
    kaart = urllib.request.urlopen(base + "/sociale-kaart/").read().decode()  # noqa: S310
    campaigns = urllib.request.urlopen(base + "/activiteiten/").read().decode()  # noqa: S310
    return {
        "organisation": re.search(
            r'href="(/sociale-kaart/(?!aanbod/|bewaarlijst/)[a-z0-9-]+/)"', kaart
        ).group(1),
        "offer": re.search(r'href="(/sociale-kaart/aanbod/[a-z0-9-]+/)"', kaart).group(
            1
        ),
        "programme": re.search(
            r'href="(/activiteiten/(?!activiteit/)[a-z0-9-]+/)"', campaigns
        ).group(1),
    }


def static_headers(base: str) -> str:
    """Whitenoise's answer for the site stylesheet, by its hashed name."""
    html = urllib.request.urlopen(base + "/").read().decode()  # noqa: S310
    path = re.search(r'href="(/static/lansingerland/site\.[0-9a-f]+\.css)"', html)
    if not path:
        return "site.css is not served under a hashed (manifest) name"
    request = urllib.request.Request(  # noqa: S310
        base + path.group(1), method="HEAD", headers={"Accept-Encoding": "br, gzip"}
    )
    with urllib.request.urlopen(request) as response:  # noqa: S310
        wanted = ("Content-Encoding", "Cache-Control", "Content-Length", "Vary")
        lines = [f"HEAD {path.group(1)} -> {response.status}"]
        lines += [f"  {name}: {response.headers.get(name)}" for name in wanted]
    return "\n".join(lines)


def main() -> int:
    args = parse_args()
    if not shutil.which("wrk"):
        print("wrk not found: apt-get install wrk", file=sys.stderr)
        return 2
    env, db = bench_environment(args.port)
    base = f"http://{HOST}:{args.port}"
    mailbox: list = []
    smtp_port = free_port()
    smtp = smtp_sink(mailbox, smtp_port)
    env["EMAIL_URL"] = f"smtp://{HOST}:{smtp_port}"
    print(f"==> database {db['name']} (from {db['template']})")
    create_database(db)
    gunicorn = courier = None
    try:
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "load_real_data")
        manage(env, "collectstatic", "--noinput", "-v0")
        # A realistic size (1×): the real data plus invented offers.
        manage(
            env, "seed_sociale_kaart_benchmark", "--allow-this-database", "--scale", "1"
        )
        gunicorn = start_gunicorn(env, args.port, args.workers)
        # The POST only queues its mail; delivery runs beside gunicorn, as
        # production's scheduled send_queued_mail does, on the same 2 cores.
        courier = subprocess.Popen(  # noqa: S603
            [sys.executable, "manage.py", "deliver_mail", "--every", "1"],
            cwd=BASE_DIR,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,  # post_office logs every run at INFO
        )
        paths = public_paths(base)
        body, cookie = csrf_form(base)
        targets = [
            ("home /", "/", ""),
            ("sociale kaart list", "/sociale-kaart/", ""),
            ("organisation page", paths["organisation"], ""),
            ("offer page", paths["offer"], ""),
            ("search koffie ochtend", "/sociale-kaart/?q=koffie+ochtend", ""),
            ("programme", paths["programme"], ""),
            ("GeoJSON", "/sociale-kaart/kaart.geojson", ""),
            ("meldpunt POST + mail", "/meldpunt/", body),
        ]
        print(
            f"==> gunicorn {args.workers} workers on {base}; wrk {args.connections} "
            f"connections, {args.duration} s per run after 2 s warm-up; the "
            "baseline runs right before each target"
        )
        print(
            f"{'target':<24}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}"
            f"{'bad':>6}{'base req/s':>12}{'req/s ÷ base':>14}{'p50 × base':>12}"
        )
        for name, path, post in targets:
            base_rps, base_p50, *_ = measure(base + "/_baseline", args, "", cookie)
            rps, p50, p95, bad, errors = measure(base + path, args, post, cookie)
            print(
                f"{name:<24}{rps:>9.0f}{p50:>9.1f}{p95:>9.1f}{bad + errors:>6}"
                f"{base_rps:>12.0f}{rps / base_rps:>14.2f}{p50 / base_p50:>12.1f}"
            )
        time.sleep(3)  # the last queued mails' delivery run
        print(
            f"==> mails received by the local SMTP server: {len(mailbox)} "
            f"(still queued: {count_queued_mail(db)})"
        )
        if args.scale:
            scales = [float(n) for n in args.scale.split(",")]
            pages = {
                "home": "/",
                "list": "/sociale-kaart/",
                "search koffie ochtend": "/sociale-kaart/?q=koffie+ochtend",
                "list filters": "/sociale-kaart/?gratis=on&kern=bleiswijk&dag=2",
                "organisation": paths["organisation"],
                "offer": paths["offer"],
                "GeoJSON": "/sociale-kaart/kaart.geojson",
                "programme": paths["programme"],
            }

            def seed(scale: float) -> None:
                manage(
                    env,
                    "seed_sociale_kaart_benchmark",
                    "--allow-this-database",
                    "--scale",
                    str(scale),
                )

            print("==> growth with the data (app time from Server-Timing)")
            for line in growth_table(base, scales, pages, seed):
                print(line)
        print(f"==> meldpunt reports stored by the POST runs: {count_reports(db)}")
        print("==> static files")
        print(static_headers(base))
    finally:
        for process in (courier, gunicorn):
            if process:
                process.terminate()
                process.wait(timeout=30)
        smtp.stop()
        if not args.keep_db:
            drop_database(db)
    return 0


if __name__ == "__main__":
    sys.exit(main())
