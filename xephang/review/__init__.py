"""Human review of extracted facts: a local web page, the accuracy figures, and gold export.

One module per job: `store` (writing decisions and undoing them), `queue` (what to review and its
evidence), `highlight` (the claim's parts marked in escaped text), `accuracy` (precision from
reviews with Wilson intervals, the latest gold-set scores), `chart` (inline SVG rank history),
`pages` (HTML), `server` (the loopback HTTP server with its token and CSP), `export` (gold JSONL).
"""
