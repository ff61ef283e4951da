"""The demo outlets, one module per publisher (as Fundus keeps one module per real publisher).

`build_outlets()` returns them keyed by id; the id is also the source id in
`crawlers/sources/demo/<id>.toml` and the `{demo:<id>}` placeholder there.
"""

from __future__ import annotations

from xephang.demo.content import load_articles
from xephang.demo.outlets.base import Outlet

OUTLET_MODULES = ("nhipso", "doisongso", "songhan", "chinhquyenso", "chiso")


def build_outlets() -> dict[str, Outlet]:
    """Every outlet with the articles placed on it."""
    import importlib

    articles = load_articles()
    outlets: dict[str, Outlet] = {}
    for name in OUTLET_MODULES:
        module = importlib.import_module(f"xephang.demo.outlets.{name}")
        outlet: Outlet = module.OUTLET_CLASS(articles)
        outlets[outlet.id] = outlet
    return outlets
