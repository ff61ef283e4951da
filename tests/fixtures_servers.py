"""Fixtures that start real servers on 127.0.0.1 (never anything off the machine)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(scope="session")
def demo_site() -> Iterator[object]:
    """The bundled demo news site, served on loopback for the whole test session."""
    from xephang.demo.server import serve_demo_site

    with serve_demo_site() as site:
        yield site
