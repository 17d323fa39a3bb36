#!/usr/bin/env bash
# Dumps schema `event` (every table, Flyway's history included) in pg_dump's custom format, with
# the pg_trgm extension its search indexes use, so the dump restores into an empty database.
#
#   scripts/backup-event-schema.sh [FILE]          default FILE: backups/event_<UTC time>.dump
#
# Connection: the libpq variables PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE.
# PG_DUMP replaces the command, e.g. run the server's own pg_dump inside its container:
#   PG_DUMP="docker exec -i aquastream-postgres pg_dump -U aquastream -d aquastream" \
#     scripts/backup-event-schema.sh
# pg_dump refuses a server of a newer major version than its own: use the server's (as above).
set -euo pipefail

file="${1:-backups/event_$(date -u +%Y%m%d_%H%M%S).dump}"
mkdir -p "$(dirname "$file")"
read -r -a dump <<<"${PG_DUMP:-pg_dump}"

# Written next to the target first, so an interrupted dump never looks like a good one.
"${dump[@]}" --schema=event --extension=pg_trgm --format=custom --compress=9 --no-owner --no-privileges >"$file.partial"
mv "$file.partial" "$file"
echo "$file"
