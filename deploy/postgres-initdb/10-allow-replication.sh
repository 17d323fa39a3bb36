#!/bin/sh
# Run once by the postgres image when it creates its data directory (compose.yaml mounts this
# folder at /docker-entrypoint-initdb.d). Lets the optional postgres-replica service (profile
# "replica") stream from this server: pg_basebackup and the standby's WAL receiver connect to the
# "replication" pseudo-database, which the image's "host all all all" line does not cover.
# A data directory created before this file existed needs the same line added by hand, then
# SELECT pg_reload_conf(); (docs/scaling.md).
set -eu
echo "host replication ${POSTGRES_USER} all scram-sha-256" >> "$PGDATA/pg_hba.conf"
