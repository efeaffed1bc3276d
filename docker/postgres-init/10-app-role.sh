#!/bin/sh
# Run by the postgres image once, when its data volume is created (/docker-entrypoint-initdb.d):
# the login role the API connects as. It owns nothing; the API, migrating as POSTGRES_USER, grants it
# what it may do on every table (apps/api/src/core/database/app-role.ts), never UPDATE, DELETE or
# TRUNCATE on the audit trail.
set -eu
: "${APP_DB_USER:?set APP_DB_USER}" "${APP_DB_PASSWORD:?set APP_DB_PASSWORD}"
psql -v ON_ERROR_STOP=1 --no-psqlrc --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v app_user="$APP_DB_USER" -v app_password="$APP_DB_PASSWORD" <<'SQL'
CREATE ROLE :"app_user" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'app_password';
SQL
