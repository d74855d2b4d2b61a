"""Speed of statement extraction and attribution on one core: articles per second, linearity, peak memory.

Usage: ``benchmark.py [--articles N] [--repeats R]``. The test articles are built from the body of
the first article (data/articles/2022-02-01_cnn_…): its paragraphs, taken in turn from a different
starting paragraph for each article so that no two texts are alike, until an article holds about
1,200 words (whole paragraphs, then whole sentences of the next one). ``statement_records``
(extraction and attribution: the records the command line prints) runs on every article once to
warm up (lexicons load, caches fill), then the whole batch is timed several times and the median
rate reported; higher is better. ``find_statements``, which also builds a pandas table for each
article, is timed the same way; a corpus builds one table for all its articles instead. Linearity times one article at 1×, 10× and
100× the seed body's length: seconds per 1,000 words should stay flat. Peak memory is what Python
allocates during one call (tracemalloc, run apart from the timings because tracing slows code
down) and the process's peak resident size. The process is pinned to one core where the
platform allows it. The whole measures pipeline is timed on the same batch.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
import tracemalloc
from typing import Callable

from analysis.config import ARTICLES_DIR
from analysis.text import paragraphs, sentences, words

SEED = ARTICLES_DIR / "2022-02-01_cnn_putin-says-us-ignoring-russian-security-needs.txt"
ARTICLE_WORDS = 1200
TARGET_RATE = 300.0  # articles of ~1,200 words per second on one core; higher is better
SCALES = (1, 10, 100)
# Page furniture above the body ("Home News …", the headline, "Source: CNN") is short lines;
# the body starts at the first paragraph of at least this many words.
BODY_MIN_WORDS = 15


def pin_to_one_core() -> str:
    """Restrict this process to a single CPU; say which, or why not."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity on this platform)"
    core = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {core})
    return f"pinned to core {core}"


def body_paragraphs(text: str) -> list[str]:
    """The article's paragraphs from the first long one on."""
    paras = [text[s:e] for s, e in paragraphs(text)]
    for i, para in enumerate(paras):
        if len(words(para)) >= BODY_MIN_WORDS:
            return paras[i:]
    raise ValueError(f"no paragraph of at least {BODY_MIN_WORDS} words: not an article body")


def build_article(paras: list[str], n_words: int = ARTICLE_WORDS, first: int = 0) -> str:
    """About ``n_words`` words of ``paras``, in turn from paragraph ``first``, one paragraph a line.

    Whole paragraphs while they fit, then the whole sentences of the next one that still fit, so
    quotations are not cut in the middle.
    """
    chosen: list[str] = []
    count, i = 0, first
    while count < n_words:
        para = paras[i % len(paras)]
        size = len(words(para))
        if count + size > n_words:
            kept = []
            for s, e in sentences(para):
                size = len(words(para[s:e]))
                if count + size > n_words:
                    break
                kept.append(para[s:e])
                count += size
            if kept:
                chosen.append(" ".join(kept))
            break
        chosen.append(para)
        count += size
        i += 1
    return "\n\n".join(chosen) + "\n"


def timed(func: Callable[[], object], repeats: int) -> list[float]:
    """Wall-clock seconds of ``repeats`` calls of ``func``."""
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        func()
        times.append(time.perf_counter() - began)
    return times


