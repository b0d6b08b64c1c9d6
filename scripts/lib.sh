# Shared by scripts/start.sh and scripts/test.sh: Node dependencies and the Azurite table service.
# Sourced, not run.

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

require() {
  command -v "$1" >/dev/null 2>&1 || { echo "error: '$1' is not on PATH. $2" >&2; exit 1; }
}

# Installs Azurite from package-lock.json when node_modules is missing or older than the lock file.
ensure_node_modules() {
  require node "Install Node.js 20 or later."
  require npm "Install Node.js 20 or later (it brings npm)."
  local marker="$repo_root/node_modules/.package-lock.json"
  if [[ ! -f "$marker" || "$repo_root/package-lock.json" -nt "$marker" ]]; then
    echo "Installing Azurite (npm ci)…"
    (cd "$repo_root" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# Prints a free TCP port on the loopback interface.
free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();});'
}

# True when something accepts connections on 127.0.0.1:$1.
port_open() {
  node -e 'const c=require("net").connect(+process.argv[1],"127.0.0.1");c.on("connect",()=>process.exit(0));c.on("error",()=>process.exit(1));' "$1"
}

# Starts the Azurite table service in the background: start_azurite PORT [extra azurite options…].
# Sets AZURITE_PID; waits until the port accepts connections.
start_azurite() {
  local port="$1"; shift
  "$repo_root/node_modules/.bin/azurite-table" --tableHost 127.0.0.1 --tablePort "$port" --skipApiVersionCheck "$@" \
    >"${AZURITE_LOG:-/dev/null}" 2>&1 &
  AZURITE_PID=$!
  for _ in $(seq 1 150); do
    if port_open "$port"; then return 0; fi
    if ! kill -0 "$AZURITE_PID" 2>/dev/null; then
      echo "error: Azurite exited before listening on port $port (log: ${AZURITE_LOG:-none})." >&2; return 1
    fi
    sleep 0.2
  done
  echo "error: Azurite did not listen on port $port within 30 s." >&2
  return 1
}

# Stops a process by PID: SIGTERM, up to 5 s grace, then SIGKILL.
stop_pid() {
  local pid="$1"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
}

azurite_connection_string() {
  echo "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:$1/devstoreaccount1;"
}
