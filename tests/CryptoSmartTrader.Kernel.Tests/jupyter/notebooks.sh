#!/usr/bin/env bash
# Runs the notebooks through Jupyter's own machinery (test.sh calls this after the headless run):
#   1. nbclient on the project's kernel cst-csharp, quick parameters, every notebook must pass and stay under 3 MB executed;
#   2. the browser test: Jupyter Notebook 6 on 127.0.0.1 with a token, chromium via Playwright runs 01-data-exploration and
#      must find the plotly chart drawn and no error output (screenshot kept);
#   3. nbclient on the .NET Interactive kernel (tool from .config/dotnet-tools.json), recorded only: which notebooks run there.
# Usage: notebooks.sh OUT_DIR   (absolute or relative to the repository root). Exit code 1 when step 1 or 2 fails.
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
cd "$ROOT"
OUT="$(mkdir -p "$1" && cd "$1" && pwd)"
CST="$ROOT/src/CryptoSmartTrader.Cli/bin/Release/net10.0/cst.dll"
log() { printf '[notebooks] %s\n' "$*" >&2; }

prefix="$(mktemp -d)"
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$prefix"
}
trap cleanup EXIT
dotnet "$CST" kernel install --prefix "$prefix" >&2 || exit 1
export JUPYTER_PATH="$prefix/share/jupyter"
export JUPYTER_DATA_DIR="$prefix/data" JUPYTER_CONFIG_DIR="$prefix/config" JUPYTER_RUNTIME_DIR="$prefix/runtime"
status=0

# 1. nbclient on cst-csharp, each run in its own store and model folder (03 stores the candidate 05 promotes, so in order).
rm -rf "$OUT/cst-csharp" && mkdir -p "$OUT/cst-csharp"
log "nbclient on cst-csharp -> $OUT/cst-csharp"
CST_DB="$OUT/cst-csharp/cst.db" CST_MODELS="$OUT/cst-csharp/models" \
  /usr/bin/python3 "$HERE/run_notebooks.py" --kernel cst-csharp --out "$OUT/cst-csharp" --param quick=true --max-mb 3 \
  notebooks/*.ipynb || status=1

# 2. Browser test. The notebook copy lives under the repository so the session finds the datasets as from notebooks/.
browser_dir="$OUT/browser"
rm -rf "$browser_dir" && mkdir -p "$browser_dir/nb"
/usr/bin/python3 "$HERE/prepare_notebook.py" notebooks/01-data-exploration.ipynb "$browser_dir/nb/01-data-exploration.ipynb" quick=true
port="$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
token="$(/usr/bin/python3 -c 'import secrets; print(secrets.token_hex(24))')"
log "browser test: Jupyter Notebook on 127.0.0.1:$port"
CST_DB="$browser_dir/cst.db" CST_MODELS="$browser_dir/models" \
  jupyter notebook --no-browser --allow-root --ip=127.0.0.1 --port="$port" --port-retries=0 \
  --NotebookApp.token="$token" --notebook-dir="$browser_dir/nb" >"$browser_dir/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/api/status?token=$token" >/dev/null 2>&1 && break
  sleep 1
done
if node "$HERE/../browser/notebook_browser_test.mjs" "http://127.0.0.1:$port/notebooks/01-data-exploration.ipynb?token=$token" \
  "$browser_dir/01-data-exploration.png"; then :; else
  status=1
  tail -30 "$browser_dir/server.log" >&2
fi
kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null; server_pid=""

exit $status