def peak_traced_bytes(func: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        func()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def max_rss_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 1024 / (1024 if sys.platform == "darwin" else 1)  # bytes on macOS, KiB elsewhere


def throughput(name: str, run_one: Callable[[str, str], object], texts: list[str], repeats: int,
               target: bool = True) -> float:
    """Median articles per second of ``run_one`` over the batch; prints the line (with the verdict
    against the target if ``target``) and returns the rate."""
    def batch():
        for i, text in enumerate(texts):
            run_one(text, f"bench-{i}")

    batch()  # warm-up
    rates = sorted(len(texts) / t for t in timed(batch, repeats))
    median = statistics.median(rates)
    verdict = f"target >= {TARGET_RATE:.0f}: {'ok' if median >= TARGET_RATE else 'below'}; " if target else ""
    print(f"{name:<34}{median:9.1f} articles/s  ({verdict}"
          f"range {rates[0]:.1f}-{rates[-1]:.1f} over {repeats} runs of {len(texts)})")
    return median


def linearity(run_one: Callable[[str, str], object], paras: list[str], repeats: int) -> None:
    """Seconds per article at each scale of the seed body; flat seconds per 1,000 words is linear."""
    print(f"\n{'length':<8}{'words':>9}{'seconds':>11}{'s/1,000 words':>15}{'vs 1x':>8}{'peak MB':>10}")
    base = None
    for scale in SCALES:
        text = "\n\n".join(paras * scale) + "\n"
        n_words = len(words(text))
        runs = max(3, 4 * repeats // scale)  # long texts take long enough to time in few runs
        seconds = statistics.median(timed(lambda: run_one(text, "linearity"), runs))
        per_k = seconds / n_words * 1000
        base = base or per_k
        peak = peak_traced_bytes(lambda: run_one(text, "memory")) / 2**20
        print(f"{str(scale) + 'x':<8}{n_words:>9,}{seconds:>11.5f}{per_k:>15.5f}{per_k / base:>8.2f}{peak:>10.2f}")


def pipeline_rate(texts: list[str], repeats: int) -> None:
    """Articles per second of the whole analysis (statements, voice, tone, readability, framing
    and every aggregate table) over the batch at once, as ``analysis.pipeline.analyse`` runs it."""
    from analysis.articles import Article
    from analysis.pipeline import analyse_articles

    articles = [Article(id=f"bench-{i}", text=t) for i, t in enumerate(texts)]
    analyse_articles(articles)  # warm-up
    rates = sorted(len(texts) / t for t in timed(lambda: analyse_articles(articles), repeats))
    print(f"{'whole measures pipeline':<34}{statistics.median(rates):9.1f} articles/s  "
          f"(range {rates[0]:.1f}-{rates[-1]:.1f} over {repeats} runs of {len(texts)})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=50, help="distinct ~1,200-word articles per batch")
    parser.add_argument("--repeats", type=int, default=5, help="timed runs of the batch (median reported)")
    args = parser.parse_args(argv)
    if args.articles < 1 or args.repeats < 1:
        sys.exit("error: --articles and --repeats must be at least 1")
    if not SEED.is_file():
        sys.exit(f"error: the seed article {SEED} is missing")

    from analysis.statements import find_statements, statement_records

    def extract(text: str, doc_id: str):
        return statement_records(text, doc_id=doc_id)

    def extract_table(text: str, doc_id: str):
        return find_statements(text, doc_id=doc_id)

    print(f"{pin_to_one_core()}; Python {sys.version.split()[0]}")
    paras = body_paragraphs(SEED.read_text(encoding="utf-8"))
    texts = [build_article(paras, ARTICLE_WORDS, first=i) for i in range(args.articles)]
    sizes = [len(words(t)) for t in texts]
    print(f"seed body: {len(paras)} paragraphs, {len(words(chr(10).join(paras))):,} words; "
          f"test articles: {min(sizes):,}-{max(sizes):,} words (mean {statistics.mean(sizes):,.0f})\n")

    throughput("extraction + attribution", extract, texts, args.repeats)
    throughput("  and a pandas table per article", extract_table, texts, args.repeats, target=False)
    pipeline_rate(texts, args.repeats)

    linearity(extract, paras, args.repeats)
    one = texts[0]
    print(f"\npeak Python allocation for one {len(words(one)):,}-word article: "
          f"{peak_traced_bytes(lambda: extract(one, 'memory')) / 2**20:.1f} MB; "
          f"peak resident size of the process: {max_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
