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
    (
        "0003_timeline",
        [
            # one row per happening: the events of every source that report it, merged (detente.timeline.merge)
            """CREATE TABLE timeline_events (
                id TEXT PRIMARY KEY, date TEXT, date_begin TEXT, date_end TEXT, precision TEXT,
                source TEXT, target TEXT, source_family TEXT, target_family TEXT, type TEXT NOT NULL,
                cameo TEXT NOT NULL, goldstein REAL NOT NULL, quad INTEGER NOT NULL, polarity TEXT NOT NULL,
                evidence TEXT NOT NULL, doc_id TEXT NOT NULL, members INTEGER NOT NULL, documents INTEGER NOT NULL,
                conflict TEXT, versions TEXT NOT NULL)""",
            # every stored event belongs to exactly one timeline event
            """CREATE TABLE timeline_members (
                event_id TEXT PRIMARY KEY REFERENCES events(id), timeline_id TEXT NOT NULL)""",
            # the actor families (a state with its predecessors and successors) a timeline event involves
            """CREATE TABLE timeline_actors (
                timeline_id TEXT NOT NULL, family TEXT NOT NULL, actor TEXT NOT NULL, PRIMARY KEY (family, timeline_id))""",
            # periods the texts name with their years ("Detente (1969-1979)"), each with its sentence
            """CREATE TABLE stated_periods (
                id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id), start_year INTEGER NOT NULL,
                end_year INTEGER NOT NULL, label TEXT NOT NULL, how TEXT NOT NULL, evidence TEXT NOT NULL,
                span_start INTEGER NOT NULL, span_end INTEGER NOT NULL)""",
            # documents whose stated periods have been read, so a later build reads only the new ones
            "CREATE TABLE stated_period_documents (doc_id TEXT PRIMARY KEY REFERENCES documents(id))",
            "CREATE INDEX timeline_members_timeline ON timeline_members (timeline_id)",
            "CREATE INDEX timeline_events_date ON timeline_events (date_begin, date_end)",
            "CREATE INDEX timeline_actors_timeline ON timeline_actors (timeline_id)",
            "CREATE INDEX timeline_events_dyad ON timeline_events (source_family, target_family, date_begin)",
            "CREATE INDEX stated_periods_doc ON stated_periods (doc_id)",
        ],
    ),
]

# Statements that begin with this line run on SQLite only: the PostgreSQL store reads it as a no-op
# (store/postgres.py), and its readers take the plain-SQL paths in store/queries.py instead.
SQLITE_ONLY = "-- sqlite only\n"

