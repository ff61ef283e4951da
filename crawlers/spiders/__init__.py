"""Spiders of the xephang crawler (one: `news`, driven by a source file)."""
