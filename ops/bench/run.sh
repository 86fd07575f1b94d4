#!/usr/bin/env bash
# Runs a benchmark in Release and prints its JSON figures: ops/bench/run.sh udi [seconds-per-round]
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=${1:-udi}
shift || true
dotnet build ops/bench/MedDevice.Hub.Bench -c Release -nologo -clp:ErrorsOnly >&2
exec dotnet ops/bench/MedDevice.Hub.Bench/bin/Release/net10.0/MedDevice.Hub.Bench.dll "$mode" "$@"
