#!/usr/bin/python3
"""Drives the cst-csharp kernel with Jupyter's own client (jupyter_client) and writes one verdict per protocol behaviour.

Usage: protocol_checks.py KERNELS_PREFIX OUT.json
KERNELS_PREFIX holds share/jupyter/kernels/cst-csharp (written by `cst kernel install --prefix`). Each check records
{"ok": bool, "detail": str}; the xunit tests in CryptoSmartTrader.Kernel.Tests assert them one by one. Timeouts only bound
waiting (a hung kernel fails the check instead of hanging the suite); nothing here asserts a duration.
"""
import json, os, queue, sys, tempfile, traceback, uuid

prefix, out_path = sys.argv[1], sys.argv[2]
os.environ["JUPYTER_PATH"] = os.path.join(prefix, "share", "jupyter")
import jupyter_client  # noqa: E402  (after JUPYTER_PATH)
import zmq  # noqa: E402
from jupyter_client.session import Session  # noqa: E402

WAIT = 120
results = {}
work = tempfile.mkdtemp(prefix="cst-kernel-checks-")
stderr_path = os.path.join(work, "kernel-stderr.log")


def check(name):
    def wrap(fn):
        try:
            detail = fn()
            results[name] = {"ok": True, "detail": detail or ""}
        except Exception as e:  # a failed check is a result, the others still run
            results[name] = {"ok": False, "detail": f"{type(e).__name__}: {e}\n{traceback.format_exc()}"}
        return fn
    return wrap


def expect(cond, what):
    if not cond:
        raise AssertionError(what)


def run(kc, code, allow_stdin=False, on_input=None, timeout=WAIT):
    """Executes code; returns (reply content, iopub messages of this request in arrival order)."""
    msg_id = kc.execute(code, allow_stdin=allow_stdin, stop_on_error=False)
    msgs, reply = [], None
    while True:
        if on_input is not None:
            try:
                req = kc.get_stdin_msg(timeout=0.05)
                on_input(req, msgs, kc)
            except queue.Empty:
                pass
        try:
            m = kc.get_iopub_msg(timeout=0.05 if on_input else timeout)
        except queue.Empty:
            if on_input is None:
                raise AssertionError(f"no iopub message within {timeout} s for {code!r}")
            continue
        if m["parent_header"].get("msg_id") != msg_id:
            continue
        msgs.append(m)
        if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
            break
    reply = kc.get_shell_msg(timeout=timeout)
    while reply["parent_header"].get("msg_id") != msg_id:
        reply = kc.get_shell_msg(timeout=timeout)
    return reply["content"], msgs


def outputs(msgs, kind):
    return [m["content"] for m in msgs if m["msg_type"] == kind]


def start():
    km = jupyter_client.KernelManager(kernel_name="cst-csharp")
    km.start_kernel(cwd=work, stderr=open(stderr_path, "a"))
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=WAIT)
    return km, kc


km, kc = start()


@check("kernel_info")
def _():
    reply = kc.kernel_info(reply=True, timeout=WAIT)["content"]
    expect(reply["protocol_version"] == "5.3", f"protocol_version {reply['protocol_version']}")
    expect(reply["language_info"]["name"] == "csharp", f"language {reply['language_info']}")
    return reply["banner"]


@check("execute_result_and_status")
def _():
    reply, msgs = run(kc, "var x = 20;\nx + 22")
    expect(reply["status"] == "ok", reply)
    kinds = [m["msg_type"] for m in msgs]
    expect(kinds[0] == "status" and msgs[0]["content"]["execution_state"] == "busy", f"first iopub message {kinds}")
    expect("execute_input" in kinds, kinds)
    res = outputs(msgs, "execute_result")
    expect(len(res) == 1 and res[0]["data"]["text/plain"] == "42", res)
    expect(res[0]["execution_count"] == reply["execution_count"], (res, reply))
    return f"iopub: {kinds}"


@check("stream_ordering")
def _():
    code = 'Console.WriteLine("a1"); Console.Error.WriteLine("b1"); Console.WriteLine("a2"); Console.Write("a3");'
    reply, msgs = run(kc, code)
    expect(reply["status"] == "ok", reply)
    seq = [(s["name"], s["text"]) for s in outputs(msgs, "stream")]
    flat = seq
    order = [n for n, _ in flat]
    # stdout a1, then stderr b1, then stdout a2 a3: the stream changes exactly twice, in that order
    changes = [order[0]] + [order[i] for i in range(1, len(order)) if order[i] != order[i - 1]]
    expect(changes == ["stdout", "stderr", "stdout"], f"stream sequence {seq}")
    text = "".join(t for _, t in flat)
    expect(text.index("a1") < text.index("b1") < text.index("a2") < text.index("a3"), text)
    return str(seq)


