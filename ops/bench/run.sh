#!/usr/bin/env bash
# Runs a benchmark in Release and prints its JSON result on stdout (build and hub logs go to stderr).
#   ops/bench/run.sh e2e [--db sqlite|postgres] [--duration S] [--rate R] [--producers N] [--devices N] [--pg "<conn>"]
#   ops/bench/run.sh udi [options]
#   ops/bench/run.sh import [--db sqlite|postgres] [--count N] [--format ndjson|csv] [--batch-size B] [--floor on|off] [--pg "<conn>"]
#   ops/bench/run.sh fhir [--db sqlite|postgres] [--count N] [--duration S] [--concurrency C] [--pg "<conn>"]
# e2e and import with --db postgres and neither --pg nor MEDDEVICE_BENCH_POSTGRES starts a private PostgreSQL cluster with
# fsync and synchronous_commit ON (honest numbers), and always stops it on exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

mode=${1:-}
case "$mode" in
  e2e|udi|import|fhir) shift ;;
  customs) shift ;;  # ops/bench/run.sh customs [--db sqlite|postgres] [--rate R] [--duration S] [--lines N] [--concurrency C] [--pg "<conn>"]
  *) echo "usage: ops/bench/run.sh e2e [--db sqlite|postgres] [--duration S] [--rate R] | udi [options] | import [--db sqlite|postgres] [--count N] | fhir [--db sqlite|postgres] [--count N] [--duration S] [--concurrency C]" >&2; exit 2 ;;
esac

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
dotnet build ops/bench/MedDevice.Hub.Bench/MedDevice.Hub.Bench.csproj -c Release -warnaserror -nologo -clp:ErrorsOnly >&2

db=sqlite; has_pg=0
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[$i]}" in
    --db) db=${args[$((i + 1))]:-} ;;
    --pg) has_pg=1 ;;
  esac
done

if { [ "$mode" = e2e ] || [ "$mode" = import ] || [ "$mode" = fhir ] || [ "$mode" = customs ]; } && [ "$db" = postgres ] && [ "$has_pg" = 0 ] && [ -z "${MEDDEVICE_BENCH_POSTGRES:-}" ]; then
  # shellcheck source=ops/scripts/postgres.sh
  source "$root/ops/scripts/postgres.sh"
  pg_install_if_absent
  PG_FSYNC=on PG_SYNC_COMMIT=on pg_start_private_cluster
  trap pg_stop_private_cluster EXIT
  export MEDDEVICE_BENCH_POSTGRES="$PG_CONNECTION_STRING"
  echo "run.sh: PostgreSQL $(pg_version) on 127.0.0.1:$PG_PORT (fsync=on, synchronous_commit=on)" >&2
fi

dotnet "$root/ops/bench/MedDevice.Hub.Bench/bin/Release/net10.0/MedDevice.Hub.Bench.dll" "$mode" "$@"
