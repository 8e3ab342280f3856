#!/usr/bin/env bash
# make audit: look up known vulnerabilities of the locked production
# dependencies (requirements.lock) with pip-audit. Exit 0: none known;
# 1: vulnerabilities found; 2: NOT audited because the vulnerability service
# could not be reached (never read that as a clean result).
# Extra arguments go to pip-audit, e.g. `make audit AUDIT_ARGS="-s osv"`.
set -uo pipefail
cd "$(dirname "$0")/.."

out=$(mktemp)
trap 'rm -f "$out"' EXIT
.venv/bin/pip-audit --requirement requirements.lock --no-deps --disable-pip \
  --progress-spinner off --strict --desc on "$@" 2>&1 | tee "$out"
status=${PIPESTATUS[0]}
if [ "$status" -ne 0 ] &&
  grep -qE "could not be audited|ConnectionError|Max retries|Could not resolve|Name or service not known|timed out|Temporary failure" "$out"; then
  cat >&2 <<'MSG'

make audit: NOT AUDITED. pip-audit could not reach its vulnerability service
(PyPI's JSON API https://pypi.org/pypi/<name>/<version>/json, or api.osv.dev
with AUDIT_ARGS="-s osv"). This is a network or proxy problem, not a clean
result: run `make audit` on a machine that can reach the service.
MSG
  exit 2
fi
exit "$status"