MIGRATIONS.append(
    (
        "0004_search",
        [
            # full-text search over evidence sentences (FTS5); a copy of the sentence, so a VACUUM that renumbers
            # event_sources' rowids cannot break it
            SQLITE_ONLY + """CREATE VIRTUAL TABLE evidence_search USING fts5(
                evidence, event_id UNINDEXED, doc_id UNINDEXED, span_start UNINDEXED,
                tokenize = 'unicode61 remove_diacritics 2')""",
            SQLITE_ONLY + """CREATE TRIGGER evidence_search_insert AFTER INSERT ON event_sources BEGIN
                INSERT INTO evidence_search (evidence, event_id, doc_id, span_start)
                VALUES (new.evidence, new.event_id, new.doc_id, new.span_start); END""",
            SQLITE_ONLY + """INSERT INTO evidence_search (evidence, event_id, doc_id, span_start)
                SELECT evidence, event_id, doc_id, span_start FROM event_sources""",
            # the events of one actor (b = '') or of one pair (a < b) in date order, with what the timeline and the
            # index read, clustered on the key: a pair's history is one range scan, however large the store.
            # Undated events sort last ('~' follows every digit).
            SQLITE_ONLY + """CREATE TABLE event_keys (
                a TEXT NOT NULL, b TEXT NOT NULL, date_begin TEXT NOT NULL, date_end TEXT NOT NULL,
                event_id TEXT NOT NULL, type TEXT NOT NULL, polarity TEXT NOT NULL, goldstein REAL NOT NULL,
                PRIMARY KEY (a, b, date_begin, date_end, event_id)) WITHOUT ROWID""",
            SQLITE_ONLY + """CREATE TRIGGER event_keys_insert AFTER INSERT ON event_actors BEGIN
                INSERT OR IGNORE INTO event_keys
                SELECT new.actor, '', IFNULL(e.date_begin, '~'), IFNULL(e.date_end, '~'), e.id, e.type, e.polarity,
                       e.goldstein FROM events e WHERE e.id = new.event_id;
                INSERT OR IGNORE INTO event_keys
                SELECT MIN(o.actor, new.actor), MAX(o.actor, new.actor), IFNULL(e.date_begin, '~'),
                       IFNULL(e.date_end, '~'), e.id, e.type, e.polarity, e.goldstein
                FROM event_actors o JOIN events e ON e.id = o.event_id
                WHERE o.event_id = new.event_id AND o.actor <> new.actor; END""",
            SQLITE_ONLY + """INSERT OR IGNORE INTO event_keys
                SELECT x.actor, '', IFNULL(e.date_begin, '~'), IFNULL(e.date_end, '~'), e.id, e.type, e.polarity,
                       e.goldstein FROM event_actors x JOIN events e ON e.id = x.event_id""",
            SQLITE_ONLY + """INSERT OR IGNORE INTO event_keys
                SELECT x.actor, y.actor, IFNULL(e.date_begin, '~'), IFNULL(e.date_end, '~'), e.id, e.type,
                       e.polarity, e.goldstein
                FROM event_actors x JOIN event_actors y ON y.event_id = x.event_id AND x.actor < y.actor
                JOIN events e ON e.id = x.event_id""",
            # the same for the merged timeline (0003), keyed by actor family; dyad = 1 when the pair is the event's
            # source and target (what the relations index counts). Rows follow timeline_actors in and timeline_events out.
            SQLITE_ONLY + """CREATE TABLE timeline_keys (
                a TEXT NOT NULL, b TEXT NOT NULL, date_begin TEXT NOT NULL, date_end TEXT NOT NULL,
                timeline_id TEXT NOT NULL, type TEXT NOT NULL, polarity TEXT NOT NULL, goldstein REAL NOT NULL,
                quad INTEGER NOT NULL, dyad INTEGER NOT NULL,
                PRIMARY KEY (a, b, date_begin, date_end, timeline_id)) WITHOUT ROWID""",
            SQLITE_ONLY + "CREATE INDEX timeline_keys_timeline ON timeline_keys (timeline_id)",
            SQLITE_ONLY + """CREATE TRIGGER timeline_keys_insert AFTER INSERT ON timeline_actors BEGIN
                INSERT OR IGNORE INTO timeline_keys
                SELECT new.family, '', IFNULL(t.date_begin, '~'), IFNULL(t.date_end, '~'), t.id, t.type, t.polarity,
                       t.goldstein, t.quad, 0 FROM timeline_events t WHERE t.id = new.timeline_id;
                INSERT OR IGNORE INTO timeline_keys
                SELECT MIN(o.family, new.family), MAX(o.family, new.family), IFNULL(t.date_begin, '~'),
                       IFNULL(t.date_end, '~'), t.id, t.type, t.polarity, t.goldstein, t.quad,
                       IFNULL((t.source_family = o.family AND t.target_family = new.family)
                              OR (t.source_family = new.family AND t.target_family = o.family), 0)
                FROM timeline_actors o JOIN timeline_events t ON t.id = o.timeline_id
                WHERE o.timeline_id = new.timeline_id AND o.family <> new.family; END""",
            SQLITE_ONLY + """CREATE TRIGGER timeline_keys_delete AFTER DELETE ON timeline_events BEGIN
                DELETE FROM timeline_keys WHERE timeline_id = old.id; END""",
            SQLITE_ONLY + """INSERT OR IGNORE INTO timeline_keys
                SELECT x.family, '', IFNULL(t.date_begin, '~'), IFNULL(t.date_end, '~'), t.id, t.type, t.polarity,
                       t.goldstein, t.quad, 0 FROM timeline_actors x JOIN timeline_events t ON t.id = x.timeline_id""",
            SQLITE_ONLY + """INSERT OR IGNORE INTO timeline_keys
                SELECT x.family, y.family, IFNULL(t.date_begin, '~'), IFNULL(t.date_end, '~'), t.id, t.type, t.polarity,
                       t.goldstein, t.quad,
                       IFNULL((t.source_family = x.family AND t.target_family = y.family)
                              OR (t.source_family = y.family AND t.target_family = x.family), 0)
                FROM timeline_actors x JOIN timeline_actors y ON y.timeline_id = x.timeline_id AND x.family < y.family
                JOIN timeline_events t ON t.id = x.timeline_id""",
        ],
    )
)

MIGRATIONS.append(
    (
        "0005_timeline_dyad_cover",
        [
            # the relations index and the periods read a pair's events from this index alone (covering): a million
            # events without touching the table
            "DROP INDEX timeline_events_dyad",
            """CREATE INDEX timeline_events_dyad ON timeline_events (
                source_family, target_family, date_begin, date_end, quad, goldstein, documents, id)""",
        ],
    )
)

