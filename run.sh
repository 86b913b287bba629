#!/usr/bin/env bash
# Bootstraps a fresh machine, builds, and starts the main job: the bot in paper mode on the embedded default store.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

bash .devcontainer/bootstrap.sh
dotnet build bot/CryptoSmartTrader.Bot/CryptoSmartTrader.Bot.csproj -c Release --no-restore --nologo -v q
exec dotnet bot/CryptoSmartTrader.Bot/bin/Release/net10.0/CryptoSmartTrader.Bot.dll --mode paper "$@"
