"""The bundled demo news site: fictional Vietnamese outlets serving ranking news on 127.0.0.1.

It exists so that `xephang run --demo` and the end-to-end tests exercise the real crawler against
realistic pages (menus, ads, comments, pagination, AMP copies, tracking links, syndicated and
republished stories, an official ranking table) without touching the network. Content is data in
`articles/`; each outlet's page structure lives in its own module in `outlets/`.
"""
