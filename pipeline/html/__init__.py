"""Article page HTML reduced to title, date, body text, tables and author, one job a module.

`article` orders the steps and holds `ParsedArticle`; `decoding` turns bytes into text, `dates` reads
Vietnamese dates, `cleaning` removes page furniture, `body` finds the article text, `tables` parses
HTML tables (turning them into facts is `pipeline/tables.py`), `metadata` reads title, author and date,
and `elements` holds the element text and tag sets they share. Callers import from
`pipeline.html_article`, the public entry point.
"""
