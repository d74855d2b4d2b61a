"""Paths of the project, anchored on the repository root so that notebooks, scripts and tests agree."""
from pathlib import Path

PROJ_ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = PROJ_ROOT / "data"
ARTICLES_DIR = DATA_DIR / "articles"
ACTORS_FILE = DATA_DIR / "actors.csv"
FIGURES_DIR = PROJ_ROOT / "figures"
NOTEBOOKS_DIR = PROJ_ROOT / "notebooks"
LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"
PARTIES_FILE = DATA_DIR / "parties.csv"
