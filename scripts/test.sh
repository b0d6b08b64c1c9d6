#!/usr/bin/env bash
# Runs every test in the solution. Installs Azurite when needed, starts one in-memory Azurite on a free port for
# the whole run, builds and tests CoopBot.sln (the Functions project included), stops Azurite, and ends with
# the line "N passed, N failed, N skipped" from the TRX results. Extra arguments go to `dotnet test`.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$repo_root"
require dotnet "Install the .NET 10 SDK."

ensure_node_modules

results="$repo_root/TestResults"
rm -rf "$results"
mkdir -p "$results"
AZURITE_LOG="$results/azurite.log"
port="$(free_port)"
trap 'stop_pid "${AZURITE_PID:-}"' EXIT
start_azurite "$port" --inMemoryPersistence
export COOPBOT_TEST_STORAGE="$(azurite_connection_string "$port")"
echo "Azurite (in-memory) on 127.0.0.1:$port, PID $AZURITE_PID"

status=0
dotnet test CoopBot.sln --logger "trx" --results-directory "$results" "$@" || status=$?

# Sum the counters of every TRX file; a run that produced none counts as a failure.
summary="$(node -e '
  const fs = require("fs"), path = require("path");
  const dir = process.argv[1];
  let passed = 0, failed = 0, skipped = 0, files = 0;
  for (const f of fs.readdirSync(dir).filter(f => f.endsWith(".trx"))) {
    const m = fs.readFileSync(path.join(dir, f), "utf8").match(/<Counters\b[^>]*>/);
    if (!m) continue;
    files++;
    const n = k => +((m[0].match(new RegExp(`\\b${k}="(\\d+)"`)) || [0, 0])[1]);
    passed += n("passed");
    failed += n("failed") + n("error") + n("timeout") + n("aborted");
    skipped += n("notExecuted");
  }
  if (files === 0) failed += 1;
  console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
' "$results")"
echo "$summary"
if [[ "$summary" != *" 0 failed"* && $status -eq 0 ]]; then status=1; fi
exit $status
