#!/usr/bin/env bash
# Starts everything for local use: Azurite (data kept in .azurite/, git-ignored) and the CoopBot self-host on
# http://127.0.0.1:7071 with seeds/ loaded. Ctrl+C stops both.
# Options through the environment: COOPBOT_URL (default http://127.0.0.1:7071), AZURITE_TABLE_PORT (default 10002).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$repo_root"
require dotnet "Install the .NET 10 SDK."

ensure_node_modules

url="${COOPBOT_URL:-http://127.0.0.1:7071}"
table_port="${AZURITE_TABLE_PORT:-10002}"
server_pid=""
cleanup() {
  trap - INT TERM EXIT
  echo
  echo "Stopping…"
  stop_pid "$server_pid"
  stop_pid "${AZURITE_PID:-}"
}
trap cleanup INT TERM EXIT

echo "Building the self-host…"
dotnet build src/CoopBot.Server/CoopBot.Server.csproj -c Release -nologo -v quiet

if port_open "$table_port"; then
  echo "Something already listens on 127.0.0.1:$table_port; using it as the table service."
else
  mkdir -p .azurite
  AZURITE_LOG=".azurite/azurite.log"
  start_azurite "$table_port" --location .azurite
  echo "Azurite tables on 127.0.0.1:$table_port (PID $AZURITE_PID, data in .azurite/)"
fi

export AzureWebJobsStorage="$(azurite_connection_string "$table_port")"
export SeedsPath="${SeedsPath:-$repo_root/seeds}"
dotnet src/CoopBot.Server/bin/Release/net10.0/CoopBot.Server.dll --urls "$url" &
server_pid=$!
echo "CoopBot self-host on $url (PID $server_pid); seeds from $SeedsPath. Press Ctrl+C to stop."
wait "$server_pid"
