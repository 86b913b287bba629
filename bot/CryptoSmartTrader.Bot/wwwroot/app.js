// Status page: every panel reads its own JSON endpoint and refreshes by polling.
const $ = (id) => document.getElementById(id);
const fmt = (v, d = 2) => (typeof v === 'number' ? v.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }) : v ?? '');
const time = (t) => (t ? new Date(t).toISOString().replace('T', ' ').slice(0, 19) + 'Z' : '');

function table(id, columns, rows) {
  const head = '<tr>' + columns.map((c) => `<th>${c[0]}</th>`).join('') + '</tr>';
  const body = rows.length === 0
    ? `<tr><td colspan="${columns.length}">none</td></tr>`
    : rows.map((r) => '<tr>' + columns.map((c) => `<td class="${c[2] || ''}">${c[1](r)}</td>`).join('') + '</tr>').join('');
  $(id).innerHTML = head + body;
}

let chart, series;
function ensureChart() {
  if (chart || typeof LightweightCharts === 'undefined') return;
  chart = LightweightCharts.createChart($('equity-chart'), { layout: { background: { color: '#1a2029' }, textColor: '#e6e6e6' }, height: 260 });
  series = chart.addSeries(LightweightCharts.LineSeries, { color: '#68d391' });
}

// With a token configured every /api call needs it. It comes from the token box, or once from the address (#token=…, never
// sent to the server or logged), and is kept for this tab only.
const fromHash = new URLSearchParams(location.hash.slice(1)).get('token');
if (fromHash) { sessionStorage.setItem('cst-token', fromHash); history.replaceState(null, '', location.pathname); }
$('token').value = sessionStorage.getItem('cst-token') || '';
$('token').addEventListener('change', () => { sessionStorage.setItem('cst-token', $('token').value); refresh().catch((e) => console.warn(e)); });
const auth = () => ($('token').value ? { Authorization: 'Bearer ' + $('token').value } : {});

async function get(path) {
  const r = await fetch(path, { cache: 'no-store', headers: auth() });
  if (r.status === 401) {
    $('updated').textContent = 'API token needed: enter it above (the bot was started with one)';
    throw new Error('401 from ' + path);
  }
  return r.json();
}

async function refresh() {
  const o = await get('/api/overview');
  // Paper or shadow mode without a reachable exchange replays the local dataset: the page says REPLAY first.
  const replaying = o.dataSource === 'REPLAY' && o.mode !== 'REPLAY';
  $('mode').textContent = replaying ? `REPLAY (${o.mode})` : o.mode;
  $('mode').className = 'mode ' + (replaying ? 'REPLAY' : o.mode);
  // Halted or reducing: why, and how trading resumes (an operator's halt waits for the Resume button).
  const why = o.killSwitchReason ? (o.killSwitch ? ` (kill switch: ${o.killSwitchReason})` : ` (${o.killSwitchReason})`) : '';
  const manual = o.killSwitch && !/resume/i.test(o.killSwitchReason || '') ? '; press Resume (or POST /api/resume) to trade again' : '';
  // The halt's code (VenueHold, KillSwitchVolatilityShock, ...) names the cause for anyone searching the logs or docs.
  const code = o.haltCode ? ` [${o.haltCode}]` : '';
  $('trading-state').textContent = o.tradingState + code + why + manual;
  // The ladder's recovery policy; a restrictive level under manual recovery waits for a person.
  const restricted = o.drawdownLevel === 'Danger' || o.drawdownLevel === 'Critical';
  const policy = o.ladderRecovery ? ` (recovery: ${o.ladderRecovery})` : '';
  const release = restricted && o.ladderRecovery === 'manual' ? '; press Release ladder (or POST /api/ladder/release) to trade again' : '';
  $('drawdown-level').textContent = o.drawdownLevel + policy + release;
  $('equity').textContent = fmt(o.equity);
  $('node').textContent = o.node;
  $('updated').textContent = 'updated ' + time(o.now);
  $('notices').innerHTML = o.notices.map((n) => `<div>${n}</div>`).join('');

  const equity = await get('/api/equity');
  ensureChart();
  if (series) series.setData(equity.map((p) => ({ time: Math.floor(new Date(p.time).getTime() / 1000), value: p.equity })));

  table('positions', [['symbol', (r) => r.symbol], ['qty', (r) => fmt(r.quantity, 6), 'num'], ['avg cost', (r) => fmt(r.averageCost), 'num'],
    ['mark', (r) => fmt(r.mark), 'num'], ['unrealised', (r) => fmt(r.unrealizedPnl), 'num']], await get('/api/positions'));
  table('orders', [['id', (r) => r.clientOrderId], ['symbol', (r) => r.symbol], ['side', (r) => r.side], ['type', (r) => r.type],
    ['qty', (r) => fmt(r.quantity, 6), 'num'], ['limit', (r) => fmt(r.limitPrice), 'num'], ['filled', (r) => fmt(r.filled, 6), 'num'], ['status', (r) => r.status]],
    await get('/api/orders'));
  table('predictions', [['symbol', (r) => r.symbol], ['horizon', (r) => r.horizon], ['as of', (r) => time(r.asOf)],
    ['P(up)', (r) => fmt(r.probabilityUp, 3), 'num'], ['confidence', (r) => fmt(r.confidence, 3), 'num'],
    ['gate', (r) => (r.passesGate ? '<span class="pass">pass</span>' : '<span class="fail">below gate</span>')], ['model', (r) => r.model]],
    await get('/api/predictions'));
  table('decisions', [['time', (r) => time(r.time)], ['symbol', (r) => r.symbol], ['action', (r) => r.action], ['reason', (r) => r.reason], ['details', (r) => r.details]],
    await get('/api/decisions'));
  table('data-health', [['symbol', (r) => r.symbol], ['score', (r) => fmt(r.score, 2), 'num'],
    ['tradable', (r) => (r.tradable ? '<span class="pass">yes</span>' : '<span class="fail">no</span>')], ['last close', (r) => time(r.lastClose)],
    ['reasons', (r) => r.reasons.join('; ')]], await get('/api/data-health'));
  // Derivatives coverage of the strategy's symbols: newest stored funding / open interest, gaps; "no derivatives data" when none.
  table('derivatives-health', [['symbol', (r) => r.symbol],
    ['status', (r) => `<span class="${r.status === 'ok' ? 'pass' : 'fail'}">${r.status}</span>`], ['funding to', (r) => time(r.fundingLastKnown)],
    ['open interest to', (r) => time(r.openInterestLastKnown)], ['missing', (r) => fmt(r.missing, 0), 'num'], ['reasons', (r) => r.reasons.join('; ')]],
    await get('/api/derivatives-health'));
  table('jobs', [['job', (r) => r.name], ['last run', (r) => time(r.lastRun)], ['next run', (r) => time(r.nextRun)], ['outcome', (r) => r.outcome],
    ['ms', (r) => fmt(r.lastDurationMs, 0), 'num']], await get('/api/jobs'));
  table('alerts', [['time', (r) => time(r.time)], ['severity', (r) => r.severity], ['kind', (r) => r.kind], ['message', (r) => r.message]],
    await get('/api/alerts'));
  await cluster();
  await parity();
}

