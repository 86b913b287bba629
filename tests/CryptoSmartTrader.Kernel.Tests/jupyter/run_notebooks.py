#!/usr/bin/python3
"""Executes notebooks through Jupyter's own client (nbclient) on a given kernel, papermill-style parameters included.

Usage: run_notebooks.py --kernel NAME --out DIR [--param name=value ...] [--max-mb N] [--allow-fail] NOTEBOOK...
Each notebook gets a cell tagged 'injected-parameters' after its 'parameters' cell (C# assignments, e.g. `quick = true;`).
Writes DIR/<name>.ipynb (executed) and DIR/summary.json ({notebook: {"ok", "error", "seconds", "bytes"}}); exits 1 when a
notebook fails (unless --allow-fail) or an executed notebook is larger than --max-mb.
"""
import argparse, json, os, sys, time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, DeadKernelError

ap = argparse.ArgumentParser()
ap.add_argument("--kernel", required=True)
ap.add_argument("--out", required=True)
ap.add_argument("--param", action="append", default=[])
ap.add_argument("--max-mb", type=float, default=0)
ap.add_argument("--timeout", type=int, default=1200)
ap.add_argument("--allow-fail", action="store_true")
ap.add_argument("notebooks", nargs="+")
args = ap.parse_args()


def csharp_literal(value):
    if value in ("true", "false") or value.replace(".", "", 1).lstrip("-").isdigit():
        return value
    return json.dumps(value)  # a C# string literal for plain text


os.makedirs(args.out, exist_ok=True)
summary = {}
failed = False
for path in args.notebooks:
    name = os.path.splitext(os.path.basename(path))[0]
    nb = nbformat.read(path, as_version=4)
    if args.param:
        at = next((i for i, c in enumerate(nb.cells) if c.cell_type == "code" and "parameters" in c.metadata.get("tags", [])), None)
        if at is None:
            print(f"[nbclient] {name}: no cell tagged 'parameters'", file=sys.stderr)
            sys.exit(2)
        source = "\n".join(f"{k} = {csharp_literal(v)};" for k, v in (p.split("=", 1) for p in args.param))
        cell = nbformat.v4.new_code_cell(source, metadata={"tags": ["injected-parameters"]})
        nb.cells.insert(at + 1, cell)
    client = NotebookClient(nb, kernel_name=args.kernel, timeout=args.timeout, startup_timeout=120,
                            resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}})
    started = time.monotonic()
    error = None
    try:
        client.execute()
    except (CellExecutionError, DeadKernelError, RuntimeError, TimeoutError) as e:
        error = f"{type(e).__name__}: {str(e)[-1500:]}"
    seconds = round(time.monotonic() - started, 1)
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.get("output_type") == "error"]
    if error is None and errors:
        error = f"error output: {errors[0].get('ename')}: {errors[0].get('evalue')}"
    out_path = os.path.join(args.out, name + ".ipynb")
    nbformat.write(nb, out_path)
    size = os.path.getsize(out_path)
    ok = error is None
    if ok and args.max_mb and size > args.max_mb * 1024 * 1024:
        ok, error = False, f"executed notebook is {size / 1e6:.1f} MB, above {args.max_mb} MB"
    summary[name] = {"ok": ok, "error": error, "seconds": seconds, "bytes": size}
    print(f"[nbclient:{args.kernel}] {name}: {'ok' if ok else 'FAILED ' + error} ({seconds} s, {size / 1e6:.2f} MB)", file=sys.stderr)
    failed |= not ok

with open(os.path.join(args.out, "summary.json"), "w") as f:
    json.dump(summary, f, indent=1)
sys.exit(1 if failed and not args.allow_fail else 0)