@check("stream_is_live_and_stdin")
def _():
    seen_before_input = []

    def on_input(req, msgs, client):
        # stdin and iopub are separate sockets, so the stream may still be in flight: collect iopub while the cell is blocked
        # on the read. Whatever arrives now was published before the cell finished, i.e. live.
        while "before input" not in "".join(s["text"] for s in outputs(msgs, "stream")):
            try:
                m = client.get_iopub_msg(timeout=10)
            except queue.Empty:
                break
            if m["parent_header"].get("msg_id") == req["parent_header"].get("msg_id"):
                msgs.append(m)
        seen_before_input.extend(s["text"] for s in outputs(msgs, "stream"))
        client.input("quant")

    code = 'Console.WriteLine("before input");\nvar name = Console.ReadLine();\nConsole.WriteLine($"hello {name}");'
    reply, msgs = run(kc, code, allow_stdin=True, on_input=on_input)
    expect(reply["status"] == "ok", reply)
    expect("before input" in "".join(seen_before_input), f"output seen when the kernel asked for input: {seen_before_input}")
    text = "".join(s["text"] for s in outputs(msgs, "stream"))
    expect("hello quant" in text, text)
    return text


@check("error_names_the_cell_line")
def _():
    reply, msgs = run(kc, 'var y = 1;\nthrow new InvalidOperationException("boom");')
    expect(reply["status"] == "error", reply)
    err = outputs(msgs, "error")
    expect(len(err) == 1, msgs)
    e = err[0]
    expect(e["ename"] == "InvalidOperationException" and e["evalue"] == "boom", e)
    tb = "\n".join(e["traceback"])
    expect(f"Cell In[{reply['execution_count']}], line 2" in tb, tb)
    reply2, msgs2 = run(kc, "var z = 1;\nvar w = undefinedName + 1;")
    tb2 = "\n".join(outputs(msgs2, "error")[0]["traceback"])
    expect(reply2["status"] == "error" and "line 2" in tb2 and "CS0103" in tb2, tb2)
    return tb + "\n---\n" + tb2


@check("display_and_update_display")
def _():
    reply, msgs = run(kc, 'var shown = display("one");\nshown.Update("two");')
    expect(reply["status"] == "ok", reply)
    d = outputs(msgs, "display_data")
    u = outputs(msgs, "update_display_data")
    expect(len(d) == 1 and d[0]["data"]["text/plain"] == "one", d)
    expect(len(u) == 1 and u[0]["data"]["text/plain"] == "two", u)
    expect(d[0]["transient"]["display_id"] == u[0]["transient"]["display_id"], (d, u))
    return d[0]["transient"]["display_id"]


@check("chart_mime_bundle")
def _():
    code = ('var fig = Plotly.NET.CSharp.Chart.Line<double, double, string>(new[] { 1.0, 2.0 }, new[] { 3.0, 4.0 }, Name: "synthetic");\n'
            'display(fig);\ndisplay(fig);')
    reply, msgs = run(kc, code)
    expect(reply["status"] == "ok", reply)
    d = outputs(msgs, "display_data")
    expect(len(d) == 2, d)
    for o in d:
        expect("data" in o["data"]["application/vnd.plotly.v1+json"], o["data"].keys())
        expect("text/html" in o["data"], o["data"].keys())
    sizes = [len(o["data"]["text/html"]) for o in d]
    for o in d:
        expect("nbextensions/cst-plotly/plotly.min" in o["data"]["text/html"], "the fallback loads the installed plotly.js")
    expect(max(sizes) < 5000, f"plotly.js must not be inlined: html sizes {sizes}")
    return f"html sizes {sizes}"


@check("complete")
def _():
    run(kc, "var candles = new List<int> { 1, 2 };")
    code = "candles.Cou"
    r = kc.complete(code, len(code), reply=True, timeout=WAIT)["content"]
    expect(r["status"] == "ok" and "Count" in r["matches"], r)
    expect(r["cursor_start"] == len("candles.") and r["cursor_end"] == len(code), r)
    code2 = "CryptoSmartTrader.Research.Session.ResearchSession.Ope"
    r2 = kc.complete(code2, len(code2), reply=True, timeout=WAIT)["content"]
    expect("Open" in r2["matches"], r2)
    code3 = "cand"
    r3 = kc.complete(code3, len(code3), reply=True, timeout=WAIT)["content"]
    expect("candles" in r3["matches"], r3)
    return f"{r['matches'][:5]} {r2['matches'][:5]} {r3['matches'][:5]}"


@check("inspect")
def _():
    code = "Math.Max(1, 2)"
    r = kc.inspect(code, len("Math.Ma"), reply=True, timeout=WAIT)["content"]
    expect(r["status"] == "ok" and r["found"], r)
    text = r["data"]["text/plain"]
    expect("Max(" in text, text)
    expect("larger" in text, f"no XML documentation in {text!r}")
    return text


