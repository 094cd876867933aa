"""The store's fuzzy searches: claims that say the same (``track similar``), near-identical quotes
(the misattribution check, through the quote index) and imported reviews a claim matches."""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import attrs
from rapidfuzz import fuzz, process

from factcheck.similarity import expand, same_value, stated_values, terms
from factcheck.store.keys import QUOTE_KEY_WORDS, fold, quote_keys
from factcheck.store.rows import QuoteRow, ReviewRow, SimilarRow
from factcheck.store.staging import StagedKeys

__all__ = ["COMMON_RUN", "REVIEW_MIN_WORDS", "Search"]

REVIEW_MIN_WORDS = 4
"""A reviewed claim of fewer words is never matched: too little to be sure it is the same claim."""

COMMON_RUN = 50
"""A run of words held by more stored quotes than this is a stock phrase ("one of the", "we are
going to"): the quote index does not look it up, so its cost does not grow with the store."""


@attrs.define
class _ClaimIndex:
    """The stored claims' words and figures as :meth:`ClaimStore.similar` reads them, kept in memory:
    each claim's rowid by its number, and the numbers of the claims holding each word and value."""

    stamp: tuple[int, int]
    rowids: list[int] = attrs.Factory(list)
    postings: dict[str, list[int]] = attrs.Factory(dict)
    values: dict[float, list[int]] = attrs.Factory(dict)


