"""Attributed statements: every place an article reports what someone said, with character spans.

A statement is content (a direct quote, reported speech, or reported speech carrying quoted
fragments), a cue (the reporting expression: "said", "warned", "according to", "quoted … as
saying") and a speaker mention ("he", "Putin", "Russia's UN envoy, Vassily Nebenzia"). The
rules work on one sentence at a time, on word tokens and the quotation spans of
``analysis.quotes``; they need no parser or model, so they run at hundreds of articles a
second. The reporting verbs and the nouns that head a speaker are data files in
``analysis/lexicons``. Resolving the mention to an entity and a party is the job of
``analysis.speakers`` and ``analysis.actors``.

Columns of the statements table (one row per contiguous content span; rows of one utterance,
split around its attribution or continued in the next sentence, share ``statement``):
``doc_id, statement, kind, text, start, end, cue, cue_start, cue_end, speaker_mention,
speaker_start, speaker_end, speaker, party, sentence, paragraph``. Offsets index the
article's text exactly: ``text[start:end] == row.text``. A missing cue or mention is "" with
offsets -1.

The package's modules, each using only those before it: ``lexicon`` (the word sets and lexicon
files), ``tokens`` (an article's word tokens), ``subjects`` (who speaks), ``cues`` (reporting
expressions and the clauses after them), ``frames`` (the reporting frames of one sentence),
``article`` (frames across an article) and ``table`` (the rows).
"""
from .lexicon import cue_lexicon, nominal_objects
from .table import COLUMNS, INTEGER_COLUMNS, find_statements, statement_records, statements_frame

__all__ = ["COLUMNS", "INTEGER_COLUMNS", "cue_lexicon", "find_statements", "nominal_objects", "statement_records",
           "statements_frame"]