@check("is_complete")
def _():
    def ask(code):
        msg_id = kc.is_complete(code)
        r = kc.get_shell_msg(timeout=WAIT)
        while r["parent_header"].get("msg_id") != msg_id:
            r = kc.get_shell_msg(timeout=WAIT)
        return r["content"]

    a = ask("for (var i = 0; i < 3; i++) {")
    b = ask("var a = 1;")
    expect(a["status"] == "incomplete" and b["status"] == "complete", (a, b))
    return f"{a} {b}"


@check("history_and_comm_info")
def _():
    h = kc.history(hist_access_type="tail", n=50, reply=True, timeout=WAIT)["content"]
    expect(h["status"] == "ok" and any("var candles" in item[2] for item in h["history"]), h)
    msg = kc.session.msg("comm_info_request", {})
    kc.shell_channel.send(msg)
    r = kc.get_shell_msg(timeout=WAIT)
    expect(r["msg_type"] == "comm_info_reply" and r["content"]["status"] == "ok", r)
    return f"{len(h['history'])} history items"


@check("exit_asks_the_front_end_to_leave")
def _():
    reply, _ = run(kc, "exit")
    expect(reply["status"] == "ok" and any(p.get("source") == "ask_exit" for p in reply["payload"]), reply)
    r, msgs = run(kc, "1 + 1")  # the kernel itself keeps running; the front end decides
    expect(r["status"] == "ok", r)
    return str(reply["payload"])


@check("interrupt_keeps_state")
def _():
    run(kc, "var kept = 41;")
    msg_id = kc.execute("while (true) { }", stop_on_error=False)
    while True:  # the loop has started once the kernel said busy for it
        m = kc.get_iopub_msg(timeout=WAIT)
        if m["parent_header"].get("msg_id") == msg_id and m["msg_type"] == "execute_input":
            break
    km.interrupt_kernel()
    reply = kc.get_shell_msg(timeout=WAIT)
    while reply["parent_header"].get("msg_id") != msg_id:
        reply = kc.get_shell_msg(timeout=WAIT)
    expect(reply["content"]["status"] == "error", reply["content"])
    expect(km.is_alive(), "kernel died")
    r, msgs = run(kc, "kept + 1")
    expect(r["status"] == "ok" and outputs(msgs, "execute_result")[0]["data"]["text/plain"] == "42", (r, msgs))
    return reply["content"]["ename"] + ": " + reply["content"]["evalue"]


@check("bad_signature_is_rejected")
def _():
    marker = os.path.join(work, "executed-" + uuid.uuid4().hex)
    code = f'System.IO.File.WriteAllText(@"{marker}", "x");'
    ctx = zmq.Context.instance()
    info = km.get_connection_info()
    sock = ctx.socket(zmq.DEALER)
    sock.setsockopt(zmq.LINGER, 0)
    sock.connect(f"tcp://{info['ip']}:{info['shell_port']}")
    wrong = Session(key=b"not-the-key", signature_scheme="hmac-sha256")
    unsigned = Session(key=b"", signature_scheme="hmac-sha256")
    for session in (wrong, unsigned):
        session.send(sock, session.msg("execute_request", {"code": code, "silent": False, "store_history": True,
                                                          "user_expressions": {}, "allow_stdin": False, "stop_on_error": True}))
    got_reply = sock.poll(3000)  # bounded wait for a reply that must never come
    sock.close()
    # a correctly signed request still works afterwards, and the rejected ones never ran
    r, _ = run(kc, "1")
    expect(r["status"] == "ok", r)
    expect(not got_reply, "the kernel answered a message with a bad signature")
    expect(not os.path.exists(marker), "a message with a bad signature was executed")
    with open(stderr_path) as f:
        log = f.read()
    expect(log.count("rejected a message on shell") >= 2, f"kernel log: {log[-2000:]}")
    return [line for line in log.splitlines() if "rejected" in line][:2]


@check("restart_clears_state")
def _():
    global kc
    run(kc, "var beforeRestart = 1;")
    old_pid = km.provisioner.pid if km.provisioner else None
    km.restart_kernel(now=False)
    kc.stop_channels()
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=WAIT)
    r, msgs = run(kc, "beforeRestart")
    expect(r["status"] == "error" and "CS0103" in "".join(outputs(msgs, "error")[0]["traceback"]), (r, msgs))
    r2, msgs2 = run(kc, "1 + 1")
    expect(r2["status"] == "ok" and r2["execution_count"] == 2, r2)
    new_pid = km.provisioner.pid if km.provisioner else None
    expect(old_pid != new_pid, f"same process {old_pid}")
    return f"pid {old_pid} -> {new_pid}"


@check("shutdown")
def _():
    kc.stop_channels()
    km.shutdown_kernel(now=False)
    expect(not km.is_alive(), "kernel still running after shutdown")
    return "stopped cleanly"


if km.is_alive():
    km.shutdown_kernel(now=True)
with open(out_path, "w") as f:
    json.dump(results, f, indent=1)
print(json.dumps({k: v["ok"] for k, v in results.items()}))
