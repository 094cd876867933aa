"""The claim store's schema: the SQL migrations, in order, and how a script is cut into statements.

``PRAGMA user_version`` holds the version; :data:`MIGRATIONS` entry ``n`` brings a store from
version ``n`` to ``n + 1`` (:class:`factcheck.store.database.Database` runs them on open).  Never
edit a released script: append one, and say in it what it changes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from factcheck.store.key_filter import MIN_BITS

__all__ = ["APPLICATION_ID", "MIGRATIONS", "statements"]

APPLICATION_ID = 0x46434B31
"""``PRAGMA application_id`` of a factcheck claim store ("FCK1"): a file with another is refused."""

MIGRATIONS: list[str] = [
    # 1: the first schema.
    """
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        location TEXT,
        revision INTEGER NOT NULL DEFAULT 1,
        previous TEXT REFERENCES documents(id),
        title TEXT,
        published TEXT,
        publisher TEXT,
        path TEXT,
        url TEXT,
        text TEXT NOT NULL,
        added TEXT NOT NULL,
        report_json TEXT
    );
    CREATE INDEX documents_location ON documents(location, revision);
    CREATE INDEX documents_published ON documents(published);

    CREATE TABLE speakers (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        role TEXT,
        organisation TEXT,
        surname TEXT
    );
    CREATE INDEX speakers_surname ON speakers(surname);

    CREATE TABLE speaker_aliases (
        alias TEXT NOT NULL,
        speaker INTEGER NOT NULL REFERENCES speakers(id),
        name TEXT NOT NULL,
        PRIMARY KEY (alias, speaker)
    );

    CREATE TABLE speaker_roles (
        speaker INTEGER NOT NULL REFERENCES speakers(id),
        role TEXT NOT NULL,
        role_key TEXT NOT NULL,
        document TEXT NOT NULL REFERENCES documents(id),
        PRIMARY KEY (speaker, role_key, document)
    );

    CREATE TABLE document_speakers (
        document TEXT NOT NULL REFERENCES documents(id),
        id TEXT NOT NULL,
        speaker INTEGER NOT NULL REFERENCES speakers(id),
        name TEXT NOT NULL,
        role TEXT,
        PRIMARY KEY (document, id)
    );
    CREATE INDEX document_speakers_speaker ON document_speakers(speaker);

    CREATE TABLE mentions (
        document TEXT NOT NULL,
        speaker TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        FOREIGN KEY (document, speaker) REFERENCES document_speakers(document, id)
    );
    CREATE INDEX mentions_speaker ON mentions(document, speaker);

    CREATE TABLE quotes (
        document TEXT NOT NULL REFERENCES documents(id),
        id TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        kind TEXT NOT NULL,
        cue TEXT,
        cue_start INTEGER,
        cue_end INTEGER,
        speaker INTEGER REFERENCES speakers(id),
        mention_start INTEGER,
        mention_end INTEGER,
        folded TEXT NOT NULL,
        PRIMARY KEY (document, id)
    );
    CREATE INDEX quotes_speaker ON quotes(speaker);
    CREATE INDEX quotes_length ON quotes(length(folded));

    CREATE TABLE figures (
        document TEXT NOT NULL REFERENCES documents(id),
        id TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        value REAL NOT NULL,
        lower REAL,
        upper REAL,
        lower_closed INTEGER NOT NULL,
        upper_closed INTEGER NOT NULL,
        hedge TEXT,
        hedge_text TEXT,
        unit TEXT,
        unit_key TEXT,
        unit_start INTEGER,
        unit_end INTEGER,
        is_percent INTEGER NOT NULL,
        currency TEXT,
        range_with TEXT,
        sentence TEXT NOT NULL,
        speaker INTEGER REFERENCES speakers(id),
        PRIMARY KEY (document, id)
    );
    CREATE INDEX figures_unit ON figures(unit_key);
    CREATE INDEX figures_speaker ON figures(speaker);

    CREATE TABLE sources (
        document TEXT NOT NULL REFERENCES documents(id),
        id TEXT NOT NULL,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        role TEXT NOT NULL,
        start INTEGER,
        end INTEGER,
        via INTEGER REFERENCES speakers(id),
        tags TEXT NOT NULL,
        PRIMARY KEY (document, id)
    );
    CREATE INDEX sources_name ON sources(name_key);

    CREATE TABLE source_figures (
        document TEXT NOT NULL,
        source TEXT NOT NULL,
        figure TEXT NOT NULL,
        PRIMARY KEY (document, source, figure),
        FOREIGN KEY (document, source) REFERENCES sources(document, id),
        FOREIGN KEY (document, figure) REFERENCES figures(document, id)
    );
    CREATE INDEX source_figures_figure ON source_figures(document, figure);

    CREATE TABLE claims (
        document TEXT NOT NULL REFERENCES documents(id),
        id TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        speaker INTEGER REFERENCES speakers(id),
        quote TEXT,
        folded TEXT NOT NULL,
        PRIMARY KEY (document, id),
        FOREIGN KEY (document, quote) REFERENCES quotes(document, id)
    );
    CREATE INDEX claims_speaker ON claims(speaker);

    CREATE TABLE claim_figures (
        document TEXT NOT NULL,
        claim TEXT NOT NULL,
        figure TEXT NOT NULL,
        PRIMARY KEY (document, claim, figure),
        FOREIGN KEY (document, claim) REFERENCES claims(document, id),
        FOREIGN KEY (document, figure) REFERENCES figures(document, id)
    );
    CREATE INDEX claim_figures_figure ON claim_figures(document, figure);

    CREATE TABLE claim_sources (
        document TEXT NOT NULL,
        claim TEXT NOT NULL,
        source TEXT NOT NULL,
        PRIMARY KEY (document, claim, source),
        FOREIGN KEY (document, claim) REFERENCES claims(document, id),
        FOREIGN KEY (document, source) REFERENCES sources(document, id)
    );

    CREATE TABLE verdicts (
        id INTEGER PRIMARY KEY,
        document TEXT NOT NULL REFERENCES documents(id),
        claim TEXT,
        checker TEXT NOT NULL,
        status TEXT NOT NULL,
        summary TEXT NOT NULL,
        details TEXT NOT NULL,
        evidence TEXT NOT NULL,
        data TEXT NOT NULL,
        FOREIGN KEY (document, claim) REFERENCES claims(document, id)
    );
    CREATE INDEX verdicts_claim ON verdicts(document, claim);

    CREATE TABLE reviews (
        id INTEGER PRIMARY KEY,
        claim_reviewed TEXT NOT NULL,
        claim_author TEXT,
        claim_date TEXT,
        reviewer TEXT,
        rating TEXT,
        rating_value TEXT,
        best_rating TEXT,
        worst_rating TEXT,
        url TEXT NOT NULL,
        date_published TEXT,
        appearance TEXT,
        imported_from TEXT NOT NULL,
        raw TEXT NOT NULL,
        UNIQUE (url, claim_reviewed)
    );
    """,
    # 2: the history of each location, so a text that comes back (A -> B -> A) is its latest
    # revision again; reviewed claims folded once when imported; aliases found by speaker.
    """
    CREATE TABLE revisions (
        location TEXT NOT NULL,
        revision INTEGER NOT NULL,
        document TEXT NOT NULL REFERENCES documents(id),
        added TEXT NOT NULL,
        PRIMARY KEY (location, revision)
    );
    CREATE INDEX revisions_document ON revisions(document);
    INSERT INTO revisions (location, revision, document, added)
        SELECT location, revision, id, added FROM documents WHERE location IS NOT NULL;

    ALTER TABLE reviews ADD COLUMN folded TEXT NOT NULL DEFAULT '';
    ALTER TABLE reviews ADD COLUMN words INTEGER NOT NULL DEFAULT 0;
    UPDATE reviews SET folded = factcheck_fold(claim_reviewed);
    UPDATE reviews SET words = factcheck_words(folded);
    CREATE INDEX reviews_words ON reviews(words);

    CREATE INDEX speaker_aliases_speaker ON speaker_aliases(speaker);
    """,
    # 3: views to browse the store (in Datasette or any SQLite client): claims with their speakers
    # and dates, figures over time, verdicts with their claims, and the speakers' scorecard.
    """
    CREATE VIEW claim_timeline AS
    SELECT d.published AS date, s.name AS speaker,
        coalesce((SELECT ds.role FROM document_speakers ds WHERE ds.document = c.document
            AND ds.speaker = c.speaker AND ds.role IS NOT NULL LIMIT 1), s.role) AS role,
        q.kind AS kind, c.text AS claim,
        (SELECT group_concat(f.text, '; ') FROM claim_figures cf JOIN figures f
            ON f.document = cf.document AND f.id = cf.figure
            WHERE cf.document = c.document AND cf.claim = c.id) AS figures,
        (SELECT group_concat(v.checker || ': ' || v.status, '; ') FROM verdicts v
            WHERE v.document = c.document AND v.claim = c.id) AS verdicts,
        d.title AS title, d.publisher AS publisher, d.location AS location,
        c.document AS document, c.id AS claim_id, c.start AS start, c.end AS end
    FROM claims c JOIN documents d ON d.id = c.document
    LEFT JOIN speakers s ON s.id = c.speaker
    LEFT JOIN quotes q ON q.document = c.document AND q.id = c.quote
    ORDER BY d.published, d.location, c.start;

    CREATE VIEW figure_timeline AS
    SELECT d.published AS date, f.unit_key AS subject, f.text AS figure, f.value AS value,
        f.lower AS lower, f.upper AS upper, f.hedge AS hedge, f.unit AS unit,
        f.is_percent AS percent, f.currency AS currency, s.name AS speaker,
        (SELECT group_concat(src.name, '; ') FROM source_figures sf JOIN sources src
            ON src.document = sf.document AND src.id = sf.source
            WHERE sf.document = f.document AND sf.figure = f.id AND src.role = 'origin') AS origin,
        f.sentence AS sentence, d.title AS title, d.publisher AS publisher, d.location AS location,
        f.document AS document, f.id AS figure_id, f.start AS start, f.end AS end
    FROM figures f JOIN documents d ON d.id = f.document
    LEFT JOIN speakers s ON s.id = f.speaker
    ORDER BY f.unit_key, d.published, f.start;

    CREATE VIEW verdict_list AS
    SELECT d.published AS date, v.checker AS checker, v.status AS status, v.summary AS summary,
        s.name AS speaker, c.text AS claim, v.details AS details, d.title AS title,
        d.location AS location, v.document AS document, v.claim AS claim_id, v.id AS verdict_id
    FROM verdicts v JOIN documents d ON d.id = v.document
    LEFT JOIN claims c ON c.document = v.document AND c.id = v.claim
    LEFT JOIN speakers s ON s.id = c.speaker
    ORDER BY d.published, d.location, v.id;

    CREATE VIEW speaker_scorecard AS
    SELECT s.name AS speaker, s.kind AS kind, s.role AS role,
        (SELECT count(DISTINCT ds.document) FROM document_speakers ds WHERE ds.speaker = s.id) AS documents,
        (SELECT count(*) FROM claims c WHERE c.speaker = s.id) AS claims,
        (SELECT min(d.published) FROM document_speakers ds JOIN documents d ON d.id = ds.document
            WHERE ds.speaker = s.id) AS first_date,
        (SELECT max(d.published) FROM document_speakers ds JOIN documents d ON d.id = ds.document
            WHERE ds.speaker = s.id) AS last_date,
        (SELECT count(*) FROM claims c JOIN verdicts v ON v.document = c.document AND v.claim = c.id
            WHERE c.speaker = s.id AND v.status = 'fail') AS fail,
        (SELECT count(*) FROM claims c JOIN verdicts v ON v.document = c.document AND v.claim = c.id
            WHERE c.speaker = s.id AND v.status = 'warn') AS warn,
        (SELECT count(*) FROM claims c JOIN verdicts v ON v.document = c.document AND v.claim = c.id
            WHERE c.speaker = s.id AND v.status = 'pass') AS pass,
        s.id AS speaker_id
    FROM speakers s
    WHERE s.kind != 'anonymous'
    ORDER BY claims DESC, s.name;

    ALTER TABLE claims ADD COLUMN terms TEXT NOT NULL DEFAULT '';
    ALTER TABLE claims ADD COLUMN numbers TEXT NOT NULL DEFAULT '';
    UPDATE claims SET terms = factcheck_terms(text), numbers = factcheck_numbers(text);
    """,
    # 4: the quote index: runs of three folded words of each quote (factcheck_quote_keys, hashed,
    # one in each window of four), so the misattribution check reads the earlier quotes that share
    # a stretch of words, not every quote of a similar length; figures by speaker and subject, for
    # figure drift; sources by name and role, for figure drift by cited origin.
    """
    CREATE TABLE quote_keys (
        key INTEGER NOT NULL,
        document TEXT NOT NULL,
        quote TEXT NOT NULL,
        PRIMARY KEY (key, document, quote),
        FOREIGN KEY (document, quote) REFERENCES quotes(document, id)
    ) WITHOUT ROWID;
    INSERT OR IGNORE INTO quote_keys (key, document, quote)
        SELECT j.value, q.document, q.id FROM quotes q, json_each(factcheck_quote_keys(q.folded)) j;

    CREATE INDEX figures_speaker_unit ON figures(speaker, unit_key);
    DROP INDEX figures_speaker;
    CREATE INDEX sources_origin ON sources(name_key, role);
    CREATE INDEX documents_previous ON documents(previous);
    DROP INDEX sources_name;
    """,
    # 5: a smaller quote index: each key row names its quote by a number of its own
    # (quotes.number) and holds the quote's folded length, so a search reads candidates of a
    # length that can reach the score from the index alone; no foreign key (removing a
    # document deletes its keys itself, and no child scan of ten million rows is needed).
    # Origins' figures by subject (origin_figures), for figure drift by cited origin; speaker
    # roles by document and sources by speaker, so removing a document or a speaker reads an
    # index, not the table.
    """
    ALTER TABLE quotes ADD COLUMN number INTEGER;
    UPDATE quotes SET number = rowid;
    CREATE UNIQUE INDEX quotes_number ON quotes(number);

    CREATE TABLE quote_index (
        key INTEGER NOT NULL,
        length INTEGER NOT NULL,
        quote INTEGER NOT NULL,
        PRIMARY KEY (key, length, quote)
    ) WITHOUT ROWID;
    INSERT OR IGNORE INTO quote_index (key, length, quote)
        SELECT k.key, length(q.folded), q.number FROM quote_keys k
        JOIN quotes q ON q.document = k.document AND q.id = k.quote;
    DROP TABLE quote_keys;
    ALTER TABLE quote_index RENAME TO quote_keys;

    CREATE TABLE origin_figures (
        name_key TEXT NOT NULL,
        unit_key TEXT NOT NULL,
        document TEXT NOT NULL,
        figure TEXT NOT NULL,
        PRIMARY KEY (name_key, unit_key, document, figure)
    ) WITHOUT ROWID;
    INSERT OR IGNORE INTO origin_figures (name_key, unit_key, document, figure)
        SELECT src.name_key, f.unit_key, sf.document, sf.figure FROM sources src
        JOIN source_figures sf ON sf.document = src.document AND sf.source = src.id
        JOIN figures f ON f.document = sf.document AND f.id = sf.figure
        WHERE src.role = 'origin' AND f.unit_key IS NOT NULL;
    CREATE INDEX origin_figures_document ON origin_figures(document);

    CREATE INDEX speaker_roles_document ON speaker_roles(document);
    CREATE INDEX sources_via ON sources(via);
    """,
    # 6: new quote keys are staged: appended in order to quote_keys_staged with their document,
    # merged into quote_keys in key order in batches (factcheck.store.staging), so a document
    # writes a page or two of keys, not one page of the index per key.  Searches read both.
    """
    CREATE TABLE quote_keys_staged (
        key INTEGER NOT NULL,
        length INTEGER NOT NULL,
        quote INTEGER NOT NULL
    );
    """,
    # 7: the quote index in levels, as a log-structured merge tree (factcheck.store.staging): the
    # staged keys are merged into quote_keys_level1, which is merged into quote_keys_level2 when it
    # holds ten times as many rows, and that into quote_keys, so a merge no longer reads and
    # writes the whole index.  The keys already in quote_keys stay there.
    """
    CREATE TABLE quote_keys_level1 (
        key INTEGER NOT NULL,
        length INTEGER NOT NULL,
        quote INTEGER NOT NULL,
        PRIMARY KEY (key, length, quote)
    ) WITHOUT ROWID;
    CREATE TABLE quote_keys_level2 (
        key INTEGER NOT NULL,
        length INTEGER NOT NULL,
        quote INTEGER NOT NULL,
        PRIMARY KEY (key, length, quote)
    ) WITHOUT ROWID;
    """,
    # 8: a Bloom filter of each level's keys (factcheck.store.key_filter), written with the level,
    # so a search seeks a level only for the keys it may hold; no index of quotes by length (only a
    # search of fewer than three words read it, and it was written on every add: a scan serves it).
    # An empty level's filter (the aggregate of no rows is NULL) is the smallest, empty.
    f"""
    CREATE TABLE quote_key_filters (
        level TEXT PRIMARY KEY,
        rows INTEGER NOT NULL,
        generation INTEGER NOT NULL,
        bits BLOB NOT NULL
    );
    INSERT INTO quote_key_filters (level, rows, generation, bits)
        SELECT 'quote_keys_level1', count(*), 0,
            coalesce(factcheck_key_filter(key), zeroblob({MIN_BITS // 8}))
        FROM quote_keys_level1;
    INSERT INTO quote_key_filters (level, rows, generation, bits)
        SELECT 'quote_keys_level2', count(*), 0,
            coalesce(factcheck_key_filter(key), zeroblob({MIN_BITS // 8}))
        FROM quote_keys_level2;
    INSERT INTO quote_key_filters (level, rows, generation, bits)
        SELECT 'quote_keys', count(*), 0,
            coalesce(factcheck_key_filter(key), zeroblob({MIN_BITS // 8}))
        FROM quote_keys;
    DROP INDEX quotes_length;
    """,
]
"""Schema migrations in order: entry ``n`` brings a store from version ``n`` to ``n + 1``.

Besides SQL they may call ``factcheck_fold(text)`` (the store's folding of words),
``factcheck_words(text)`` (how many words), ``factcheck_terms(text)`` (the content-word stems
``track similar`` compares, space-separated), ``factcheck_numbers(text)`` (the numbers it
states in digits) and ``factcheck_quote_keys(folded)`` (the quote index's keys of folded words,
:func:`factcheck.store.keys.stored_quote_keys`, as a JSON array) and the aggregate
``factcheck_key_filter(key)`` (the stored Bloom filter of the keys,
:class:`factcheck.store.key_filter.KeyFilterBuilder`), defined on every connection the store opens."""


def statements(script: str) -> Iterator[str]:
    """The SQL statements of ``script`` one by one (``executescript`` would commit the open transaction)."""
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \t\n;"):
                yield pending.strip()
            pending = ""
    if pending.strip(" \t\n;"):
        raise ValueError(f"incomplete SQL statement in a migration: {pending.strip()[:60]!r}")
