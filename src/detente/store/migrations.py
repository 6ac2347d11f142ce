"""Named, ordered schema migrations; the store records each one it applies in ``_detente_migrations``.

Never edit a migration that has shipped: add a new one at the end.
"""

MIGRATIONS: list[tuple[str, list[str]]] = [
    (
        "0001_initial",
        [
            """CREATE TABLE documents (
                id TEXT PRIMARY KEY, origin TEXT NOT NULL, title TEXT, url TEXT, published TEXT,
                format TEXT NOT NULL, text TEXT NOT NULL)""",
            """CREATE TABLE document_origins (
                doc_id TEXT NOT NULL REFERENCES documents(id), origin TEXT NOT NULL, PRIMARY KEY (doc_id, origin))""",
            """CREATE TABLE events (
                id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id),
                date TEXT, date_begin TEXT, date_end TEXT, precision TEXT, date_text TEXT, date_source TEXT,
                source TEXT, target TEXT, type TEXT NOT NULL, mode TEXT, cameo TEXT NOT NULL,
                goldstein REAL NOT NULL, quad INTEGER NOT NULL, polarity TEXT NOT NULL,
                modality TEXT NOT NULL, trigger TEXT)""",
            """CREATE TABLE event_sources (
                event_id TEXT NOT NULL REFERENCES events(id), doc_id TEXT NOT NULL REFERENCES documents(id),
                span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, evidence TEXT NOT NULL,
                PRIMARY KEY (event_id, doc_id, span_start))""",
            """CREATE TABLE event_actors (
                event_id TEXT NOT NULL REFERENCES events(id), actor TEXT NOT NULL, position INTEGER NOT NULL,
                PRIMARY KEY (event_id, actor))""",
            """CREATE TABLE actors (
                code TEXT PRIMARY KEY, name TEXT, kind TEXT, qid TEXT, valid_from TEXT, valid_to TEXT)""",
            """CREATE TABLE skipped (
                origin TEXT NOT NULL, line INTEGER NOT NULL, reason TEXT NOT NULL, message TEXT NOT NULL,
                PRIMARY KEY (origin, line))""",
            "CREATE INDEX events_date ON events (date_begin, date_end)",
            "CREATE INDEX event_actors_actor ON event_actors (actor, event_id)",
            "CREATE INDEX events_doc ON events (doc_id)",
        ],
    ),
    (
        "0002_build_shards",
        [
            # shards of input a build finished (engines/): a stopped build resumes after the last one recorded
            """CREATE TABLE build_shards (
                id TEXT PRIMARY KEY, documents INTEGER NOT NULL, skipped INTEGER NOT NULL, events INTEGER NOT NULL,
                bytes INTEGER NOT NULL)""",
        ],
    ),
]
