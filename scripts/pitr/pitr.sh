#!/usr/bin/env bash
# Continuous archiving and point-in-time recovery of Kindveilig's PostgreSQL with pgBackRest
# (docs/operations.md, "Back-up en herstel"). Run as the cluster's OS user (postgres).
#
#   pitr.sh configure            WAL archiving into the pgBackRest repository (then restart PostgreSQL)
#   pitr.sh stanza               create the stanza in the repository and check archiving works
#   pitr.sh full                 a full backup (schedule it, e.g. weekly; `diff`/`incr` in between)
#   pitr.sh diff | incr          a differential / incremental backup
#   pitr.sh check                force a WAL switch and wait until that segment is archived
#   pitr.sh restore-to-time TS   restore the stopped cluster to moment TS ("2026-12-02 14:30:00+00")
#   pitr.sh info                 backups and WAL range in the repository
#
# pgBackRest reads its own environment: PGBACKREST_CONFIG (default /etc/pgbackrest/pgbackrest.conf)
# and PGBACKREST_STANZA (default here: kindveilig). psql reaches the cluster through the usual
# PGHOST / PGPORT / PGUSER.
set -euo pipefail
stanza="${PGBACKREST_STANZA:-kindveilig}"
config="${PGBACKREST_CONFIG:-/etc/pgbackrest/pgbackrest.conf}"
# On the command line, not in the environment: restore writes these into PostgreSQL's
# restore_command, which runs without our environment.
pgbr() { pgbackrest "--config=$config" "--stanza=$stanza" "$@"; }

case "${1:-}" in
  configure)
    psql -X -v ON_ERROR_STOP=1 -q <<SQL
ALTER SYSTEM SET wal_level = 'replica';
ALTER SYSTEM SET archive_mode = 'on';
ALTER SYSTEM SET archive_command = 'pgbackrest --config=$config --stanza=$stanza archive-push %p';
ALTER SYSTEM SET max_wal_senders = 3;
SQL
    echo "WAL-archivering ingesteld voor stanza $stanza; herstart PostgreSQL en voer daarna '$0 stanza' uit."
    ;;
  stanza)
    pgbr stanza-create
    pgbr check
    ;;
  full | diff | incr)
    pgbr --type="$1" backup
    pgbr info
    ;;
  check)
    pgbr check
    ;;
  restore-to-time)
    target="${2:?geef het tijdstip, bijv. \"2026-12-02 14:30:00+00\"}"
    # pgBackRest refuses while PostgreSQL runs (postmaster.pid); --delta reuses unchanged files.
    pgbr --delta --type=time "--target=$target" --target-action=promote restore
    echo "Hersteld tot $target. Start PostgreSQL: het speelt de WAL af tot dat moment en gaat dan verder als primary."
    ;;
  info)
    pgbr info
    ;;
  *)
    sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
