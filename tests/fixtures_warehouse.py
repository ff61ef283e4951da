"""Fixtures for the warehouse tests."""