// Cluster mode only: which node trades (the lease holder), the lease's age and last renewal, every node's heartbeat.
async function cluster() {
  const c = await get('/api/cluster');
  $('cluster-panel').hidden = !c.enabled;
  if (!c.enabled) return;
  const l = c.lease;
  const lease = l ? `<b class="${l.valid ? 'pass' : 'fail'}">${l.holder}</b> trades (lease '${c.leaseName}', token ${l.token}, held ${fmt(l.ageSeconds, 1)} s, renewed ${fmt(l.renewedSecondsAgo, 1)} s ago, lasts ${c.leaseSeconds} s${l.valid ? '' : ', expired'})`
    : 'no node holds the trading lease';
  $('cluster-summary').innerHTML = `this node: ${c.node} (${c.role}); ${lease}` + (c.stopped ? `<div class="fail">${c.role === 'standby' ? 'lost the lease: ' : ''}${c.stopped}</div>` : '');
  table('cluster-nodes', [['node', (r) => r.node], ['role', (r) => r.role], ['heartbeat', (r) => fmt(r.heartbeatSecondsAgo, 1) + ' s ago', 'num']], c.nodes);
}

// Parity lists every order's prices, so with a token configured it needs the token typed above.
async function parity() {
  const r = await fetch('/api/parity', { cache: 'no-store', headers: $('token').value ? { Authorization: 'Bearer ' + $('token').value } : {} });
  if (r.status === 401) {
    $('parity-summary').textContent = 'enter the API token above to see parity';
    $('parity').innerHTML = '';
    return;
  }
  const p = await r.json();
  const s = p.significance;
  const cls = p.verdict === 'in parity' ? 'pass' : p.verdict === 'drifting' ? 'fail' : '';
  $('parity-summary').innerHTML = `<b class="${cls}">${p.verdict}</b>: ${p.reason}` + (p.lastClose ? ` (checked ${time(p.checkedAt)}, bars to ${time(p.lastClose)};`
    + ` ${p.matched} matched, ${s.test}: mean ${fmt(s.meanBps)} bps, median ${fmt(s.medianBps)} bps, p = ${s.signTestPValue.toPrecision(3)})` : '');
  table('parity', [['bar', (r) => time(r.bar)], ['symbol', (r) => r.symbol], ['side', (r) => r.side], ['bot price', (r) => fmt(r.botPrice), 'num'],
    ['backtest price', (r) => fmt(r.backtestPrice), 'num'], ['slippage bps', (r) => (r.slippageBps == null ? '' : fmt(r.slippageBps)), 'num'],
    ['qty diff', (r) => fmt(r.quantityDifference, 8), 'num'], ['matched', (r) => (r.botOrderId && r.backtestOrderId ? 'yes' : r.botOrderId ? 'bot only' : 'backtest only')]],
    p.orders.slice(-50).reverse());
}

async function control(path) {
  const r = await fetch(path, { method: 'POST', headers: { ...auth(), 'Content-Type': 'application/json' }, body: '{}' });
  $('control-result').textContent = r.ok ? 'done' : 'refused (' + r.status + ')';
  await refresh().catch((e) => console.warn(e));
}

$('kill').addEventListener('click', () => control('/api/kill-switch'));
$('resume').addEventListener('click', () => control('/api/resume'));
$('release-ladder').addEventListener('click', () => control('/api/ladder/release'));
// One refresh at a time: on a slow bot a refresh can take longer than the interval, and overlapping ones would queue up
// behind the browser's six connections per host, with a button's request waiting behind them.
let refreshing = null;
const tick = () => { refreshing ??= refresh().catch((e) => console.warn(e)).finally(() => { refreshing = null; }); };
tick();
setInterval(tick, 2000);
