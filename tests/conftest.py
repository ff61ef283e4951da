"""Shared pytest fixtures.

Fixtures live in area modules (one per part of the product) registered here, so each area's
real servers and files are set up in one place.
"""

pytest_plugins = [
    "tests.fixtures_servers",
    "tests.fixtures_crawl",
    "tests.fixtures_warehouse",
    "tests.fixtures_hygiene",
    "tests.fixtures_versions",
    "tests.fixtures_articles",
]