# How much of an event's first and last day they share: 7 the same month, 4 the same year, 3 the same decade, 2 the
# same century, 0 none. An event of class w that ends on or after a day D begins on or after D's first w characters
# (its begin shares them with its end, which is >= D), so a read of the events that meet [D, ...] starts each
# class's range scan there instead of at the pair's first event. Frozen: the index below stores this exact text
# and the reads in store/queries.py must write it the same way to use it.
SPAN_CLASS = (
    "(CASE WHEN substr(date_begin, 1, 7) = substr(date_end, 1, 7) THEN 7 "
    "WHEN substr(date_begin, 1, 4) = substr(date_end, 1, 4) THEN 4 "
    "WHEN substr(date_begin, 1, 3) = substr(date_end, 1, 3) THEN 3 "
    "WHEN substr(date_begin, 1, 2) = substr(date_end, 1, 2) THEN 2 ELSE 0 END)"
)
SPAN_CLASSES = (7, 4, 3, 2, 0)

MIGRATIONS.append(
    (
        "0006_date_windows",
        [
            # a pair's events by span class, then date (the key tables of 0004 hold the rest of the key): a window of
            # dates late in a long history reads only the events near it, and type and polarity filter in the index
            SQLITE_ONLY + f"""CREATE INDEX event_keys_window ON event_keys (a, b, {SPAN_CLASS}, date_begin, date_end,
                event_id, type, polarity)""",
            SQLITE_ONLY + f"""CREATE INDEX timeline_keys_window ON timeline_keys (a, b, {SPAN_CLASS}, date_begin, date_end,
                timeline_id, type, polarity)""",
            # a page's actors and its events' members from the index alone (the table row is one more random read
            # per event); each replaces an index on the same first column, so writes keep one index each
            "DROP INDEX timeline_actors_timeline",
            "CREATE INDEX timeline_actors_timeline ON timeline_actors (timeline_id, family, actor)",
            "DROP INDEX timeline_members_timeline",
            "CREATE INDEX timeline_members_timeline ON timeline_members (timeline_id, event_id)",
        ],
    )
)

# Statements that begin with this line run on PostgreSQL only (the SQLite store skips them): PostgreSQL's form of
# what SQLite does with its own machinery (WITHOUT ROWID tables, triggers in SQLite's dialect).
POSTGRES_ONLY = "-- postgresql only\n"

# The key tables of 0004 on PostgreSQL: the same rows, kept by statement-level triggers that read the rows a
# statement added (a build inserts a shard's actors in one statement: one set-based insert, not one per row).
# Keys sort bytewise (COLLATE "C"), as in SQLite, whatever the database's collation; the primary key carries
# what a page reads (INCLUDE), so a pair's history is one index range scan.
_PG_KEYS = """CREATE TABLE {table} (
    a TEXT COLLATE "C" NOT NULL, b TEXT COLLATE "C" NOT NULL, date_begin TEXT COLLATE "C" NOT NULL,
    date_end TEXT COLLATE "C" NOT NULL, {member} TEXT COLLATE "C" NOT NULL, type TEXT NOT NULL, polarity TEXT NOT NULL,
    goldstein DOUBLE PRECISION NOT NULL{extra},
    PRIMARY KEY (a, b, date_begin, date_end, {member}) INCLUDE (type, polarity, goldstein{included}))"""
_PG_EVENT_KEYS = """INSERT INTO event_keys
    SELECT n.actor, '', COALESCE(e.date_begin, '~'), COALESCE(e.date_end, '~'), e.id, e.type, e.polarity, e.goldstein
    FROM {rows} n JOIN events e ON e.id = n.event_id
    UNION ALL
    SELECT LEAST(o.actor COLLATE "C", n.actor COLLATE "C"), GREATEST(o.actor COLLATE "C", n.actor COLLATE "C"),
           COALESCE(e.date_begin, '~'), COALESCE(e.date_end, '~'), e.id, e.type, e.polarity, e.goldstein
    FROM {rows} n JOIN event_actors o ON o.event_id = n.event_id AND o.actor <> n.actor JOIN events e ON e.id = n.event_id
    ON CONFLICT DO NOTHING"""
_PG_TIMELINE_KEYS = """INSERT INTO timeline_keys
    SELECT n.family, '', COALESCE(t.date_begin, '~'), COALESCE(t.date_end, '~'), t.id, t.type, t.polarity, t.goldstein,
           t.quad, 0
    FROM {rows} n JOIN timeline_events t ON t.id = n.timeline_id
    UNION ALL
    SELECT LEAST(o.family COLLATE "C", n.family COLLATE "C"), GREATEST(o.family COLLATE "C", n.family COLLATE "C"),
           COALESCE(t.date_begin, '~'), COALESCE(t.date_end, '~'), t.id, t.type, t.polarity, t.goldstein, t.quad,
           COALESCE((t.source_family = o.family AND t.target_family = n.family)
                    OR (t.source_family = n.family AND t.target_family = o.family), false)::integer
    FROM {rows} n JOIN timeline_actors o ON o.timeline_id = n.timeline_id AND o.family <> n.family
    JOIN timeline_events t ON t.id = n.timeline_id
    ON CONFLICT DO NOTHING"""

