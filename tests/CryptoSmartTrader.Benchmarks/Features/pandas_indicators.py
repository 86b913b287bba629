#!/usr/bin/env python3
"""pandas/numpy side of `indicators-vs-pandas`: reads float64 columns written by the C# runner, times SMA(20),
EMA(20), Wilder RSI(14), Wilder ATR(14) and Bollinger(20, 2) (best of 3, process CPU time) and prints {name: [seconds, last value]} as JSON.
pandas' ewm(adjust=False) starts from the first value instead of an SMA seed; after millions of bars the seed is
forgotten, so the last values must agree with the C# ones."""
import json, sys, time
import numpy as np
import pandas as pd

d = sys.argv[1]
h, l, c = (pd.Series(np.fromfile(f"{d}/{n}.f64", dtype=np.float64)) for n in ("high", "low", "close"))

def sma(): return c.rolling(20).mean()
def ema(): return c.ewm(span=20, adjust=False).mean()
def rsi():
    delta = c.diff()
    gain = delta.clip(lower=0).ewm(alpha=1 / 14, adjust=False).mean()
    loss = (-delta).clip(lower=0).ewm(alpha=1 / 14, adjust=False).mean()
    return 100 * gain / (gain + loss)
def atr():
    prev = c.shift(1)
    tr = np.maximum(h - l, np.maximum((h - prev).abs(), (l - prev).abs()))
    return tr.ewm(alpha=1 / 14, adjust=False).mean()
def bollinger():
    mid = c.rolling(20).mean(); sd = c.rolling(20).std(ddof=0)
    upper, lower = mid + 2 * sd, mid - 2 * sd
    pctb = (c - lower) / (upper - lower); width = (upper - lower) / mid
    return upper

out = {}
for name, fn in (("sma_20", sma), ("ema_20", ema), ("rsi_14", rsi), ("atr_14", atr), ("bb_20_2", bollinger)):
    best = float("inf")
    for _ in range(3):
        t = time.process_time(); r = fn(); best = min(best, time.process_time() - t)
    out[name] = [best, float(r.iloc[-1])]
print(json.dumps(out))
