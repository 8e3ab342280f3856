#!/usr/bin/env bash
# Creates the portal's database role, its database and the template database
# the tests copy, each with the PostGIS extension. Safe to re-run.
#
# The role gets CREATEDB (the test runner makes its own database) but no
# superuser rights: extensions are created here, by the postgres superuser.
set -euo pipefail

DB_NAME=${DB_NAME:-samenaanzet}
DB_USER=${DB_USER:-samenaanzet}
DB_PASSWORD=${DB_PASSWORD:-samenaanzet}
TEMPLATE_DB=${TEMPLATE_DB:-${DB_NAME}_template}

# Talk to PostgreSQL as its superuser: over the local socket as the postgres
# system user (Debian's peer authentication), else over TCP (trust setups).
if [ "$(id -u)" -eq 0 ] && id postgres >/dev/null 2>&1; then
  psql_admin() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qAt "$@"; }
elif command -v sudo >/dev/null 2>&1 && id postgres >/dev/null 2>&1; then
  psql_admin() { sudo -u postgres psql -v ON_ERROR_STOP=1 -qAt "$@"; }
else
  psql_admin() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
fi

if [ "$(psql_admin -d postgres -c "SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER'")" != "1" ]; then
  echo "==> Creating database role $DB_USER"
  psql_admin -d postgres -c "CREATE ROLE \"$DB_USER\" LOGIN CREATEDB PASSWORD '$DB_PASSWORD'"
fi

for db in "$DB_NAME" "$TEMPLATE_DB"; do
  if [ "$(psql_admin -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" != "1" ]; then
    echo "==> Creating database $db"
    psql_admin -d postgres -c "CREATE DATABASE \"$db\" OWNER \"$DB_USER\" ENCODING 'UTF8' TEMPLATE template0"
  fi
  psql_admin -d "$db" -c "CREATE EXTENSION IF NOT EXISTS postgis"
done
