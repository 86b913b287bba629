#!/usr/bin/env python3
"""Independent textbook implementations (plain Python, no code shared with the C# library) that produced the reference
constants in ReferenceValues.cs. Input: bars 1000..1079 of ../shared/datasets/candles/binance_spot_1h/BTC_USDT-1h.csv.gz.
Run: python3 tests/CryptoSmartTrader.Features.Tests/Indicators/reference_values.py ../shared/datasets"""
import csv, gzip, math, statistics, sys

root = sys.argv[1] if len(sys.argv) > 1 else "../shared/datasets"
with gzip.open(f"{root}/candles/binance_spot_1h/BTC_USDT-1h.csv.gz", "rt") as f:
    rows = list(csv.reader(f))[1:]
rows = rows[1000:1080]
O = [float(r[1]) for r in rows]; H = [float(r[2]) for r in rows]; L = [float(r[3]) for r in rows]
C = [float(r[4]) for r in rows]; V = [float(r[5]) for r in rows]
n = len(C)
nan = float("nan")

def sma(x, p):
    return [statistics.fmean(x[i - p + 1:i + 1]) if i >= p - 1 else nan for i in range(len(x))]

def ema(x, p, start=0):
    out = [nan] * len(x); a = 2 / (p + 1)
    for i in range(start + p - 1, len(x)):
        out[i] = statistics.fmean(x[start:start + p]) if i == start + p - 1 else a * x[i] + (1 - a) * out[i - 1]
    return out

def wma(x, p):
    w = list(range(1, p + 1))
    return [sum(wi * xi for wi, xi in zip(w, x[i - p + 1:i + 1])) / sum(w) if i >= p - 1 else nan for i in range(len(x))]

def rsi(x, p):
    out = [nan] * len(x); g = l = 0
    for i in range(1, len(x)):
        d = x[i] - x[i - 1]; up, dn = max(d, 0), max(-d, 0)
        if i < p: g += up; l += dn; continue
        if i == p: g = (g + up) / p; l = (l + dn) / p
        else: g = (g * (p - 1) + up) / p; l = (l * (p - 1) + dn) / p
        out[i] = 100 - 100 / (1 + g / l) if l > 0 else (100 if g > 0 else 50)
    return out

def tr(i): return max(H[i] - L[i], abs(H[i] - C[i - 1]), abs(L[i] - C[i - 1]))

def atr(p):
    out = [nan] * n
    for i in range(p, n):
        out[i] = statistics.fmean(tr(j) for j in range(1, p + 1)) if i == p else (out[i - 1] * (p - 1) + tr(i)) / p
    return out

def macd(f=12, s=26, g=9):
    ef, es = ema(C, f), ema(C, s)
    line = [ef[i] - es[i] if i >= s - 1 else nan for i in range(n)]
    sig = ema(line, g, start=s - 1)
    return line, sig, [line[i] - sig[i] for i in range(n)]

def bollinger(p=20, k=2):
    mid, up, lo = [nan] * n, [nan] * n, [nan] * n
    for i in range(p - 1, n):
        w = C[i - p + 1:i + 1]; m = statistics.fmean(w); sd = statistics.pstdev(w)
        mid[i], up[i], lo[i] = m, m + k * sd, m - k * sd
    return mid, up, lo

def stoch(p=14, sk=3, sd=3):
    fast = [nan] * n
    for i in range(p - 1, n):
        hh, ll = max(H[i - p + 1:i + 1]), min(L[i - p + 1:i + 1])
        fast[i] = 100 * (C[i] - ll) / (hh - ll)
    k = [statistics.fmean(fast[i - sk + 1:i + 1]) if i >= p + sk - 2 else nan for i in range(n)]
    d = [statistics.fmean(k[i - sd + 1:i + 1]) if i >= p + sk + sd - 3 else nan for i in range(n)]
    return k, d

def cci(p=20):
    tp = [(H[i] + L[i] + C[i]) / 3 for i in range(n)]; out = [nan] * n
    for i in range(p - 1, n):
        w = tp[i - p + 1:i + 1]; m = statistics.fmean(w); md = statistics.fmean(abs(t - m) for t in w)
        out[i] = (tp[i] - m) / (0.015 * md)
    return out

def willr(p=14):
    return [-100 * (max(H[i - p + 1:i + 1]) - C[i]) / (max(H[i - p + 1:i + 1]) - min(L[i - p + 1:i + 1])) if i >= p - 1 else nan for i in range(n)]

def obv():
    out = [0.0]
    for i in range(1, n):
        out.append(out[-1] + (V[i] if C[i] > C[i - 1] else -V[i] if C[i] < C[i - 1] else 0))
    return out

def mfi(p=14):
    tp = [(H[i] + L[i] + C[i]) / 3 for i in range(n)]; out = [nan] * n
    for i in range(p, n):
        pos = sum(tp[j] * V[j] for j in range(i - p + 1, i + 1) if tp[j] > tp[j - 1])
        neg = sum(tp[j] * V[j] for j in range(i - p + 1, i + 1) if tp[j] < tp[j - 1])
        out[i] = 100 - 100 / (1 + pos / neg)
    return out

def adx(p=14):
    # Wilder's original running sums: S = S - S/p + x, seeded with the plain sum of the first p values.
    out, pdi, mdi = [nan] * n, [nan] * n, [nan] * n
    trs = pdm = mdm = 0.0; dx = [nan] * n
    for i in range(1, n):
        up, dn = H[i] - H[i - 1], L[i - 1] - L[i]
        p_dm = up if up > dn and up > 0 else 0.0; m_dm = dn if dn > up and dn > 0 else 0.0
        if i <= p: trs += tr(i); pdm += p_dm; mdm += m_dm
        else: trs = trs - trs / p + tr(i); pdm = pdm - pdm / p + p_dm; mdm = mdm - mdm / p + m_dm
        if i >= p:
            pdi[i], mdi[i] = 100 * pdm / trs, 100 * mdm / trs
            dx[i] = 100 * abs(pdi[i] - mdi[i]) / (pdi[i] + mdi[i])
        if i == 2 * p - 1: out[i] = statistics.fmean(dx[p:2 * p])
        elif i > 2 * p - 1: out[i] = (out[i - 1] * (p - 1) + dx[i]) / p
    return out, pdi, mdi

series = {
    "Sma20": sma(C, 20), "Ema20": ema(C, 20), "Wma20": wma(C, 20), "Rsi14": rsi(C, 14), "Atr14": atr(14),
    "Cci20": cci(), "WillR14": willr(), "Obv": obv(), "Mfi14": mfi(),
}
series["MacdLine"], series["MacdSignal"], series["MacdHist"] = macd()
series["BbMid"], series["BbUpper"], series["BbLower"] = bollinger()
series["StochK"], series["StochD"] = stoch()
series["Adx14"], series["PlusDi14"], series["MinusDi14"] = adx()

for name, s in series.items():
    first = next(i for i, v in enumerate(s) if not math.isnan(v))
    idx = sorted({first, first + 1, 50, 65, n - 1})
    pairs = ", ".join(f"[{i}] = {s[i]!r}" for i in idx)
    print(f"    public static readonly Dictionary<int, double> {name} = new() {{ {pairs} }};  // first valid index {first}")
