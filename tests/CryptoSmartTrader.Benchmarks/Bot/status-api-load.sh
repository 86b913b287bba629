#!/usr/bin/env bash
# Status API throughput while the bot trades: starts the bot in Replay mode (in-memory job store, private SQLite store,
# the real Binance 1h files of the shared datasets replayed at SPEED bars/s), then hits each endpoint with wrk for
# DURATION on loopback. Prints req/s, latency, the bot's fills before/after (proof it traded meanwhile) and the load.
# Usage: tests/CryptoSmartTrader.Benchmarks/Bot/status-api-load.sh   (env: ART, PORT, DURATION, THREADS, CONNECTIONS, SPEED, DATASETS)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
ART="${ART:-/tmp/art-status-load}"
PORT="${PORT:-5199}"
DURATION="${DURATION:-10s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-64}"
SPEED="${SPEED:-50}"
DATASETS="${DATASETS:-$ROOT/../shared/datasets}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk (listed in .devcontainer/apt-packages.txt)" >&2; exit 2; }

dotnet build "$ROOT/bot/CryptoSmartTrader.Bot/CryptoSmartTrader.Bot.csproj" -c Release --nologo -v q --artifacts-path "$ART" >/dev/null
DLL="$(find "$ART/bin/CryptoSmartTrader.Bot" -name CryptoSmartTrader.Bot.dll -path '*release*' | head -1)"
WORK="$(mktemp -d /tmp/cst-status-load.XXXXXX)"
# The 14 hourly series that run to 2025-05 (ATOM, MATIC, ETC stop in 2022-10): replaying the last bars of all 17 would
# start with those three alone, and their correlation trips the kill switch, so the bot would stop sending orders.
SYMBOLS='"BTC/USDT","ETH/USDT","BNB/USDT","SOL/USDT","XRP/USDT","ADA/USDT","DOGE/USDT","TRX/USDT","LINK/USDT","LTC/USDT","AVAX/USDT","BCH/USDT","XTZ/USDT","NEO/USDT"'
echo "{\"exchange\":\"binance\",\"timeframe\":\"1h\",\"symbols\":[$SYMBOLS],\"initialCash\":1000000}" > "$WORK/strategy.json"

dotnet "$DLL" --mode Replay --port "$PORT" --job-store memory --db "$WORK/cst.db" --datasets "$DATASETS" --strategy "$WORK/strategy.json" \
  --speed "$SPEED" --Bot:Engine:ReplayLastBars 3000 --Logging:LogLevel:Default Warning >"$WORK/bot.log" 2>&1 &
BOT=$!
trap 'kill $BOT 2>/dev/null || true; wait $BOT 2>/dev/null || true' EXIT
BASE="http://127.0.0.1:$PORT"
fills() {
  local steps; steps=$(curl -sf "$BASE/api/equity" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
  curl -sf "$BASE/api/overview" | python3 -c 'import json,sys; o=json.load(sys.stdin); print("orders", o["orders"], "fills", o["fills"], "state", o["tradingState"], end="")'
  echo ", bar closes $steps"
}
# Wait until the replay is trading (equity points appear), not merely until the port answers.
for _ in $(seq 1 600); do
  n=$(curl -sf "$BASE/api/equity" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))' 2>/dev/null || echo 0)
  [ "$n" -gt 5 ] && break; sleep 0.5
done
echo "machine: $(nproc) cores, $(uptime)"
for path in ${PATHS:-/api/overview /health /api/predictions}; do
  before=$(fills)
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE$path"
  echo "bot before: $before; after: $(fills); $(uptime)"
done
grep -i "notice\|fail\|error" "$WORK/bot.log" | head -5 || true
