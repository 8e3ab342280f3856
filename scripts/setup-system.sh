#!/usr/bin/env bash
# Installs the system packages the portal needs (Debian/Ubuntu) and makes sure
# PostgreSQL runs. Safe to re-run: installs only what is missing.
# Runs as root, or through sudo when it is available.
set -euo pipefail

if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi

missing=()
need() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed" || missing+=("$1"); }

# GeoDjango needs only the shared libraries (never `pip install gdal`).
need libgdal32; need libgeos-c1v5; need libproj25
# gettext compiles the Dutch translations; chromium + chromium-driver run the browser tests.
need gettext; need chromium; need chromium-driver
# Debian's own python3 needs python3-venv to create .venv.
if ! python3 -c "import ensurepip, venv" >/dev/null 2>&1; then need python3-venv; fi
# npm installs axe-core for the accessibility tests (package-lock.json).
if ! command -v npm >/dev/null 2>&1; then
  need nodejs; need npm
fi
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  need postgresql
fi

pg_version() { ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -n 1; }
if [ -n "$(pg_version)" ]; then need "postgresql-$(pg_version)-postgis-3"; fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "==> Installing system packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
  # PostgreSQL itself may just have been installed: add PostGIS for its version.
  v=$(pg_version)
  if [ -n "$v" ] && ! dpkg-query -W -f='${Status}' "postgresql-$v-postgis-3" 2>/dev/null | grep -q "install ok installed"; then
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "postgresql-$v-postgis-3"
  fi
fi

if ! pg_isready -q -h 127.0.0.1 -p "${PGPORT:-5432}"; then
  v=$(pg_version)
  cluster=$(ls "/etc/postgresql/$v" 2>/dev/null | head -n 1)
  echo "==> Starting PostgreSQL $v ($cluster)"
  $SUDO pg_ctlcluster --skip-systemctl-redirect "$v" "${cluster:-main}" start || $SUDO pg_ctlcluster "$v" "${cluster:-main}" start
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p "${PGPORT:-5432}" && break; sleep 1; done
  pg_isready -h 127.0.0.1 -p "${PGPORT:-5432}"
fi
