"""Every notebook runs top to bottom and is committed clean; the runner itself is tested on tiny notebooks."""
import importlib.util

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from analysis.config import NOTEBOOKS_DIR, PROJ_ROOT

_spec = importlib.util.spec_from_file_location("run_notebooks", PROJ_ROOT / "scripts" / "run_notebooks.py")
run_notebooks = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(run_notebooks)

NOTEBOOKS = sorted(NOTEBOOKS_DIR.glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_runs(path):
    before = path.read_bytes()
    run_notebooks.run_notebook(path)
    assert path.read_bytes() == before, "running a notebook must not write into it"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_is_committed_without_outputs(path):
    nb = nbformat.read(path, as_version=4)
    dirty = [i + 1 for i, cell in enumerate(nb.cells)
             if cell.cell_type == "code" and (cell.outputs or cell.execution_count is not None)]
    assert not dirty, f"cells {dirty} carry outputs: run scripts/run_notebooks.py --strip {path.name}"
    assert nb.metadata.get("kernelspec", {}).get("name") == "python3"


def write(path, *cells, **metadata):
    nb = new_notebook(cells=list(cells), metadata=metadata)
    nbformat.write(nb, path)
    return path


def test_runner_executes_in_the_notebook_folder_without_writing_it(tmp_path):
    path = write(tmp_path / "tiny.ipynb",
                 new_markdown_cell("A tiny notebook written by the test."),
                 new_code_cell("import os\nanswer = 6 * 7"),
                 new_code_cell("with open('answer.txt', 'w') as f:\n    f.write(f'{answer} {os.getcwd()}')"))
    before = path.read_bytes()
    seconds = run_notebooks.run_notebook(path)
    assert seconds > 0
    assert (tmp_path / "answer.txt").read_text() == f"42 {tmp_path.resolve()}"
    assert path.read_bytes() == before


def test_failure_names_the_notebook_and_the_cell(tmp_path, capsys):
    path = write(tmp_path / "broken.ipynb",
                 new_markdown_cell("Cell 1 is prose."),
                 new_code_cell("x = 1"),
                 new_code_cell("# share of quoted words\nx / 0"))
    assert run_notebooks.main([str(path)]) == 1
    err = capsys.readouterr().err
    assert "FAILED broken.ipynb, cell 3 ('# share of quoted words'): ZeroDivisionError" in err
    with pytest.raises(run_notebooks.NotebookError) as info:
        run_notebooks.run_notebook(path)
    assert (info.value.cell, info.value.reason.split(":")[0]) == (3, "ZeroDivisionError")


def test_strip_removes_outputs_and_sets_the_kernel(tmp_path):
    cell = new_code_cell("print('hi')", execution_count=4,
                         outputs=[new_output("stream", name="stdout", text="hi\n")],
                         metadata={"execution": {"iopub.execute_input": "2024-01-01T00:00:00Z"}})
    path = write(tmp_path / "dirty.ipynb", new_markdown_cell("Prose stays."), cell,
                 kernelspec={"name": "venv-3.11", "display_name": "venv", "language": "python"},
                 language_info={"name": "python", "version": "3.11.9"})
    assert run_notebooks.main(["--strip", str(path)]) == 0
    nb = nbformat.read(path, as_version=4)
    code = nb.cells[1]
    assert (code.outputs, code.execution_count, code.source) == ([], None, "print('hi')")
    assert "execution" not in code.metadata
    assert nb.cells[0].source == "Prose stays."
    assert nb.metadata.kernelspec.name == "python3"
    assert nb.metadata.language_info == {"name": "python"}
    before = path.read_bytes()
    assert run_notebooks.strip_notebook(path) is False
    assert path.read_bytes() == before


@pytest.mark.parametrize("name, problem", [("missing.ipynb", "no notebook at"), ("notes.txt", "not a notebook")])
def test_bad_notebook_arguments(tmp_path, capsys, name, problem):
    (tmp_path / "notes.txt").write_text("not a notebook")
    assert run_notebooks.main([str(tmp_path / name)]) == 2
    assert problem in capsys.readouterr().err
