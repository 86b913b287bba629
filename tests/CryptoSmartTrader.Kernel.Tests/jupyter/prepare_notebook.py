#!/usr/bin/python3
"""Copies a notebook with an 'injected-parameters' cell after its 'parameters' cell (as run_notebooks.py does), unexecuted.
Usage: prepare_notebook.py NOTEBOOK OUT.ipynb name=value..."""
import json, sys

import nbformat

src, dst, params = sys.argv[1], sys.argv[2], sys.argv[3:]
nb = nbformat.read(src, as_version=4)
at = next(i for i, c in enumerate(nb.cells) if c.cell_type == "code" and "parameters" in c.metadata.get("tags", []))
source = "\n".join(f"{k} = {v if v in ('true', 'false') or v.isdigit() else json.dumps(v)};" for k, v in (p.split("=", 1) for p in params))
nb.cells.insert(at + 1, nbformat.v4.new_code_cell(source, metadata={"tags": ["injected-parameters"]}))
nbformat.write(nb, dst)
