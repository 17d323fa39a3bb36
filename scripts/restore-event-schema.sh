#!/usr/bin/env bash
# Restores schema `event` from a dump of backup-event-schema.sh, replacing what is there, in one
# transaction: on any error nothing changes. Stop backend-event first (docker compose stop
# backend-event); on start it applies the migrations newer than the dump.
#
#   scripts/restore-event-schema.sh FILE
#
# Connection: PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE (the database to restore into).
# PG_RESTORE replaces the command, e.g. inside the postgres container:
#   PG_RESTORE="docker exec -i aquastream-postgres pg_restore -U aquastream -d aquastream" \
#     scripts/restore-event-schema.sh backups/event_20240115_020000.dump
set -euo pipefail

file="${1:?usage: $0 FILE}"
[ -r "$file" ] || { echo "Cannot read $file" >&2; exit 2; }
read -r -a restore <<<"${PG_RESTORE:-pg_restore --dbname=${PGDATABASE:?set PGDATABASE}}"

"${restore[@]}" --clean --if-exists --no-owner --no-privileges --exit-on-error --single-transaction <"$file"
echo "Restored schema event from $file"
