"""The desk's schema and its forward migrations.

The schema version lives in ``PRAGMA user_version``. Each migration takes the desk from
version ``n - 1`` to ``n``; opening a desk runs the ones it has not seen yet. A desk whose
version is newer than ``SCHEMA_VERSION`` was written by a newer threatdesk and is refused.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

from db.errors import NewerDeskError

Migration = Callable[[sqlite_utils.Database], None]


def _create_core_tables(db: sqlite_utils.Database) -> None:
    db["actors"].create(
        {
            "id": int,
            "name": str,
            "aliases": str,  # JSON list of alternative names and spellings
            "kind": str,
            "parent_actor_id": int,
            "notes": str,
            "external_id": str,  # STIX id or other key from an imported file
        },
        pk="id",
        not_null={"name", "aliases", "kind"},
        defaults={"aliases": "[]", "kind": "unknown", "notes": ""},
        foreign_keys=[("parent_actor_id", "actors", "id")],
    )
    db["actors"].create_index(["name"], unique=True)
    db["incidents"].create(
        {
            "id": int,
            "title": str,
            "occurred_on": str,  # ISO date; precision in time_precision
            "time_precision": str,
            "event_type": str,
            "weapon": str,
            "weapon_category": str,
            "munition_count": int,
            "target": str,
            "location": str,
            "admin1": str,
            "country": str,
            "latitude": float,
            "longitude": float,
            "geo_precision": str,
            "outcome": str,
            "killed": int,
            "injured": int,
            "attribution_status": str,
            "lead_actor_id": int,
            "likelihood": str,
            "confidence": str,
            "triage_status": str,
            "tlp": str,
            "summary": str,
            "external_id": str,  # ACLED event_id_cnty, GTD eventid, STIX id
            "created_at": str,
            "updated_at": str,
            "version": int,
        },
        pk="id",
        not_null={"title", "attribution_status", "triage_status", "tlp", "version"},
        defaults={
            "title": "",
            "summary": "",
            "attribution_status": "unattributed",
            "triage_status": "new",
            "tlp": "amber",
            "version": 1,
        },
        foreign_keys=[("lead_actor_id", "actors", "id")],
    )
    for columns in (["occurred_on", "id"], ["attribution_status", "occurred_on", "id"],
                    ["triage_status", "id"], ["location", "id"], ["weapon", "id"]):
        db["incidents"].create_index(columns)
    db["incidents"].create_index(["external_id"], unique=True)
    db["sources"].create(
        {
            "id": int,
            "outlet": str,
            "url": str,
            "title": str,
            "published_on": str,
            "text": str,  # the whole article as received
            "sha256": str,
            "reliability": str,
            "credibility": str,
            "tlp": str,
            "imported_at": str,
        },
        pk="id",
        not_null={"text", "sha256", "tlp"},
        defaults={"text": "", "tlp": "amber"},
    )
    db["sources"].create_index(["sha256"], unique=True)
    db["incident_sources"].create(
        {"incident_id": int, "source_id": int},
        pk=("incident_id", "source_id"),
        foreign_keys=[("incident_id", "incidents", "id"), ("source_id", "sources", "id")],
    )
    db["incident_sources"].create_index(["source_id"])
    db["quotes"].create(
        {
            "id": int,
            "source_id": int,
            "incident_id": int,
            "speaker": str,
            "speaker_role": str,
            "text": str,  # verbatim
            "start_offset": int,  # character offsets into sources.text
            "end_offset": int,
            "credibility": str,
            "kind": str,  # `direct` (words in quotation marks) or `reported` (paraphrase)
        },
        pk="id",
        not_null={"text", "kind"},
        defaults={"speaker": "", "speaker_role": "", "kind": "direct"},
        foreign_keys=[("source_id", "sources", "id"), ("incident_id", "incidents", "id")],
    )
    db["quotes"].create_index(["incident_id"])
    db["quotes"].create_index(["source_id"])
    db["claims"].create(
        {
            "id": int,
            "incident_id": int,
            "actor_id": int,  # empty for an `unattributed` statement
            "stance": str,
            "asserted_by": str,
            "quote_id": int,
            "source_id": int,
            "likelihood": str,
            "confidence": str,
            "proposed_by": str,
            "review_status": str,  # `proposed` until the analyst accepts it
            "created_at": str,
        },
        pk="id",
        not_null={"incident_id", "stance", "proposed_by", "review_status"},
        defaults={"asserted_by": "", "proposed_by": "analyst", "review_status": "accepted"},
        foreign_keys=[
            ("incident_id", "incidents", "id"),
            ("actor_id", "actors", "id"),
            ("quote_id", "quotes", "id"),
            ("source_id", "sources", "id"),
        ],
    )
    db["claims"].create_index(["incident_id"])
    db["claims"].create_index(["actor_id", "stance"])
    db["audit_log"].create(
        {
            "id": int,
            "txn": int,  # groups the rows of one write, the unit of undo
            "ts": str,
            "analyst": str,
            "action": str,  # insert, update, delete
            "table_name": str,
            "row_id": int,
            "field": str,  # `*` with the whole row as JSON for insert and delete
            "old_value": str,
            "new_value": str,
            "undoes_txn": int,  # set on the rows of an undo
        },
        pk="id",
        not_null={"txn", "ts", "analyst", "action", "table_name"},
    )
    db["audit_log"].create_index(["txn"])
    db["audit_log"].create_index(["table_name", "row_id"])


def _create_search_index(db: sqlite_utils.Database) -> None:
    # One document per incident (rowid = incident id) gathering its own text, its quotes
    # and the names and aliases of the actors tied to it, so a match on any finds it.
    db.execute(
        "CREATE VIRTUAL TABLE incident_search USING fts5("
        "title, summary, place, quotes, actors, tokenize = 'unicode61 remove_diacritics 2')"
    )
    from db.search_index import rebuild_all

    rebuild_all(db)


def _create_listing_indexes(db: sqlite_utils.Database) -> None:
    # The list sorts on these exact expressions (db.listing.SORT_KEYS) and pages by keyset
    # on (key, id): only an index on the same expressions serves that without a sort.
    # The facet indexes carry every filter column, so a count under any mix of filters
    # reads one index range and never the table.
    date = "coalesce(occurred_on, '')"
    for name, columns in (
        ("date", f"{date}, id"),
        ("status", "attribution_status, id"),
        ("place", "coalesce(location, ''), id"),
        ("weapon", "coalesce(weapon, ''), id"),
        ("status_date", f"attribution_status, {date}, id"),
        ("triage_date", f"triage_status, {date}, id"),
        ("facet_country", f"country, admin1, weapon_category, tlp, triage_status, "
                          f"attribution_status, {date}"),
        ("facet_weapon", f"weapon_category, tlp, triage_status, attribution_status, {date}"),
        ("facet_tlp", f"tlp, triage_status, attribution_status, {date}"),
        ("lead_actor", "lead_actor_id"),
    ):
        db.execute(f"CREATE INDEX idx_incidents_list_{name} ON incidents({columns})")
    db.execute("CREATE INDEX idx_claims_actor_incident ON claims(actor_id, incident_id)")
    db.execute("CREATE INDEX idx_claims_actor_stance_incident "
               "ON claims(actor_id, stance, incident_id)")
    _create_status_counts(db)


def _create_status_counts(db: sqlite_utils.Database) -> None:
    # Counting a million rows per status takes tens of milliseconds; the list shows these
    # counts at all times, so triggers keep them current at the cost of one row per write.
    db.execute("CREATE TABLE incident_status_counts "
               "(attribution_status TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID")
    db.execute("INSERT INTO incident_status_counts SELECT attribution_status, count(*) "
               "FROM incidents GROUP BY attribution_status")
    bump = ("INSERT INTO incident_status_counts VALUES ({row}.attribution_status, {delta}) "
            "ON CONFLICT(attribution_status) DO UPDATE SET n = n + {delta};")
    # One statement per execute: executescript would commit migrate()'s transaction.
    db.execute("CREATE TRIGGER incident_status_counts_insert AFTER INSERT ON incidents "
               f"BEGIN {bump.format(row='new', delta=1)} END")
    db.execute("CREATE TRIGGER incident_status_counts_delete AFTER DELETE ON incidents "
               f"BEGIN {bump.format(row='old', delta=-1)} END")
    db.execute("CREATE TRIGGER incident_status_counts_update "
               "AFTER UPDATE OF attribution_status ON incidents "
               "WHEN old.attribution_status IS NOT new.attribution_status "
               f"BEGIN {bump.format(row='old', delta=-1)} {bump.format(row='new', delta=1)} END")


def _add_incident_review_status(db: sqlite_utils.Database) -> None:
    # An incident proposed by an article import stays `proposed` until the analyst accepts
    # it in the review queue; everything entered or imported from structured data is
    # `accepted` from the start.
    db["incidents"].add_column("review_status", str, not_null_default="accepted")


def _widen_facet_indexes(db: sqlite_utils.Database) -> None:
    # Counts per attribution status under a filter read every matching row: each filter
    # column now leads one index that also carries all the others (and the status), so
    # such a count is one index range and never a table lookup per row.
    date = "coalesce(occurred_on, '')"
    rest = ("country", "admin1", "weapon_category", "tlp", "triage_status",
            "attribution_status", date)
    for name in ("facet_weapon", "facet_tlp", "triage_date"):
        db.execute(f"DROP INDEX IF EXISTS idx_incidents_list_{name}")
    for name, lead in (("facet_weapon", "weapon_category"), ("facet_tlp", "tlp"),
                       ("facet_triage", "triage_status"), ("facet_date", date)):
        columns = ", ".join([lead, *(c for c in rest if c != lead)])
        db.execute(f"CREATE INDEX idx_incidents_list_{name} ON incidents({columns})")


def _index_search_prefixes(db: sqlite_utils.Database, prefixes: str = "2 3") -> None:
    # Search runs on every keystroke with the last word as a prefix. Without a prefix
    # index, "ka*" merges the doclists of every term starting with "ka", and a phrase
    # ending in one ("ain al*") also reads all their positions: 5 to 10 times slower.
    columns = "title, summary, place, quotes, actors"
    db.execute(f"CREATE VIRTUAL TABLE incident_search_new USING fts5({columns}, "
               f"tokenize = 'unicode61 remove_diacritics 2', prefix = '{prefixes}')")
    db.execute(f"INSERT INTO incident_search_new (rowid, {columns}) "
               f"SELECT rowid, {columns} FROM incident_search")
    db.execute("DROP TABLE incident_search")
    db.execute("ALTER TABLE incident_search_new RENAME TO incident_search")


def _speed_up_list_queries(db: sqlite_utils.Database) -> None:
    _widen_facet_indexes(db)
    _index_search_prefixes(db)


def _tune_list_queries(db: sqlite_utils.Database) -> None:
    # Search now waits for a word's third letter before taking it as a prefix (db.search),
    # so the two-letter prefix index only costs space and write time. The next `new`
    # incident (Store.next_new_incident) walks triage status then date: that index again.
    db.execute("CREATE INDEX IF NOT EXISTS idx_incidents_list_triage_date "
               "ON incidents(triage_status, coalesce(occurred_on, ''), id)")
    _index_search_prefixes(db, "3")


def _drop_redundant_indexes(db: sqlite_utils.Database) -> None:
    # The list's indexes (migration 3 on) lead with the same columns as these first ones,
    # which no query uses any more; each still costs time on every write and import.
    for name in ("idx_incidents_attribution_status_occurred_on_id",
                 "idx_incidents_triage_status_id", "idx_incidents_location_id",
                 "idx_incidents_weapon_id", "idx_claims_actor_id_stance"):
        db.execute(f"DROP INDEX IF EXISTS {name}")


_TIE = "INSERT OR IGNORE INTO incident_actors VALUES ({actor}, {incident});"
# An actor stays tied while any claim of it on the incident, or the lead, remains.
_UNTIE = ("DELETE FROM incident_actors WHERE actor_id = {actor} AND incident_id = {incident} "
          "AND NOT EXISTS (SELECT 1 FROM claims WHERE actor_id = {actor} "
          "AND incident_id = {incident}) AND NOT EXISTS (SELECT 1 FROM incidents "
          "WHERE id = {incident} AND lead_actor_id IS {actor});")


def fill_incident_actors(db: sqlite_utils.Database) -> None:
    """Tie every actor to the incidents it claims or leads: after a bulk load made without
    the triggers, one sorted pass instead of a b-tree insert per row."""
    db.execute("INSERT OR IGNORE INTO incident_actors SELECT actor_id, incident_id "
               "FROM claims WHERE actor_id IS NOT NULL UNION SELECT lead_actor_id, id "
               "FROM incidents WHERE lead_actor_id IS NOT NULL ORDER BY 1, 2")


def _create_incident_actors(db: sqlite_utils.Database) -> None:
    # "Any claim by" an actor lists the incidents it is tied to by a claim or as lead actor.
    # Found from claims and incidents, that set cost a probe per lead incident (90 ms for a
    # busy actor on a million incidents); kept here by triggers, it is one index range.
    db.execute("CREATE TABLE incident_actors (actor_id INTEGER NOT NULL, "
               "incident_id INTEGER NOT NULL, PRIMARY KEY (actor_id, incident_id)) "
               "WITHOUT ROWID")
    fill_incident_actors(db)
    claim = {"actor": "{row}.actor_id", "incident": "{row}.incident_id"}
    lead = {"actor": "{row}.lead_actor_id", "incident": "{row}.id"}
    for name, event, when, body in (
        ("claim_insert", "INSERT ON claims", "new.actor_id IS NOT NULL",
         _TIE.format(**claim).format(row="new")),
        ("claim_delete", "DELETE ON claims", "old.actor_id IS NOT NULL",
         _UNTIE.format(**claim).format(row="old")),
        ("claim_update", "UPDATE OF actor_id, incident_id ON claims", "1",
         _UNTIE.format(**claim).format(row="old") + _TIE.format(**claim).format(row="new")),
        ("lead_insert", "INSERT ON incidents", "new.lead_actor_id IS NOT NULL",
         _TIE.format(**lead).format(row="new")),
        ("lead_update", "UPDATE OF lead_actor_id ON incidents",
         "old.lead_actor_id IS NOT new.lead_actor_id",
         _UNTIE.format(**lead).format(row="old") + _TIE.format(**lead).format(row="new")),
        ("lead_delete", "DELETE ON incidents", "old.lead_actor_id IS NOT NULL",
         _UNTIE.format(**lead).format(row="old")),
    ):
        db.execute(f"CREATE TRIGGER incident_actors_{name} AFTER {event} "
                   f"WHEN {when} BEGIN {body} END")


def _date_second_in_country_facet(db: sqlite_utils.Database) -> None:
    # A country with a date range is the commonest narrowing of a regional desk. With the
    # date last, that count read every row of the country (200,000 of a million for Syria)
    # to keep one year's; second, it is one index range. Country and province together now
    # read the country's range, which is how the rest of the facets already behave.
    date = "coalesce(occurred_on, '')"
    db.execute("DROP INDEX IF EXISTS idx_incidents_list_facet_country")
    db.execute("CREATE INDEX idx_incidents_list_facet_country ON incidents(country, "
               f"{date}, admin1, weapon_category, tlp, triage_status, attribution_status)")


def _index_quotes_claims_rest_on(db: sqlite_utils.Database) -> None:
    # The Quotes pane shows an incident's quotes and those its claims rest on (a statement
    # quoted once for its source, not for one incident); the search documents now hold
    # both, so searching a speaker finds every incident that shows their words. Only the
    # documents that change are rebuilt: rebuilding all took two minutes on a million
    # incidents and left the index in many segments.
    from db.search_index import reindex

    reindex(db, [row[0] for row in db.execute(
        "SELECT DISTINCT c.incident_id FROM claims c JOIN quotes q ON q.id = c.quote_id "
        "WHERE q.incident_id IS NOT c.incident_id")])


MIGRATIONS: tuple[Migration, ...] = (
    _create_core_tables, _create_search_index, _create_listing_indexes,
    _add_incident_review_status, _speed_up_list_queries, _tune_list_queries,
    _drop_redundant_indexes, _create_incident_actors, _date_second_in_country_facet,
    _index_quotes_claims_rest_on)
SCHEMA_VERSION = len(MIGRATIONS)


def user_version(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def refuse_newer(db: sqlite_utils.Database) -> int:
    """Return the desk's schema version, refusing one newer than this release knows."""
    current = user_version(db)
    if current > SCHEMA_VERSION:
        raise NewerDeskError(
            f"this desk has schema version {current}; this threatdesk knows up to "
            f"{SCHEMA_VERSION}: upgrade threatdesk to open it"
        )
    return current


def migrate(db: sqlite_utils.Database) -> list[int]:
    """Run the migrations the desk has not seen, each in its own transaction.

    Returns the versions applied. Raises ``NewerDeskError`` for a desk from a newer release.
    """
    current = refuse_newer(db)
    applied = []
    for version in range(current + 1, SCHEMA_VERSION + 1):
        with db.atomic():
            MIGRATIONS[version - 1](db)
            db.execute(f"PRAGMA user_version = {version}")
        applied.append(version)
    return applied
