#!/usr/bin/python3
# Independent reference for CrossSectionalStudy: mean rank IC of plain 7d momentum against 24h forward returns on the
# 17 Binance hourly pairs, test year 2024-05-15 .. 2025-05-15, point-in-time membership (first bar + 720-bar warm-up).
# pandas only; the C# test records its output (8737 bars, mean -0.033210868936600024, ICIR -0.09576576427880638).
import pandas as pd, numpy as np, glob, os
S='/work/shared/datasets/candles/binance_spot_1h'
closes={}
for f in sorted(glob.glob(S+'/*-1h.csv.gz')):
    sym=os.path.basename(f).split('_')[0]
    d=pd.read_csv(f)
    d=d[d.timestamp_ms>=pd.Timestamp('2019-01-01',tz='UTC').value//10**6]
    closes[sym]=pd.Series(d.close.values,index=d.timestamp_ms.values+3600_000)
c=pd.DataFrame(closes)
grid=np.arange(c.index.min(),c.index.max()+1,3600_000)
c=c.reindex(grid)
first=c.apply(lambda s: s.first_valid_index())
pos=pd.Series(np.arange(len(c)),index=c.index)
member=pd.DataFrame({s:(c[s].notna() & (pos - pos[first[s]] >= 720)) for s in c.columns})
mom=np.log(c/c.shift(168)).where(member)
fwd=np.log(c.shift(-24)/c).where(member)
t0=pd.Timestamp('2024-05-15',tz='UTC').value//10**6; t1=pd.Timestamp('2025-05-15',tz='UTC').value//10**6
rows=(c.index>=t0)&(c.index+24*3600_000<=t1)
m=mom[rows]; f=fwd[rows]
ric=[]
for t in m.index:
    a=pd.concat([m.loc[t],f.loc[t]],axis=1).dropna()
    if len(a)>=3: ric.append(a.iloc[:,0].rank().corr(a.iloc[:,1].rank()))
ric=np.array(ric); print(len(ric), ric.mean(), ric.mean()/ric.std(ddof=1))