MIGRATIONS.append(
    (
        "0007_postgres_keys",
        [
            POSTGRES_ONLY + _PG_KEYS.format(table="event_keys", member="event_id", extra="", included=""),
            POSTGRES_ONLY + _PG_KEYS.format(table="timeline_keys", member="timeline_id",
                                            extra=", quad INTEGER NOT NULL, dyad INTEGER NOT NULL", included=", quad, dyad"),
            POSTGRES_ONLY + "CREATE INDEX timeline_keys_timeline ON timeline_keys (timeline_id)",
            POSTGRES_ONLY + "CREATE FUNCTION detente_event_keys() RETURNS trigger LANGUAGE plpgsql AS $body$ BEGIN "
            + _PG_EVENT_KEYS.format(rows="added") + "; RETURN NULL; END $body$",
            POSTGRES_ONLY + """CREATE TRIGGER event_keys_insert AFTER INSERT ON event_actors
                REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION detente_event_keys()""",
            POSTGRES_ONLY + "CREATE FUNCTION detente_timeline_keys() RETURNS trigger LANGUAGE plpgsql AS $body$ BEGIN "
            + _PG_TIMELINE_KEYS.format(rows="added") + "; RETURN NULL; END $body$",
            # SQLite's INSERT OR REPLACE fires its insert trigger; PostgreSQL's ON CONFLICT DO UPDATE, an update one
            POSTGRES_ONLY + """CREATE TRIGGER timeline_keys_insert AFTER INSERT ON timeline_actors
                REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION detente_timeline_keys()""",
            POSTGRES_ONLY + """CREATE TRIGGER timeline_keys_update AFTER UPDATE ON timeline_actors
                REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION detente_timeline_keys()""",
            POSTGRES_ONLY + """CREATE FUNCTION detente_timeline_keys_delete() RETURNS trigger LANGUAGE plpgsql AS $body$
                BEGIN DELETE FROM timeline_keys k USING removed r WHERE k.timeline_id = r.id; RETURN NULL; END $body$""",
            POSTGRES_ONLY + """CREATE TRIGGER timeline_keys_delete AFTER DELETE ON timeline_events
                REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION detente_timeline_keys_delete()""",
            # 0006's window indexes (a date window late in a long history reads only the events near it)
            POSTGRES_ONLY + f"""CREATE INDEX event_keys_window ON event_keys (a, b, {SPAN_CLASS}, date_begin, date_end,
                event_id, type, polarity)""",
            POSTGRES_ONLY + f"""CREATE INDEX timeline_keys_window ON timeline_keys (a, b, {SPAN_CLASS}, date_begin, date_end,
                timeline_id, type, polarity)""",
            # the rows a store built before this migration already holds
            POSTGRES_ONLY + _PG_EVENT_KEYS.format(rows="event_actors"),
            POSTGRES_ONLY + _PG_TIMELINE_KEYS.format(rows="timeline_actors"),
        ],
    )
)

MIGRATIONS.append(
    (
        "0008_timeline_dyad_cameo",
        [
            # 0005's covering index with the CAMEO code: the periods read a year's turning-point acts of a pair
            # (recognition, a treaty, armed force; timeline.periods) from the index alone, where each event of the
            # pair in that year was one more read of the table (thousands a year in a large store)
            "DROP INDEX timeline_events_dyad",
            """CREATE INDEX timeline_events_dyad ON timeline_events (
                source_family, target_family, date_begin, date_end, quad, goldstein, documents, id, cameo)""",
        ],
    )
)

MIGRATIONS.append(
    (
        "0009_writes_fill_keys",
        [
            # the store's write path (Store.write_documents) now adds a batch's event_keys rows and full-text rows
            # itself, table by table (store/rows.py), where these triggers added them one event actor and one
            # evidence sentence at a time: the same rows for under half the writer's CPU (bench/results/scale.txt).
            # A store written before keeps its rows; the first write after this migration goes on from them.
            # (PostgreSQL keeps its statement-level trigger of 0007: keys computed by the client cost it as much.)
            SQLITE_ONLY + "DROP TRIGGER IF EXISTS event_keys_insert",
            SQLITE_ONLY + "DROP TRIGGER IF EXISTS evidence_search_insert",
        ],
    )
)
