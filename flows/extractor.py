"""Which extractor a flow reads with: the pipeline's, or another one named by import path.

The version is read from the extractor itself (`EXTRACTOR_VERSION` next to `extract_article`), never
written down anywhere else, so raising it in pipeline/extract.py is all an upgrade takes. Naming
another extractor (`module` or `module:attribute`) lets a candidate version be tried on a copy of
the warehouse, and lets the tests run two real versions over the same stored articles.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pipeline.model import Article, Fact

DEFAULT_EXTRACTOR = "pipeline.extract"


@dataclass(frozen=True)
class Extractor:
    """An extract function and the version it stamps on what it reads.

    `checked`, when the extractor has one (`extract_article_checked`), also returns the values it
    dropped as implausible, so a run can count them in its report instead of losing them silently.
    """

    spec: str
    version: str
    extract: Callable[[Article], list[Fact]]
    checked: Callable[[Article], Any] | None = None

    def read(self, article: Article) -> tuple[list[Fact], list[str]]:
        """(facts, one line per implausible value dropped: "url: entity · index · year attribute: why")."""
        if self.checked is None:
            return self.extract(article), []
        result = self.checked(article)
        return result.facts, [f"{article.url}: {r.describe()}" for r in result.rejected]


def load_extractor(spec: str = DEFAULT_EXTRACTOR) -> Extractor:
    """The extractor at `spec` ("module" or "module:attribute"), with `EXTRACTOR_VERSION` and `extract_article`.

    A clear ValueError when the spec does not name one: it comes from a command line.
    """
    module_name, _sep, attribute = spec.partition(":")
    try:
        target: object = importlib.import_module(module_name)
    except ImportError as exc:
        raise ValueError(f"cannot import extractor module {module_name!r}: {exc}") from exc
    if attribute:
        if not hasattr(target, attribute):
            raise ValueError(f"extractor module {module_name!r} has no {attribute!r}")
        target = getattr(target, attribute)
    version = getattr(target, "EXTRACTOR_VERSION", None)
    extract = getattr(target, "extract_article", None)
    if not isinstance(version, str) or not version or not callable(extract):
        raise ValueError(f"extractor {spec!r} needs a non-empty EXTRACTOR_VERSION and an extract_article function")
    checked = getattr(target, "extract_article_checked", None)
    return Extractor(spec, version, extract, checked if callable(checked) else None)


@dataclass
class Readings:
    """What one extractor made of a batch of stored articles."""

    facts: list[tuple[int, Fact]]
    read: list[int]  # articles read, with or without facts (a factless reading is a reading)
    errors: list[str]  # one line per article whose extraction failed; it is not among `read`
    implausible: list[str]  # values dropped as implausible, one line each


def read_articles(extractor: Extractor, articles: list[tuple[int, Article]]) -> Readings:
    """Read each (article id, article) with `extractor`; one bad article never stops the others."""
    out = Readings([], [], [], [])
    for article_id, article in articles:
        try:
            found, dropped = extractor.read(article)
        except Exception as exc:  # reported with the run, retried next time
            out.errors.append(f"extract {article.url}: {type(exc).__name__}: {exc}")
            continue
        out.facts.extend((article_id, fact) for fact in found)
        out.implausible.extend(dropped)
        out.read.append(article_id)
    return out

