"""The actor registry: who stands for which party, and which words name a party.

Two files a user edits per study (``data/actors.csv``: people and institutions with their
aliases; ``data/parties.csv``: the parties, their bloc and their order) and one general lexicon
(``analysis/lexicons/demonyms.csv``: "Russian", "Moscow", "US" name a country). The article
itself fills the gaps: a speaker the registry lacks takes the party its title or description
names ("Russia's UN envoy", "State Department spokesman").
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from .config import ACTORS_FILE, LEXICON_DIR, PARTIES_FILE

UNMAPPED = ""
OTHER_BLOC = "other"


@dataclass(frozen=True)
class Actor:
    name: str
    party: str
    type: str  # "person", "institution" or "group"
    aliases: tuple[str, ...] = ()


def read_table(path: Path) -> list[dict[str, str]]:
    """Rows of a CSV whose leading '#' lines are its header note."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise ValueError(f"{path}: cannot read the file ({err.strerror})") from None
    rows = list(csv.DictReader(line for line in lines if line.strip() and not line.startswith("#")))
    return [{k: (v or "").strip() for k, v in row.items() if k is not None} for row in rows]


def _require(rows: list[dict[str, str]], columns: set[str], path: Path) -> None:
    if rows and not columns <= set(rows[0]):
        missing = ", ".join(sorted(columns - set(rows[0])))
        raise ValueError(f"{path}: missing column(s) {missing}")


_ARTICLE = re.compile(r"^(?:the|The)\s+")


def _strip_article(name: str) -> str:
    return _ARTICLE.sub("", name.strip())


class Actors:
    """Registry of actors and parties. Lookups ignore case and a leading "the"."""

    def __init__(self, actors: list[Actor], parties: list[dict[str, str]], demonyms: dict[str, list[str]],
                 organisations: frozenset[str] = frozenset()):
        self.actors = actors
        self.organisations = organisations  # parties that are no country: NATO, Hamas
        self.parties = [p["party"] for p in parties]
        self.blocs = {p["party"]: p.get("bloc") or p["party"] for p in parties}
        self._party_aliases = {p["party"]: [a for a in p.get("aliases", "").split("|") if a] for p in parties}
        self.demonyms = demonyms
        self._by_alias: dict[str, Actor] = {}
        for actor in actors:
            for alias in (actor.name, *actor.aliases):
                self._by_alias.setdefault(_strip_article(alias).lower(), actor)

    @classmethod
    def load(cls, actors_path: Path = ACTORS_FILE, parties_path: Path = PARTIES_FILE,
             demonyms_path: Path = LEXICON_DIR / "demonyms.csv") -> "Actors":
        actor_rows = read_table(actors_path)
        _require(actor_rows, {"name", "aliases", "party"}, actors_path)
        party_rows = read_table(parties_path)
        _require(party_rows, {"party"}, parties_path)
        demonym_rows = read_table(demonyms_path)
        actors = [Actor(r["name"], r["party"], r.get("type") or "person",
                        tuple(a.strip() for a in r["aliases"].split("|") if a.strip()))
                  for r in actor_rows if r["name"]]
        known = [p["party"] for p in party_rows]
        # Parties named only by actors still get a place, after the registered ones.
        for actor in actors:
            if actor.party and actor.party not in known:
                party_rows.append({"party": actor.party, "bloc": actor.party, "aliases": ""})
                known.append(actor.party)
        demonyms: dict[str, list[str]] = {}
        for r in demonym_rows:  # the regions share one party, "", over several rows
            demonyms.setdefault(r["party"], []).extend(r["forms"].split("|"))
        organisations = frozenset(r["party"] for r in demonym_rows if r.get("kind") == "organisation")
        return cls(actors, party_rows, demonyms, organisations)

    def actor(self, name: str) -> Actor | None:
        """The registered actor a name or alias refers to."""
        return self._actor(name)

    @lru_cache(maxsize=65536)  # speaker resolution asks for the same few names again and again
    def _actor(self, name: str) -> Actor | None:
        return self._by_alias.get(_strip_article(name).lower())

    def bloc(self, party: str) -> str:
        """The party's bloc; a party the study does not list (named only by a demonym) is "other"."""
        return self.blocs.get(party, OTHER_BLOC) if party else UNMAPPED

    def party_forms(self, party: str) -> list[str]:
        """Every word or phrase that names ``party``: demonyms, capitals, aliases and its actors."""
        forms = list(self.demonyms.get(party, [party]))
        forms += self._party_aliases.get(party, [])
        for actor in self.actors:
            if actor.party == party:
                forms += [actor.name, *actor.aliases]
        return sorted({_strip_article(f) for f in forms if f}, key=len, reverse=True)

    @cached_property
    def _party_pattern(self) -> tuple[re.Pattern, dict[str, str]]:
        """One alternation of every form that names a party (not its people), longest first."""
        return self._pattern(people=False)

    @cached_property
    def _mention_pattern(self) -> tuple[re.Pattern, dict[str, str]]:
        """The same with the registry's people, for counting how often a party is named."""
        return self._pattern(people=True)

    def _pattern(self, people: bool) -> tuple[re.Pattern, dict[str, str]]:
        party_of: dict[str, str] = {}
        for party, forms in self.demonyms.items():
            party_of.update((f, party) for f in forms)
            # an acronym as some house styles write it: "R.S.F." for the RSF, "T.P.L.F."
            party_of.update((".".join(f) + ".", party) for f in forms if f.isupper() and f.isalpha() and 2 < len(f) < 7)
        for party, forms in self._party_aliases.items():
            party_of.update((_strip_article(f), party) for f in forms)
        for actor in self.actors:
            if actor.party and (people or actor.type != "person"):
                party_of.update((_strip_article(a), actor.party) for a in (actor.name, *actor.aliases))
        forms = sorted(party_of, key=len, reverse=True)
        # A class of the forms' first characters opens the pattern: the regex engine then skips
        # every other character at once instead of trying each of hundreds of forms there.
        first = "".join(sorted({re.escape(f[0]) for f in forms}))
        pattern = re.compile(rf"(?=[{first}])(?<![\w.])(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)")
        return pattern, party_of

    def party_named_in(self, phrase: str) -> str:
        """The party a description names ("Russia's UN envoy" -> "Russia"), or "" when none.

        The earliest mention wins ("US Secretary of State" -> United States); among mentions
        starting at the same place the longest does ("State Department" before "State").
        """
        return self._party_named_in(phrase)

    @lru_cache(maxsize=65536)
    def _party_named_in(self, phrase: str) -> str:
        pattern, party_of = self._party_pattern
        # a region names no party ("Latin American" is not "American"): the next form may
        return next((party_of[m.group()] for m in pattern.finditer(phrase) if party_of[m.group()]), UNMAPPED)

    def names_a_party(self, phrase: str) -> bool:
        """Whether ``phrase`` is itself one of the names of a party ("No 10", "Downing Street"), not
        a description that names one."""
        party_of = self._party_pattern[1]
        return bool(party_of.get(phrase)) and not party_of.get(phrase[:-1])  # not "Cuban Americans": people

    def party_mentions(self, text: str, start: int = 0, end: int | None = None,
                       people: bool = False) -> list[tuple[int, int, str]]:
        """Every (start, end, party) where ``text[start:end]`` names a party, in order; with
        ``people`` its registered people count as naming it too ("Putin" names Russia)."""
        pattern, party_of = self._mention_pattern if people else self._party_pattern
        end = len(text) if end is None else end
        return [(m.start(), m.end(), party_of[m.group()]) for m in pattern.finditer(text, start, end)
                if party_of[m.group()]]  # not a region
