#!/usr/bin/python3
"""Benchmark (not a test): cst-csharp kernel start to first result, and the round trip of a trivial cell, through jupyter_client.

Usage: benchmark.py KERNELS_PREFIX [STARTS] [ROUND_TRIPS]
Start = KernelManager.start_kernel() until the execute_result of `1 + 1` has arrived (process start, sockets, first Roslyn
compile). Round trip = execute_request of `1` sent until its idle status has arrived (reply and outputs included)."""
import os, statistics, sys, time

prefix = sys.argv[1]
starts = int(sys.argv[2]) if len(sys.argv) > 2 else 5
trips = int(sys.argv[3]) if len(sys.argv) > 3 else 200
os.environ["JUPYTER_PATH"] = os.path.join(prefix, "share", "jupyter")
import jupyter_client  # noqa: E402


def wait_idle(kc, msg_id, want_result=False):
    got = not want_result
    while True:
        m = kc.get_iopub_msg(timeout=120)
        if m["parent_header"].get("msg_id") != msg_id:
            continue
        if m["msg_type"] == "execute_result":
            got = True
        if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle" and got:
            return


def cpu_seconds(pid):
    """User + system CPU time of a process so far (Linux /proc), to see the cost apart from waiting on a busy machine."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


start_times = []
start_cpu = []
ready_times = []
for i in range(starts):
    km = jupyter_client.KernelManager(kernel_name="cst-csharp")
    t0 = time.perf_counter()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=120)
    ready_times.append(time.perf_counter() - t0)
    wait_idle(kc, kc.execute("1 + 1"), want_result=True)
    start_times.append(time.perf_counter() - t0)
    pid = km.provisioner.pid
    start_cpu.append(cpu_seconds(pid))
    if i == starts - 1:
        for _ in range(10):  # warm-up
            wait_idle(kc, kc.execute("1"))
        rt = []
        kernel_cpu0, client_cpu0 = cpu_seconds(pid), time.process_time()
        for _ in range(trips):
            t = time.perf_counter()
            wait_idle(kc, kc.execute("1"), want_result=True)
            rt.append((time.perf_counter() - t) * 1000)
        kernel_cpu = (cpu_seconds(pid) - kernel_cpu0) / trips * 1000
        client_cpu = (time.process_time() - client_cpu0) / trips * 1000
    kc.stop_channels()
    km.shutdown_kernel(now=False)

print(f"kernel start to first result: median {statistics.median(start_times):.2f} s, min {min(start_times):.2f} s, "
      f"max {max(start_times):.2f} s ({starts} starts)")
print(f"  of which until kernel_info answered (process start, sockets): median {statistics.median(ready_times):.2f} s")
print(f"  kernel process CPU time until the first result: median {statistics.median(start_cpu):.2f} s")
print(f"trivial cell round trip: median {statistics.median(rt):.1f} ms, p95 {pct(rt, 95):.1f} ms, min {min(rt):.1f} ms ({trips} cells)")
q = max(1, len(rt) // 4)
print(f"  first quarter median {statistics.median(rt[:q]):.1f} ms, last quarter median {statistics.median(rt[-q:]):.1f} ms")
print(f"  CPU time per cell: kernel {kernel_cpu:.1f} ms, client (jupyter_client) {client_cpu:.1f} ms")
print(f"load average during the run: {os.getloadavg()}")
