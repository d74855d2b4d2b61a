"""Voice: who gets to speak, how much, and who is talked about without being heard.

Works on the statements table (one row per contiguous content span; the rows of one utterance
share ``doc_id`` and ``statement``) and the articles table. Counts statements as utterances and
words as the words inside content spans. A "group" is a party or a bloc (``level``); speakers
without a party are counted under "unmapped", never dropped.
"""
from __future__ import annotations

import pandas as pd

from .actors import Actors
from .text import paragraphs, words

UNMAPPED_LABEL = "unmapped"
KINDS = ("direct", "mixed", "indirect")


def count_words(text: str) -> int:
    return len(words(text))


def labelled(table: pd.DataFrame, level: str) -> pd.Series:
    """The party or bloc of each row, with "unmapped" for an empty one."""
    return table[level].fillna("").replace("", UNMAPPED_LABEL)


def group_order(values, actors: Actors, level: str = "party") -> list[str]:
    """Groups in the registry's order, then others alphabetically, then "unmapped"."""
    known = actors.parties if level == "party" else list(dict.fromkeys(actors.bloc(p) for p in actors.parties))
    present = set(values)
    ordered = [g for g in known if g in present]
    ordered += sorted(present - set(ordered) - {UNMAPPED_LABEL})
    return ordered + ([UNMAPPED_LABEL] if UNMAPPED_LABEL in present else [])


def per_article(statements: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Statements split by article once, so that per-article loops stay linear in the corpus."""
    return {doc: rows for doc, rows in statements.groupby("doc_id", sort=False)}


def quote_share(statements: pd.DataFrame, articles: pd.DataFrame, level: str = "party") -> pd.DataFrame:
    """Per group: statements, words, their shares, words by kind, and the share of all article
    words that are the group's own reported words.

    Columns: level, statements, words, share_of_statements, share_of_words, direct, mixed,
    indirect (statements of each kind), direct_words, mixed_words, indirect_words,
    share_of_article_words, named_share (share of statements whose speaker is not anonymous).
    Higher share = more voice.
    """
    table = statements.assign(group=labelled(statements, level))
    utterances = table.drop_duplicates(["doc_id", "statement"])
    rows = []
    article_words = int(articles["words"].sum()) if len(articles) else 0
    total_words = int(table["words"].sum())
    total_statements = len(utterances)
    for group, spans in table.groupby("group", sort=False):
        own = utterances[utterances["group"] == group]
        row = {level: group, "statements": len(own), "words": int(spans["words"].sum())}
        for kind in KINDS:
            row[kind] = int((own["kind"] == kind).sum())
            row[f"{kind}_words"] = int(spans.loc[spans["kind"] == kind, "words"].sum())
        row["share_of_statements"] = row["statements"] / total_statements if total_statements else 0.0
        row["share_of_words"] = row["words"] / total_words if total_words else 0.0
        row["share_of_article_words"] = row["words"] / article_words if article_words else 0.0
        row["named_share"] = float((own["speaker_type"] != "group").mean()) if len(own) else 0.0
        rows.append(row)
    columns = [level, "statements", "words", "share_of_statements", "share_of_words",
               *KINDS, *(f"{k}_words" for k in KINDS), "share_of_article_words", "named_share"]
    return pd.DataFrame(rows, columns=columns)


def speaker_share(statements: pd.DataFrame) -> pd.DataFrame:
    """Per speaker: party, bloc, type, statements, words and share of all attributed words."""
    table = statements.assign(party=labelled(statements, "party"), bloc=labelled(statements, "bloc"))
    utterances = table.drop_duplicates(["doc_id", "statement"])
    keys = ["speaker", "party", "bloc", "speaker_type"]
    counts = utterances.groupby(keys, sort=False).size().rename("statements")
    word_sums = table.groupby(keys, sort=False)["words"].sum()
    out = pd.concat([counts, word_sums], axis=1).reset_index()
    total = out["words"].sum()
    out["share_of_words"] = out["words"] / total if total else 0.0
    return out.sort_values(["words", "speaker"], ascending=[False, True], ignore_index=True)


def mentions(articles: list, statements: pd.DataFrame, actors: Actors) -> pd.DataFrame:
    """Every place an article's body names a party (its names, demonyms, capitals and actors).

    Columns: doc_id, party, bloc, start, end, text, in_own_statement (the mention lies inside a
    statement of the same party: a party naming itself is not being talked about).
    """
    rows = []
    by_doc = per_article(statements)
    for article in articles:
        own = by_doc.get(article.id, statements.iloc[:0])
        spans = list(zip(own["start"], own["end"], own["party"]))
        for start, end, party in actors.party_mentions(article.text, article.body_start, people=True):
            inside = any(s <= start < e and p == party for s, e, p in spans)
            rows.append({"doc_id": article.id, "party": party, "bloc": actors.bloc(party),
                         "start": start, "end": end, "text": article.text[start:end],
                         "in_own_statement": inside})
    return pd.DataFrame(rows, columns=["doc_id", "party", "bloc", "start", "end", "text",
                                       "in_own_statement"])


def mentioned_vs_quoted(mention_table: pd.DataFrame, shares: pd.DataFrame, level: str = "party") -> pd.DataFrame:
    """Per group: how often it is named against how much it is heard.

    Columns: level, mentions (outside its own statements), share_of_mentions, share_of_words,
    gap (share_of_words - share_of_mentions: negative = talked about more than heard).
    """
    outside = mention_table[~mention_table["in_own_statement"]]
    counts = outside.groupby(level).size()
    total = counts.sum()
    groups = list(dict.fromkeys(list(counts.index) + list(shares[level])))
    heard = dict(zip(shares[level], shares["share_of_words"]))
    rows = []
    for group in groups:
        n = int(counts.get(group, 0))
        share = n / total if total else 0.0
        rows.append({level: group, "mentions": n, "share_of_mentions": share,
                     "share_of_words": heard.get(group, 0.0), "gap": heard.get(group, 0.0) - share})
    return pd.DataFrame(rows, columns=[level, "mentions", "share_of_mentions", "share_of_words", "gap"])


def prominence(articles: list, statements: pd.DataFrame, actors: Actors, level: str = "party") -> pd.DataFrame:
    """Per article and group: named in the headline, named in the lead paragraph, quoted in the
    lead, and the rank of its first statement (1 = the article's first voice).
    """
    rows = []
    by_doc = per_article(statements)
    for article in articles:
        own = by_doc.get(article.id, statements.iloc[:0]).sort_values("start")
        groups_in = lambda text: {_level(actors, p, level) for _, _, p in actors.party_mentions(text, people=True)}
        headline = groups_in(article.headline)
        paras = paragraphs(article.text, article.body_start)
        lead_span = paras[0] if paras else (article.body_start, article.body_start)
        lead = groups_in(article.text[lead_span[0]:lead_span[1]])
        first_voices = list(dict.fromkeys(labelled(own, level)))
        lead_quoted = set(labelled(own[own["start"] < lead_span[1]], level))
        for group in dict.fromkeys([*first_voices, *sorted(headline | lead)]):
            rows.append({"doc_id": article.id, level: group, "in_headline": group in headline,
                         "in_lead": group in lead, "quoted_in_lead": group in lead_quoted,
                         "first_voice_rank": first_voices.index(group) + 1 if group in first_voices else None})
    return pd.DataFrame(rows, columns=["doc_id", level, "in_headline", "in_lead", "quoted_in_lead",
                                       "first_voice_rank"])


def _level(actors: Actors, party: str, level: str) -> str:
    return party if level == "party" else actors.bloc(party)
