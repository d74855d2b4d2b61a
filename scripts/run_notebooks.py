"""Run the project's notebooks top to bottom, or strip their outputs before they are committed.

Usage: ``run_notebooks.py [--timeout SECONDS] [NOTEBOOK ...]`` executes the given notebooks (by
default every ``notebooks/*.ipynb``, in sorted order, which is reading order) on the "python3"
kernel, each in its own folder as working directory, and prints each notebook's name and the
seconds it took. Notebooks are run as a reader would and their figures land in figures/, but the
notebook files are never written: notebooks in git carry no outputs, so a diff shows changes to
code and prose only. On the first failing cell it prints the error and exits with status 1,
naming the notebook and the cell.

``run_notebooks.py --strip [NOTEBOOK ...]`` removes outputs, execution counts and timing
metadata from the notebooks in place, sets the kernelspec to "python3" and drops the Python
version from the language info (it differs between contributors' machines); run it before
committing a notebook.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

from analysis.config import NOTEBOOKS_DIR

KERNEL = "python3"
KERNELSPEC = {"name": KERNEL, "display_name": "Python 3 (ipykernel)", "language": "python"}
CELL_TIMEOUT = 600  # seconds; a whole corpus can take minutes in one cell, a hung kernel should not
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


class NotebookError(RuntimeError):
    """A notebook failed: which notebook, which cell (1-based, counting every cell) and why."""

    def __init__(self, path: Path, cell: int | None, source: str, reason: str, details: str = ""):
        self.path, self.cell, self.source, self.reason, self.details = path, cell, source, reason, details
        where = f"{path.name}, cell {cell}" if cell is not None else path.name
        first_line = next((line for line in source.splitlines() if line.strip()), "")
        super().__init__(f"{where} ({first_line.strip()[:60]!r}): {reason}" if first_line else f"{where}: {reason}")


def notebooks(paths: list[str] | None = None) -> list[Path]:
    """The notebooks named, or every notebooks/*.ipynb in sorted order; raises on a missing one."""
    if not paths:
        return sorted(NOTEBOOKS_DIR.glob("*.ipynb"))
    found = []
    for name in paths:
        path = Path(name)
        if not path.is_file():
            raise FileNotFoundError(f"no notebook at {path}")
        if path.suffix != ".ipynb":
            raise ValueError(f"{path} is not a notebook (.ipynb)")
        found.append(path)
    return found


def run_notebook(path: str | Path, timeout: int = CELL_TIMEOUT) -> float:
    """Execute a notebook in its own folder without writing it back; returns the seconds it took.

    Raises NotebookError naming the cell on an error, a cell running past ``timeout`` seconds,
    or a dead kernel.
    """
    path = Path(path)
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=timeout, kernel_name=KERNEL,
                            resources={"metadata": {"path": str(path.resolve().parent)}})
    current = {"index": None}

    def on_cell_start(cell, cell_index):
        current["index"] = cell_index

    client.on_cell_start = on_cell_start
    started = time.perf_counter()
    try:
        client.execute()
    except (CellExecutionError, CellTimeoutError, DeadKernelError) as error:
        index = current["index"]
        source = nb.cells[index].source if index is not None else ""
        if isinstance(error, CellExecutionError):
            reason = f"{error.ename}: {error.evalue}"
        elif isinstance(error, CellTimeoutError):
            reason = f"no result within {timeout} s"
        else:
            reason = "the kernel died (out of memory?)"
        raise NotebookError(path, index + 1 if index is not None else None, source, reason,
                            _ANSI.sub("", str(error))) from error
    return time.perf_counter() - started


def strip_notebook(path: str | Path) -> bool:
    """Remove outputs, execution counts and timing metadata in place; returns whether the file changed."""
    path = Path(path)
    before = path.read_text(encoding="utf-8")
    nb = nbformat.reads(before, as_version=4)
    for cell in nb.cells:
        cell.metadata.pop("execution", None)  # JupyterLab's run timestamps
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    if "language_info" in nb.metadata:
        nb.metadata["language_info"] = {"name": "python"}
    after = nbformat.writes(nb)
    after += "" if after.endswith("\n") else "\n"  # as nbformat.write ends its files
    if after == before:
        return False
    path.write_text(after, encoding="utf-8", newline="\n")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("notebooks", nargs="*", metavar="NOTEBOOK", help="default: every notebooks/*.ipynb")
    parser.add_argument("--timeout", type=int, default=CELL_TIMEOUT, help="seconds allowed per cell")
    parser.add_argument("--strip", action="store_true",
                        help="remove outputs and execution counts in place instead of running")
    args = parser.parse_args(argv)
    try:
        paths = notebooks(args.notebooks)
    except (FileNotFoundError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if not paths:
        print(f"no notebooks in {NOTEBOOKS_DIR}")
        return 0
    if args.strip:
        for path in paths:
            print(f"{path.name}: {'stripped' if strip_notebook(path) else 'already clean'}")
        return 0
    total = 0.0
    for path in paths:
        try:
            seconds = run_notebook(path, timeout=args.timeout)
        except NotebookError as error:
            print(error.details, file=sys.stderr)
            print(f"FAILED {error}", file=sys.stderr)
            return 1
        total += seconds
        print(f"{path.name}  {seconds:.1f} s", flush=True)
    print(f"{len(paths)} notebook{'s' if len(paths) != 1 else ''} in {total:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
