"""One call from articles to every table: statements, speakers, parties, mentions and the rest.

``analyse(sources)`` loads articles (files, folders, corpus tables), finds their statements,
and measures voice, tone, readability and framing per speaker and per party (or per bloc, with
``level="bloc"``). Every aggregate carries its ``n`` and can be traced back through
``doc_id``/``statement`` to the statement rows and their character spans. A broken article is a
row in ``errors``, never the end of the run.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

from . import framing, readability, tone, voice
from .actors import Actors
from .articles import Article, articles_table, iter_articles
from .speakers import default_actors, name_in_full_across
from .statements import COLUMNS, statement_records, statements_frame

LEVELS = ("party", "bloc")


@dataclass
class Tables:
    """The tables of one analysis; each aggregate names its group column after ``level``."""

    level: str
    articles: pd.DataFrame
    statements: pd.DataFrame
    speakers: pd.DataFrame
    parties: pd.DataFrame
    mentions: pd.DataFrame
    mentioned_vs_quoted: pd.DataFrame
    prominence: pd.DataFrame
    tone_of: pd.DataFrame
    tone_about: pd.DataFrame
    voice_by_article: pd.DataFrame
    neutral_terms_effect: pd.DataFrame
    readability: pd.DataFrame
    cue_classes: pd.DataFrame
    hedges_boosters: pd.DataFrame
    frames: pd.DataFrame
    article_frames: pd.DataFrame
    narrator_stance: pd.DataFrame
    errors: pd.DataFrame
    order: list[str] = field(default_factory=list)
    texts: dict[str, Article] = field(default_factory=dict, repr=False)

    def names(self) -> list[str]:
        return [name for name, value in vars(self).items() if isinstance(value, pd.DataFrame)]


def statements_table(articles: Iterable[Article], actors: Actors | None = None,
                     errors: list[dict] | None = None) -> pd.DataFrame:
    """Statements of many articles, with ``path`` and ``words`` added; an article the extractor
    cannot handle is reported in ``errors`` (if given) and skipped. A speaker an article names only
    by surname takes the full name the other articles give it (``speakers.name_in_full_across``)."""
    actors = actors or default_actors()
    records = []
    for article in articles:
        try:
            found = statement_records(article.text, article.id, article.body_start, actors)
        except Exception as err:  # one bad article must not stop a corpus
            if errors is None:
                raise
            errors.append({"path": article.path, "row": None, "severity": "error",
                           "problem": f"{article.id}: statements could not be extracted ({type(err).__name__}: {err})"})
            continue
        for record in found:
            record["path"] = article.path
        records += found
    name_in_full_across(records, actors)
    table = statements_frame(records, [*COLUMNS, "path"])
    table["words"] = [voice.count_words(t) for t in table["text"]]
    return table


def analyse(*sources, actors: Actors | None = None, level: str = "party", min_words: int = 100,
            neutral_terms: Iterable[str] | None = None, strict: bool = False) -> Tables:
    """Analyse articles from files, folders or corpus tables (see ``analysis.articles``).

    ``level`` groups parties ("party") or blocs ("bloc", from data/parties.csv);
    ``min_words`` is the fewest words readability is reported for; ``neutral_terms`` (default
    the project's list) is what ``neutral_terms_effect`` removes from VADER's lexicon. The tone
    and readability columns themselves always use the full lexicon.
    """
    problems: list[dict] = []
    articles = list(iter_articles(*sources, strict=strict, errors=problems))
    return analyse_articles(articles, actors=actors, level=level, min_words=min_words,
                            neutral_terms=neutral_terms, errors=problems)


def analyse_articles(articles: list[Article], actors: Actors | None = None, level: str = "party",
                     min_words: int = 100, neutral_terms: Iterable[str] | None = None,
                     errors: list[dict] | None = None) -> Tables:
    """The same as :func:`analyse` for articles already loaded."""
    if level not in LEVELS:
        raise ValueError(f"level must be one of {LEVELS}, not {level!r}")
    actors = actors or default_actors()
    errors = list(errors or [])
    statements = statements_table(articles, actors, errors)
    statements["cue_class"] = [framing.cue_class(c) for c in statements["cue"]]
    statements["compound"] = _statement_compound(statements)
    article_table = _article_table(articles, statements, min_words)

    grouped = statements.assign(**{level: voice.labelled(statements, level)})
    shares = voice.quote_share(statements, article_table, level)
    mention_table = voice.mentions(articles, statements, actors)
    versus = voice.mentioned_vs_quoted(mention_table, shares, level)
    order = voice.group_order(set(grouped[level]) | set(mention_table[level]), actors, level)
    tone_of = tone.summarize_tone(grouped.drop_duplicates(["doc_id", "statement"]), by=[level])
    about = _tone_about(articles, statements, actors)
    effect = tone.neutral_terms_effect(_joined(grouped, [level]), neutral_terms, by=[level]) \
        if len(grouped) else pd.DataFrame(columns=[level, "n", "difference"])
    readable = readability.readability_by(grouped, by=[level], min_words=min_words)

    return Tables(
        level=level,
        articles=article_table,
        statements=statements,
        speakers=_speaker_table(statements, min_words),
        parties=_ordered(_party_table(level, shares, tone_of, about, versus, readable), level, order),
        mentions=mention_table,
        mentioned_vs_quoted=_ordered(versus, level, order),
        prominence=voice.prominence(articles, statements, actors, level),
        tone_of=_ordered(tone_of, level, order),
        tone_about=about,
        voice_by_article=_voice_by_article(articles, statements, article_table, level),
        neutral_terms_effect=_ordered(effect, level, order),
        readability=_ordered(readable, level, order),
        cue_classes=framing.cue_classes(grouped, by=[level]),
        hedges_boosters=_ordered(framing.hedges_boosters(grouped, by=[level]), level, order),
        frames=framing.frames_by(grouped, by=[level]),
        article_frames=framing.frames_by_article(pd.DataFrame(
            {"doc_id": [a.id for a in articles], "text": [a.text for a in articles],
             "body_start": [a.body_start for a in articles]})) if articles else pd.DataFrame(columns=["doc_id"]),
        narrator_stance=_narrator_stance(articles, statements),
        errors=pd.DataFrame(errors, columns=["path", "row", "severity", "problem"]),
        order=order,
        texts={a.id: a for a in articles},
    )


def _article_table(articles: list[Article], statements: pd.DataFrame, min_words: int) -> pd.DataFrame:
    """One row per article: its fields, its statements and the readability of its body."""
    table = articles_table(articles)
    per_doc = statements.groupby("doc_id")["statement"].nunique()
    table["statements"] = [int(per_doc.get(a.id, 0)) for a in articles]
    scores = pd.DataFrame([readability.readability(a.body, min_words=min_words) for a in articles],
                          index=table.index)
    return pd.concat([table, scores.drop(columns=["words"], errors="ignore")], axis=1)


def _voice_by_article(articles: list[Article], statements: pd.DataFrame, article_table: pd.DataFrame,
                      level: str) -> pd.DataFrame:
    """Quote shares within each article (the corpus-wide ones are in ``parties``)."""
    by_doc = voice.per_article(statements)
    frames = [voice.quote_share(rows, article_table[article_table["id"] == doc], level).assign(doc_id=doc)
              for doc, rows in by_doc.items()]
    if not frames:
        return pd.DataFrame(columns=["doc_id", level])
    table = pd.concat(frames, ignore_index=True)
    return table[["doc_id", *[c for c in table.columns if c != "doc_id"]]]


def _narrator_stance(articles: list[Article], statements: pd.DataFrame) -> pd.DataFrame:
    """Hedges and boosters in each article's own voice, outside every statement."""
    by_doc = voice.per_article(statements)
    rows = [framing.narrator_stance(a.text, by_doc.get(a.id, statements.iloc[:0]), a.body_start, a.id)
            for a in articles]
    return pd.concat(rows, ignore_index=True) if rows else pd.DataFrame(columns=["doc_id"])


def _party_table(level: str, shares: pd.DataFrame, tone_of: pd.DataFrame, about: pd.DataFrame,
                 versus: pd.DataFrame, readable: pd.DataFrame) -> pd.DataFrame:
    """One row per group: voice, tone of and about it, mentions and readability side by side."""
    tone_about_summary = tone.summarize_tone(about, by=[level]) if len(about) else \
        pd.DataFrame(columns=[level, "n", "mean_compound", "ci_low", "ci_high"])
    table = (shares
             .merge(_prefixed(tone_of, "tone_of_", level), on=level, how="left")
             .merge(_prefixed(tone_about_summary, "tone_about_", level), on=level, how="outer")
             .merge(versus[[level, "mentions", "share_of_mentions"]], on=level, how="outer")
             .merge(readable.drop(columns=["n", "words"], errors="ignore"), on=level, how="left"))
    voice_columns = [c for c in shares.columns if c != level] + ["mentions", "share_of_mentions"]
    table[voice_columns] = table[voice_columns].fillna(0)  # named but never heard: zero voice, not unknown
    counts = [c for c in voice_columns if not c.startswith("share") and c != "named_share"]
    table[counts] = table[counts].astype(int)
    table.insert(table.columns.get_loc("share_of_mentions") + 1, "gap",
                 table["share_of_words"] - table["share_of_mentions"])
    return table


def _speaker_table(statements: pd.DataFrame, min_words: int) -> pd.DataFrame:
    """One row per speaker: voice, tone of their statements and readability."""
    by_speaker = statements.assign(party=voice.labelled(statements, "party"))
    keys = ["speaker", "party"]
    speaker_tone = tone.summarize_tone(by_speaker.drop_duplicates(["doc_id", "statement"]), by=keys, n_boot=500)
    readable = readability.readability_by(by_speaker, by=keys, min_words=min_words)
    return (voice.speaker_share(statements)
            .merge(speaker_tone[[*keys, "mean_compound", "ci_low", "ci_high"]], on=keys, how="left")
            .merge(readable.drop(columns=["n", "words"], errors="ignore"), on=keys, how="left"))


def _prefixed(table: pd.DataFrame, prefix: str, level: str) -> pd.DataFrame:
    return table.add_prefix(prefix).rename(columns={f"{prefix}{level}": level})


def _joined(statements: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    """One row per utterance, its spans' texts joined, so that tone counts utterances."""
    if statements.empty:
        return statements.assign(text=[])[[*by, "text"]]
    keys = ["doc_id", "statement"]
    return (statements.groupby(keys, sort=False)
            .agg(**{c: (c, "first") for c in by}, text=("text", " ".join))
            .reset_index())


def _statement_compound(statements: pd.DataFrame) -> list[float]:
    """Each row carries the tone of its whole utterance (all its spans scored together)."""
    if statements.empty:
        return []
    utterances = _joined(statements, [])
    scored = tone.statement_tone(utterances)
    compound = dict(zip(zip(scored["doc_id"], scored["statement"]), scored["compound"]))
    return [compound[k] for k in zip(statements["doc_id"], statements["statement"])]


def _tone_about(articles: list[Article], statements: pd.DataFrame, actors: Actors) -> pd.DataFrame:
    aliases = {party: actors.party_forms(party) for party in actors.parties}
    by_doc = voice.per_article(statements)
    rows = [tone.tone_about(a.text, a.id, by_doc.get(a.id, statements.iloc[:0]), aliases, body_start=a.body_start)
            for a in articles]
    about = pd.concat(rows, ignore_index=True) if rows else pd.DataFrame(columns=["doc_id", "party"])
    about["bloc"] = [actors.bloc(p) for p in about["party"]]
    return about


def _ordered(table: pd.DataFrame, level: str, order: list[str]) -> pd.DataFrame:
    """Rows in the study's party order (the order of every chart)."""
    rank = {g: i for i, g in enumerate(order)}
    return table.sort_values(level, key=lambda s: s.map(lambda g: rank.get(g, len(rank))),
                             ignore_index=True)
