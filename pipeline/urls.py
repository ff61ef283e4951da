"""Canonical article URLs: the first of the three article-dedup steps.

Outlets reach one article through many addresses: tracking parameters from newsletters and social
shares, an AMP copy, a mobile host, http vs https, with or without `www`. The crawler uses the
canonical form to skip articles already stored, and the warehouse uses it as the article key while
keeping every address that reached it as an alias.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that never change what page is served.
TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "zarsrc", "zlink",
        "mc_cid", "mc_eid", "igshid", "ref", "ref_src", "cmpid", "_ga", "_gl",
        "utm_id", "amp", "outputtype", "share", "from",
    }
)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "itm_")

_AMP_PATH = re.compile(r"(/amp)(?=/|$)|(\.amp)(?=\.html?$|$)|(-amp)(?=\.html?$)", re.IGNORECASE)
_MOBILE_HOST = re.compile(r"^(m|mobile|amp)\.", re.IGNORECASE)


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """Return the one address an article is stored under.

    https, lower-case host without `www.`/`m.`/`amp.`, default port dropped, AMP path markers
    (`/amp/…`, `…/amp`, `….amp.html`) removed, tracking parameters dropped, the remaining query
    sorted, fragment dropped, trailing slash removed (except for the root).
    """
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    host = re.sub(r"^www\.", "", host)
    host = _MOBILE_HOST.sub("", host)
    port = parts.port
    scheme = parts.scheme.lower()
    netloc = host
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        netloc = f"{host}:{port}"
    # Loopback hosts (the demo site) keep their scheme: http and https are different servers there.
    if host not in ("127.0.0.1", "localhost") and scheme in ("http", "https"):
        scheme = "https"
    path = _AMP_PATH.sub("", parts.path) or "/"
    path = re.sub(r"/{2,}", "/", path)
    if len(path) > 1:
        path = path.rstrip("/")
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k))
    return urlunsplit((scheme, netloc, path, urlencode(query), ""))
