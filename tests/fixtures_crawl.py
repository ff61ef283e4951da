"""Fixtures for the crawl tests."""
