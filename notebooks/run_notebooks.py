#!/usr/bin/env python3
"""Executes every notebook in this folder, headless, against one geotrends output folder.

    python notebooks/run_notebooks.py --output-dir DIR --figures-dir FIGDIR [--executed-dir EXECDIR]
                                      [--notebook NAME ...] [--timeout SECONDS]

Each notebook gets `output_dir` and `figures_dir` through papermill (as absolute paths) and runs
in this folder, with a kernel on the Python that runs this script. The executed copies go to
EXECDIR (default: a temporary folder, removed afterwards). Prints each notebook's time and the
PNGs written, and exits 1 when a notebook fails, when a notebook in the folder still has outputs
(they are committed stripped: run with --strip to strip them in place), or when no PNG was written.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
KERNEL = "geotrends-nb"


def has_outputs(nb) -> bool:
    return any(c.get("outputs") or c.get("execution_count") for c in nb.cells if c.cell_type == "code")


def strip(path: Path) -> bool:
    """Removes outputs and execution counts in place; True when the file changed."""
    import nbformat
    nb = nbformat.read(path, as_version=4)
    if not has_outputs(nb):
        return False
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
            cell.metadata.pop("execution", None)
    nb.metadata.pop("papermill", None)
    nbformat.write(nb, path)
    return True


def kernel_dir(root: Path) -> Path:
    """A kernelspec for this very interpreter, so that no other python3 kernel on the machine
    (a user-level or system one) is picked instead."""
    spec = root / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}",
                 "--IPKernelApp.log_level=ERROR"],  # no warning about TCP transport per kernel
        "display_name": "Python (geotrends notebooks)", "language": "python",
        "env": {"PYTHONPATH": str(HERE)}}))
    return root


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output-dir", required=True, help="the --output folder of a geotrends run")
    parser.add_argument("--figures-dir", required=True, help="where the notebooks write their PNGs")
    parser.add_argument("--executed-dir", help="keep the executed notebooks here")
    parser.add_argument("--notebook", action="append", help="run only this notebook (name or stem)")
    parser.add_argument("--timeout", type=int, default=600, help="seconds per cell (default 600)")
    parser.add_argument("--strip", action="store_true", help="strip outputs from the notebooks in place, then run")
    args = parser.parse_args(argv)

    import os
    import nbformat
    import papermill as pm

    output_dir = Path(args.output_dir).expanduser().resolve()
    figures_dir = Path(args.figures_dir).expanduser().resolve()
    if not output_dir.is_dir():
        print(f"output folder not found: {output_dir}", file=sys.stderr)
        return 2
    figures_dir.mkdir(parents=True, exist_ok=True)

    notebooks = sorted(HERE.glob("*.ipynb"))
    if args.notebook:
        wanted = {Path(n).stem for n in args.notebook}
        notebooks = [n for n in notebooks if n.stem in wanted]
        if len(notebooks) != len(wanted):
            print(f"no such notebook among {sorted(p.stem for p in HERE.glob('*.ipynb'))}", file=sys.stderr)
            return 2
    failures = []
    for nb_path in notebooks:
        if args.strip and strip(nb_path):
            print(f"stripped outputs: {nb_path.name}")
        if has_outputs(nbformat.read(nb_path, as_version=4)):
            failures.append(f"{nb_path.name}: has outputs (notebooks are committed stripped; use --strip)")

    tmp = tempfile.TemporaryDirectory(prefix="geotrends-nb-")
    executed_dir = Path(args.executed_dir).expanduser().resolve() if args.executed_dir else Path(tmp.name) / "executed"
    executed_dir.mkdir(parents=True, exist_ok=True)
    os.environ["JUPYTER_PATH"] = os.pathsep.join(
        [str(kernel_dir(Path(tmp.name) / "jupyter"))] + [p for p in [os.environ.get("JUPYTER_PATH")] if p])

    print(f"notebooks: {', '.join(n.name for n in notebooks)}\noutput:    {output_dir}\n"
          f"figures:   {figures_dir}\nexecuted:  {executed_dir if args.executed_dir else '(temporary)'}")
    started = time.monotonic()
    written = []
    for nb_path in notebooks:
        before = {p: p.stat().st_mtime_ns for p in figures_dir.glob("*.png")}
        t0 = time.monotonic()
        try:
            pm.execute_notebook(
                str(nb_path), str(executed_dir / nb_path.name),
                parameters={"output_dir": str(output_dir), "figures_dir": str(figures_dir)},
                kernel_name=KERNEL, cwd=str(HERE), progress_bar=False,
                execution_timeout=args.timeout, report_mode=False)
            status = "ok"
        except Exception as e:  # papermill raises PapermillExecutionError with the cell's traceback
            status = "FAILED"
            failures.append(f"{nb_path.name}: {type(e).__name__}: {str(e).strip()}")
        pngs = sorted(p for p in figures_dir.glob("*.png") if before.get(p) != p.stat().st_mtime_ns)
        written += pngs
        print(f"\n{nb_path.name}: {status} in {time.monotonic() - t0:.1f} s, {len(pngs)} PNG(s)")
        for p in pngs:
            print(f"  {p}  ({p.stat().st_size // 1024} KiB)")

    if notebooks and not written:
        failures.append("no PNG written")
    print(f"\n{len(notebooks)} notebook(s), {len(written)} PNG(s) in {time.monotonic() - started:.1f} s")
    tmp.cleanup()
    if failures:
        print("\nFAILED:", file=sys.stderr)
        for f in failures:
            print(f"- {f}", file=sys.stderr)
        return 1
    print("all notebooks ran")
    return 0


if __name__ == "__main__":
    sys.exit(main())