class Search(StagedKeys):
    """The fuzzy searches of the store, with the in-memory indexes they keep between calls."""

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        keep_report_json: bool = False,
        read_only: bool = False,
    ) -> None:
        self._folded: dict[str, tuple[tuple[int, int], list[int], list[str]]] = {}
        self._index: _ClaimIndex | None = None
        super().__init__(path, keep_report_json=keep_report_json, read_only=read_only)

    def similar(self, text: str, *, limit: int = 10, min_score: float = 60.0) -> list[SimilarRow]:
        """Stored claims that say much the same as ``text``: paraphrases and restatements, best first.

        The score (0-100, :func:`factcheck.similarity.score`) is the mean of the share of the
        query's content words the claim has (stems, so "Russians" finds "Russian" and "fight"
        finds "fighting"; stems a few letters apart and misspellings count, through rapidfuzz)
        and, when the query states figures, the share of them the claim states too ("more than
        4,000" finds "over 4,000").  Ties go to the claim closest in wording
        (:func:`rapidfuzz.fuzz.token_sort_ratio`).
        """
        query_terms, query_values = terms(text), stated_values(text)
        if not query_terms and not query_values:
            return []
        index = self._claim_index()
        parts = (1 if query_terms else 0) + (1 if query_values else 0)
        gained: defaultdict[int, float] = defaultdict(float)  # each claim's score, share by share
        for same in expand(query_terms, index.postings.keys()).values():
            holders: set[int] = set()
            for word in same:
                holders.update(index.postings.get(word, ()))
            for number in holders:
                gained[number] += 1 / (len(query_terms) * parts)
        for wanted in query_values:
            holders = set()
            for value, held in index.values.items():
                if same_value(value, wanted):
                    holders.update(held)
            for number in holders:
                gained[number] += 1 / (len(query_values) * parts)
        best = [(round(100 * share, 1), n) for n, share in gained.items() if 100 * share + 1e-9 >= min_score]
        best.sort(key=lambda pair: (-pair[0], pair[1]))
        if len(best) > limit:  # keep every claim tied with the last one shown, for the tie-break
            best = [pair for pair in best if pair[0] >= best[limit - 1][0]]
        rows = {
            int(row["rowid"]): row
            for row in self._conn.execute(
                self._CLAIM_SELECT.replace("SELECT ", "SELECT c.rowid AS rowid, c.folded AS folded, ", 1)
                + f" WHERE c.rowid IN ({', '.join('?' * len(best))})",
                [index.rowids[n] for _score, n in best],
            )
        }
        folded = fold(text)
        ranked = sorted(
            best,
            key=lambda p: (-p[0], -fuzz.token_sort_ratio(folded, rows[index.rowids[p[1]]]["folded"]), p[1]),
        )
        return [SimilarRow(found, self._claim_row(rows[index.rowids[n]])) for found, n in ranked[:limit]]

    def _claim_index(self) -> _ClaimIndex:
        """Every stored claim's content words and stated figures (stored with the claim), as an index
        from word and figure to claims; read again only when the database changed (as :meth:`_cached`)."""
        stamp = (int(self._conn.execute("PRAGMA data_version").fetchone()[0]), self._conn.total_changes)
        if self._index is not None and self._index.stamp == stamp:
            return self._index
        index = _ClaimIndex(stamp)
        postings: defaultdict[str, list[int]] = defaultdict(list)
        values: defaultdict[float, list[int]] = defaultdict(list)
        rows = self._conn.execute("SELECT rowid, terms, numbers FROM claims ORDER BY rowid").fetchall()
        for number, (rowid, words, numbers) in enumerate(rows):
            index.rowids.append(rowid)
            for word in words.split():
                postings[word].append(number)
            for value in numbers.split():
                values[float(value)].append(number)
        index.postings, index.values = dict(postings), dict(values)
        self._index = index
        return index

    def similar_quotes(self, text: str, *, min_score: float = 90.0, limit: int = 10) -> list[QuoteRow]:
        """Stored quotes whose words are near-identical to ``text`` (:func:`rapidfuzz.fuzz.ratio` on
        lower-cased, punctuation-free words, at least ``min_score``), best first.

        The candidates come from the quote index (its levels and staged keys,
        :mod:`factcheck.store.staging`): the stored quotes that
        share with ``text`` a run of :data:`~factcheck.store.keys.QUOTE_KEY_WORDS` consecutive
        words the index kept for them (:func:`~factcheck.store.keys.stored_quote_keys`: one of
        each window of four, so any shared stretch of six words finds the quote), of a length that
        could reach ``min_score``.  A run more than :data:`COMMON_RUN` stored quotes hold is a
        stock phrase and is not looked up, so the cost does not grow with the store.  A
        near-identical quote shares long stretches; one changed every few words is not found.  A
        ``text`` of fewer words than a run is compared with every stored quote of a length that
        could reach ``min_score``.
        """
        folded = fold(text)
        if not folded:
            return []
        # ratio = 2M / (a + b) <= 2 min(a, b) / (a + b): bounds the other length
        share = max(min_score, 1.0) / 100
        low, high = len(folded) * share / (2 - share), len(folded) * (2 - share) / share
        band = (int(low), int(high) + 1)
        if len(folded.split()) < QUOTE_KEY_WORDS:
            sql = "SELECT number, folded FROM quotes WHERE length(folded) BETWEEN ? AND ? ORDER BY number"
            found = self._conn.execute(sql, band).fetchall()
        else:
            # the key rows alone tell which quotes have a length that can reach the score; only
            # those are read from the quotes table
            # every level of the index and the keys staged for it (factcheck.store.staging) are read
            # alike: a run is rare when all of them together hold at most COMMON_RUN quotes of it;
            # each table's count (read with a LIMIT) is kept, so a table is joined only on the runs
            # it holds (most runs of a new quote are held by none); a level is counted only for the
            # runs its filter may hold (factcheck.store.key_filter), the staged keys only for the runs
            # among them: any other run's count there is 0 without a seek
            recent, staged = self._recent_keys()
            levels = self._held_levels()
            tables = [*(level for level, _ in levels), recent]
            wanted = []
            for key in quote_keys(folded):
                flags = [1 if held is None or held.may_hold(key) else 0 for _, held in levels]
                flags.append(1 if key in staged else 0)
                if any(flags):
                    wanted.append((key, *flags))
            if not wanted:
                return []  # no run of the text is held anywhere: no candidate
            counts = ", ".join(
                f"CASE WHEN w.f{i} THEN (SELECT count(*) FROM (SELECT 1 FROM {table} k WHERE k.key = w.key"
                f" LIMIT ?)) ELSE 0 END AS n{i}"
                for i, table in enumerate(tables)
            )
            total = " + ".join(f"c.n{i}" for i in range(len(tables)))
            hits = " UNION ".join(
                f"SELECT DISTINCT k.quote FROM counted c JOIN {table} k ON c.n{i} > 0 AND {total} <= ?"
                " AND k.key = c.key AND k.length BETWEEN ? AND ?"
                for i, table in enumerate(tables)
            )
            row = f"({', '.join(['?'] * (len(tables) + 1))})"
            sql = (
                f"WITH wanted(key, {', '.join(f'f{i}' for i in range(len(tables)))})"
                f" AS (VALUES {', '.join([row] * len(wanted))}),"
                f" counted AS MATERIALIZED (SELECT w.key AS key, {counts} FROM wanted w),"
                f" hit(quote) AS ({hits})"
                " SELECT q.number, q.folded FROM hit h JOIN quotes q ON q.number = h.quote"
            )
            found = self._conn.execute(
                sql,
                [
                    *(value for each in wanted for value in each),
                    *[COMMON_RUN + 1] * len(tables),
                    *[COMMON_RUN, *band] * len(tables),
                ],
            ).fetchall()
        candidates = sorted(found, key=lambda row: (len(row[1]), row[0]))  # shortest first, then oldest
        if not candidates:
            return []
        matches = process.extract(
            folded,
            [row[1] for row in candidates],
            scorer=fuzz.ratio,
            limit=limit,
            score_cutoff=min_score,
        )
        if not matches:
            return []
        # the matches' rows in one query (at most ``limit`` numbers), put back in the matches' order
        numbers = [candidates[index][0] for _choice, _score, index in matches]
        by_number = {
            row["number"]: row
            for row in self._conn.execute(
                "SELECT q.number, q.document, q.id, q.kind, q.text, q.speaker, s.name, d.published,"
                " d.location FROM quotes q JOIN documents d ON d.id = q.document LEFT JOIN speakers s"
                f" ON s.id = q.speaker WHERE q.number IN ({', '.join('?' * len(numbers))})",
                numbers,
            )
        }
        rows = [by_number[number] for number in numbers]
        return [
            QuoteRow(
                document=rows[i]["document"],
                quote=rows[i]["id"],
                published=rows[i]["published"],
                location=rows[i]["location"],
                speaker=rows[i]["name"],
                speaker_id=rows[i]["speaker"],
                kind=rows[i]["kind"],
                text=rows[i]["text"],
                score=float(score),
            )
            for i, (_choice, score, _index) in enumerate(matches)
        ]

    def matching_reviews(self, text: str, *, min_score: float = 88.0) -> list[ReviewRow]:
        """Imported reviews whose claim says what ``text`` says, best first.

        Scored with :func:`rapidfuzz.fuzz.token_set_ratio` on lower-cased words, so
        a claim inside a longer sentence matches; a reviewed claim of fewer than
        :data:`REVIEW_MIN_WORDS` words is never matched (too little to be sure).  The
        reviewed claims are folded when imported and read once for as long as the store
        does not change, so checking every claim of an article reads them once.
        """
        folded = fold(text)
        if not folded:
            return []
        ids, choices = self._cached(
            "reviews", "SELECT id, folded FROM reviews WHERE words >= ? ORDER BY id", (REVIEW_MIN_WORDS,)
        )
        matches = process.extract(
            folded, choices, scorer=fuzz.token_set_ratio, limit=None, score_cutoff=min_score
        )
        if not matches:
            return []
        wanted = [ids[index] for _choice, _score, index in matches]
        found = {
            int(row["id"]): row
            for row in self._conn.execute(
                f"SELECT * FROM reviews WHERE id IN ({', '.join('?' * len(wanted))})", wanted
            )
        }
        return [self._review_row(found[ids[index]], float(score)) for _choice, score, index in matches]

    def _cached(self, name: str, sql: str, params: Sequence[Any] = ()) -> tuple[list[int], list[str]]:
        """The (id, folded words) pairs ``sql`` selects, read again only when the database changed
        since the last read (a write through this connection or a commit by any other)."""
        stamp = (int(self._conn.execute("PRAGMA data_version").fetchone()[0]), self._conn.total_changes)
        kept = self._folded.get(name)
        if kept is not None and kept[0] == stamp:
            return kept[1], kept[2]
        rows = self._conn.execute(sql, params).fetchall()
        ids, choices = [int(row[0]) for row in rows], [str(row[1]) for row in rows]
        self._folded[name] = (stamp, ids, choices)
        return ids, choices
