#!/usr/bin/env bash
# Builds the libtorch shim (src/CryptoSmartTrader.Models.Torch/native) into native/build/libcst_torch.so.
# Skipped, with a message, when no libtorch is found: the torch-backed models then report themselves unavailable.
# Another libtorch (e.g. a CUDA PyTorch) is used when CST_TORCH_PREFIX (or CMAKE_PREFIX_PATH) points at its CMake
# config, e.g. CST_TORCH_PREFIX="$(python3 -c 'import torch;print(torch.utils.cmake_prefix_path)')".
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SRC="$ROOT/src/CryptoSmartTrader.Models.Torch/native"
BUILD="${CST_TORCH_BUILD_DIR:-$SRC/build}"
log() { printf '[torch-shim] %s\n' "$*" >&2; }

prefix="${CST_TORCH_PREFIX:-${CMAKE_PREFIX_PATH:-}}"
if [ -z "$prefix" ] && [ ! -f /usr/lib/x86_64-linux-gnu/cmake/Torch/TorchConfig.cmake ] \
   && ! ls /usr/lib/*/cmake/Torch/TorchConfig.cmake /usr/share/cmake/Torch/TorchConfig.cmake >/dev/null 2>&1; then
  log "libtorch not found (apt-get install libtorch-dev, or set CST_TORCH_PREFIX); skipping the shim — deep models will report 'unavailable'"
  exit 0
fi
if ! command -v cmake >/dev/null 2>&1 || ! command -v c++ >/dev/null 2>&1; then
  log "cmake or a C++ compiler is missing (apt-get install cmake g++); skipping the shim — deep models will report 'unavailable'"
  exit 0
fi

lib="$BUILD/libcst_torch.so"
if [ -f "$lib" ] && [ "$lib" -nt "$SRC/cst_torch.cpp" ] && [ "$lib" -nt "$SRC/cst_torch.h" ] && [ "$lib" -nt "$SRC/CMakeLists.txt" ]; then
  log "up to date: $lib"
  exit 0
fi
log "building $lib (one translation unit; takes a few minutes on a small machine)"
args=(-S "$SRC" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release)
[ -n "$prefix" ] && args+=("-DCMAKE_PREFIX_PATH=$prefix")
cmake "${args[@]}" >&2
cmake --build "$BUILD" -- -j"${CST_TORCH_JOBS:-2}" >&2
log "built $lib"
