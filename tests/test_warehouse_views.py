"""article_facts, now defined on top of facts_v (migration 0005), returns exactly what its first definition did."""

from __future__ import annotations

from tests.fixtures_warehouse import make_fact
from warehouse import Warehouse
from warehouse.migrate import MIGRATIONS_DIR

SENTENCE = "Quảng Ngãi tăng 34 bậc, lên vị trí 21/63 với 0,4312 điểm."


def _first_definition() -> str:
    """The SELECT of article_facts as migration 0002 created it, read from the migration file itself."""
    sql = (MIGRATIONS_DIR / "0002_views.sql").read_text(encoding="utf-8")
    return sql.split("CREATE VIEW article_facts AS", 1)[1].strip().rstrip(";")


def test_article_facts_on_facts_v_equals_its_first_definition(
    warehouse: Warehouse, run_id: int, articles: dict[str, int]
) -> None:
    warehouse.load_facts(
        run_id,
        "v1",
        [
            (articles["original"], make_fact(rank=21, rank_total=63, rank_change=34, score=0.4312, sentence=SENTENCE, start=3, end=50)),
            (articles["syndicated"], make_fact(rank=21, rank_total=63, sentence=SENTENCE, start=3, end=50)),
            (articles["unrelated"], make_fact(rank=22, rank_total=64, start=7)),
            (articles["original"], make_fact("Đà Nẵng", rank=1, score=0.6667, component="chính quyền số", start=60)),
            (articles["official"], make_fact("Việt Nam", entity_type="country", index="egdi", year=None, rank=71, group="x")),
        ],
    )
    fact = {
        (entity, attribute): fact_id
        for fact_id, entity, attribute in warehouse.query("SELECT fact_id, entity, attribute FROM facts_v")
    }
    warehouse.review(fact[("Quảng Ngãi", "rank")], "correct", value=23)  # a value nobody claimed
    warehouse.review(fact[("Đà Nẵng", "rank")], "reject")  # the whole fact
    warehouse.review(fact[("Quảng Ngãi", "rank_total")], "accept", value=63)
    warehouse.review(fact[("Việt Nam", "rank")], "correct", value=71, key_changes={"year": 2024})

    rows = warehouse.query("SELECT * FROM article_facts")
    assert rows == warehouse.query(_first_definition())
    # Every case of is_resolved_value is covered: the resolved value, another one, none.
    assert {r[16] for r in rows} == {True, False, None}
