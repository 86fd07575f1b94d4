#!/usr/bin/env bash
# Runs every test of the solution. Works on a fresh Debian machine with only the .NET SDK:
# installs PostgreSQL from Debian packages when absent, starts a private throwaway cluster on a free
# loopback port, exports MEDDEVICE_TEST_POSTGRES for the tests, and always stops the cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

# shellcheck source=ops/scripts/postgres.sh
source "$root/ops/scripts/postgres.sh"

pg_install_if_absent
pg_start_private_cluster
trap pg_stop_private_cluster EXIT
export MEDDEVICE_TEST_POSTGRES="$PG_CONNECTION_STRING"
echo "test.sh: PostgreSQL $(pg_version) on 127.0.0.1:$PG_PORT"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
results="$PG_WORKDIR/results"
mkdir -p "$results"

dotnet build MedDevice.Hub.sln -c Release -warnaserror -nologo -clp:ErrorsOnly

status=0
# One test project at a time: the suites start real servers and PostgreSQL databases; running them side by side on
# a 2-core machine only adds contention.
dotnet test MedDevice.Hub.sln -c Release --no-build --nologo -maxcpucount:1 \
  --logger "trx" --results-directory "$results" 2>&1 | tee "$results/console.txt" || status=$?

# One closing line, whatever the runner printed per project.
passed=0; failed=0; skipped=0
while read -r line; do
  f=$(sed -nE 's/.*Failed: *([0-9]+),.*/\1/p' <<<"$line")
  p=$(sed -nE 's/.*Passed: *([0-9]+),.*/\1/p' <<<"$line")
  s=$(sed -nE 's/.*Skipped: *([0-9]+),.*/\1/p' <<<"$line")
  failed=$((failed + ${f:-0})); passed=$((passed + ${p:-0})); skipped=$((skipped + ${s:-0}))
done < <(grep -E '(Passed|Failed)! +- +Failed:' "$results/console.txt" || true)
if [ "$skipped" -gt 0 ]; then
  echo "test.sh: $skipped tests were skipped; skipped tests are not allowed" >&2
  status=1
fi
if [ "$passed" -eq 0 ]; then
  echo "test.sh: no test ran" >&2
  status=1
fi
echo "$passed passed, $failed failed"
exit "$status"
