"""Writing review decisions: through `Warehouse.review`, plus undo.

`Warehouse.review` records a decision and re-resolves the fact, but it keeps no trace of which
claimed value a correction replaced. That is needed here:
precision per extractor version must know which value was judged, and a reviewer must be able to
undo a keystroke. The judged value and what changed go into the review's `note` as JSON (the
reviews table has no column for the judged value; corrected key fields also reach the warehouse's
`corrected_*` columns, so the views show the value under the corrected key); undo is
`Warehouse.delete_review`, which deletes the review row and re-resolves the fact under the
warehouse's writer lock; the append-only `review_log` keeps both the decision and its undo.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from warehouse import Warehouse

# Fact fields a reviewer may correct besides the value. A correction passes them to
# `Warehouse.review(key_changes=...)`, which moves the value to the corrected key in the views; they
# are kept in the note as well, where the gold export and the accuracy page read them.
KEY_FIELDS = ("entity", "index", "component", "group", "year")


@dataclass
class Decision:
    """One stored review, as the page and the tests read it back."""

    review_id: int
    fact_id: int
    decision: str
    value_id: int | None
    corrected_value: float | None
    reviewer: str | None
    reviewed_at: str
    note: dict[str, Any]
    undone_by: str | None = None  # set in `trail` for a decision that was taken back
    undone_at: str | None = None


class ReviewStore:
    """Decisions on facts of one warehouse file: record, undo, read back."""

    def __init__(self, warehouse: Warehouse) -> None:
        self.warehouse = warehouse

    def current_value(self, fact_id: int) -> tuple[int | None, float | None]:
        """(value_id, value) the fact resolves to now: the value a reviewer is shown and judges."""
        rows = self.warehouse.query(
            "SELECT r.value_id, r.value FROM fact_resolution r WHERE r.fact_id = ?", [fact_id]
        )
        if rows and rows[0][0] is not None:
            return int(rows[0][0]), float(rows[0][1])
        # Rejected, retired or never resolved: judge the best-supported claimed value instead (support
        # counts article clusters of current readings as resolution does, then of any reading for a
        # retired fact; the earlier claim breaks a tie).
        rows = self.warehouse.query(
            "SELECT v.id, v.value FROM fact_values v"
            " LEFT JOIN evidence e ON e.value_id = v.id LEFT JOIN articles a ON a.id = e.article_id"
            " LEFT JOIN current_readings c ON c.article_id = e.article_id AND c.extractor_version = e.extractor_version"
            " WHERE v.fact_id = ? GROUP BY v.id, v.value"
            " ORDER BY count(DISTINCT a.cluster_id) FILTER (WHERE c.article_id IS NOT NULL) DESC,"
            " count(DISTINCT a.cluster_id) DESC, v.id LIMIT 1",
            [fact_id],
        )
        return (int(rows[0][0]), float(rows[0][1])) if rows else (None, None)

    def record(
        self,
        fact_id: int,
        decision: str,
        *,
        reviewer: str | None,
        value_id: int | None = None,
        corrected_value: float | None = None,
        key_changes: dict[str, Any] | None = None,
        comment: str | None = None,
    ) -> int:
        """Store one decision on the claimed value `value_id` (default: the value shown) of a fact.

        accept/reject judge that value (reject makes the next claimed value, if any, win); correct
        sets `corrected_value` and/or moves the value to the key corrected by `key_changes`.
        Returns the review id.
        """
        if value_id is None:
            value_id, judged = self.current_value(fact_id)
        else:
            rows = self.warehouse.query(
                "SELECT value FROM fact_values WHERE id = ? AND fact_id = ?", [value_id, fact_id]
            )
            if not rows:
                raise ValueError(f"fact {fact_id} has no claimed value with id {value_id}")
            judged = float(rows[0][0])
        changes = {k: v for k, v in (key_changes or {}).items() if k in KEY_FIELDS}
        if decision == "correct" and corrected_value is None:
            if not changes:
                raise ValueError("a correction needs a corrected value or a corrected field")
            corrected_value = judged  # only the key was wrong: the value stands
        note: dict[str, Any] = {"value_id": value_id, "was": judged}
        if decision == "correct":
            note["now"] = corrected_value
        if changes:
            note["changes"] = changes
        if comment:
            note["comment"] = comment
        value = corrected_value if decision == "correct" else judged
        # Only a correction moves the value (the gold export, too, applies changes of corrections only).
        return self.warehouse.review(
            fact_id, decision, value=value, reviewer=reviewer, note=json.dumps(note, ensure_ascii=False),
            key_changes=changes if decision == "correct" and changes else None,
        )

    def undo(self, review_id: int, *, actor: str | None = None) -> int | None:
        """Take one review back and re-resolve its fact (the warehouse's writer path); returns the fact id, None if gone.

        The decision stops counting everywhere; `review_log` keeps that it was made and undone, by whom."""
        result = self.warehouse.delete_review(review_id, actor=actor)
        return None if result is None else int(result)

    def trail(self, fact_id: int) -> list[Decision]:
        """Every decision ever made on a fact, latest first, those taken back with who undid them and when
        (from the append-only review_log, migration 0006)."""
        rows = self.warehouse.query(
            """
            SELECT m.review_id, m.fact_id, m.value_id, m.decision, m.corrected_value, m.reviewer,
                   CAST(m.reviewed_at AS VARCHAR), m.note, u.actor, CAST(u.logged_at AS VARCHAR)
            FROM review_log m
            LEFT JOIN review_log u ON u.review_id = m.review_id AND u.action = 'undone'
            WHERE m.action = 'made' AND m.fact_id = ?
            ORDER BY m.reviewed_at DESC, m.review_id DESC
            """,
            [fact_id],
        )
        return _decisions(rows)

    def history(self, fact_id: int) -> list[Decision]:
        """Every review of a fact, latest first (the first one is the one in force)."""
        rows = self.warehouse.query(
            "SELECT id, fact_id, value_id, decision, corrected_value, reviewer, CAST(reviewed_at AS VARCHAR), note,"
            " NULL, NULL FROM reviews WHERE fact_id = ? ORDER BY reviewed_at DESC, id DESC",
            [fact_id],
        )
        return _decisions(rows)


def _decisions(rows: list[tuple]) -> list[Decision]:
    """Rows of (review id, fact id, value id, decision, corrected value, reviewer, reviewed at, note,
    undone by, undone at) as Decisions: the one shape `history` and `trail` both select."""
    return [
        Decision(int(r[0]), int(r[1]), r[3], None if r[2] is None else int(r[2]), r[4], r[5], r[6], parse_note(r[7]),
                 undone_by=r[8], undone_at=r[9])
        for r in rows
    ]


def parse_note(note: str | None) -> dict[str, Any]:
    """The JSON this module writes into `reviews.note`; a free-text note from elsewhere as a comment."""
    if not note:
        return {}
    try:
        data = json.loads(note)
    except ValueError:
        return {"comment": note}
    return data if isinstance(data, dict) else {"comment": note}
