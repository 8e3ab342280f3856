"""Load tools for ``run.py``: ``wrk`` runs and a local SMTP server."""

import os
import secrets
import shutil
import socket
import subprocess
import tempfile

HOST = "127.0.0.1"  # never anything but loopback

# wrk hooks: one machine-readable line; latencies in microseconds. wrk itself
# counts only status >= 400 as errors, so non-2xx/3xx are counted here.
WRK_LUA = r"""
local threads = {}
function setup(thread)
  table.insert(threads, thread)
  thread:set("tid", #threads)
end
function init(args)
  bad = 0
  sent = 0
  wrk.headers["Accept-Encoding"] = "gzip"
  if os.getenv("BENCH_BODY") then
    wrk.method = "POST"
    wrk.body = os.getenv("BENCH_BODY")
    wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
    wrk.headers["Cookie"] = os.getenv("BENCH_COOKIE")
    run = os.getenv("BENCH_RUN")
  end
end
function request()
  if not run then return wrk.format() end
  -- a fresh submission token per POST, so every request stores a report
  sent = sent + 1
  local body = wrk.body:gsub("BENCHTOKEN", run .. "-" .. tid .. "-" .. sent)
  return wrk.format(nil, nil, nil, body)
end
function response(status, headers, body)
  if status >= 400 or status < 200 then bad = bad + 1 end
end
function done(s, lat, req)
  local n = 0
  for _, t in ipairs(threads) do n = n + t:get("bad") end
  io.write(string.format("RESULT %d %d %d %d %d %d\n", s.requests, s.duration,
    lat:percentile(50), lat:percentile(95), n,
    s.errors.connect + s.errors.read + s.errors.write + s.errors.timeout))
end
"""


def wrk(url: str, seconds: int, connections: int, body: str = "", cookie: str = ""):
    """(requests/s, p50 ms, p95 ms, bad responses, socket errors) of one wrk run."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_LUA)
    env = dict(
        os.environ, BENCH_BODY=body, BENCH_COOKIE=cookie, BENCH_RUN=secrets.token_hex(6)
    )
    if not body:
        env.pop("BENCH_BODY")
    try:
        output = subprocess.run(  # noqa: S603
            [
                shutil.which("wrk") or "/usr/bin/wrk",
                f"-t{min(2, connections)}",
                f"-c{connections}",
                f"-d{seconds}s",
                "--timeout",
                "10s",
                "-s",
                script.name,
                url,
            ],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        os.unlink(script.name)
    line = next(row for row in output.splitlines() if row.startswith("RESULT"))
    requests, duration_us, p50, p95, bad, errors = map(int, line.split()[1:])
    return requests / (duration_us / 1e6), p50 / 1000, p95 / 1000, bad, errors


def measure(url: str, args, body: str, cookie: str):
    """wrk after a 2 s warm-up: see ``wrk``."""
    wrk(url, 2, args.connections, body, cookie)
    return wrk(url, args.duration, args.connections, body, cookie)


class _Sink:
    """Accepts every message (aiosmtpd handler) and keeps it in ``mailbox``."""

    def __init__(self, mailbox: list):
        self.mailbox = mailbox

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        self.mailbox.append(envelope.content)
        return "250 OK"


def free_port() -> int:
    """A loopback port nobody listens on now."""
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def smtp_sink(mailbox: list, port: int):
    """A real SMTP server on loopback (aiosmtpd) that keeps what it receives, so
    the meldpunt's mail goes over SMTP as in production; ``.stop()`` ends it."""
    from aiosmtpd.controller import Controller

    controller = Controller(_Sink(mailbox), hostname=HOST, port=port)
    controller.start()
    return controller
