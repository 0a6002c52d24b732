"""Shared machinery of the hand-annotated held-out corpora (tests/corpus_heldout*/annotate.py).

Each annotate.py holds only its hand-typed annotations, a dict {name: annotation}, and calls
`write_corpus(directory, annotations)`, which checks every annotation against its .txt and writes
the .json next to it.

An annotation is a dict with published_on, meta, quotes (a list of (text, speaker, speaker_role)),
stances (made with `st`), incidents (made with `inc`), note, and optionally checks (a list of
(phrase naming a weekday, the date it stands for)) and not_quotes (marked text that is deliberately
not a quote, such as scare quotes).

Each quote is the exact text typed by hand; its offsets come from str.find on the .txt. The checks:
- each text is 2000 to 4096 bytes;
- each quote occurs once, sits right after an opening mark, ends at a closing mark or at the end of
  its paragraph, and the quotes are in text order; each not_quote occurs once between marks;
- every opening mark in the text starts an annotated quote or a not_quote (no quote forgotten);
- marks are balanced within each paragraph, except a piece left open that continues in the next;
- a weekday is its most recent occurrence on or before published_on, and an incident carries that
  date; 'last week' is published_on minus 7 days with precision week, and the text says 'last week';
- stances, time precisions, outcomes and weapon categories come from the fixed vocabularies.
"""
import datetime
import json

OPEN, CLOSE = set('"“'), set('"”')
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
STANCES = ("claimed", "denied", "suspected", "assessed", "unattributed")
PRECISIONS = ("day", "week", "month")
OUTCOMES = ("impact", "intercepted", "foiled", "unknown")
WEAPONS = ("rocket", "missile", "drone", "mortar", "ied", "indirect-fire", "small-arms", "other")


def inc(on, prec, place, admin1, country, weapon, outcome):
    return dict(occurred_on=on, time_precision=prec, place=place, admin1=admin1, country=country,
                weapon_category=weapon, outcome=outcome)


def st(actor, stance, by):
    return dict(actor=actor, stance=stance, asserted_by=by)


def check_dates(name, a, text):
    pub = datetime.date.fromisoformat(a["published_on"])
    for phrase, want in a.get("checks", []):
        assert phrase in text, (name, phrase)
        day = next(w for w in WEEKDAYS if w.lower() in phrase.lower())
        back = (pub.weekday() - WEEKDAYS.index(day)) % 7
        got = (pub - datetime.timedelta(days=back)).isoformat()
        assert got == want, (name, phrase, got, want)
        assert any(i["occurred_on"] == want for i in a["incidents"]), (name, phrase, want)
    for i in a["incidents"]:
        if i["time_precision"] == "week":
            assert i["occurred_on"] == (pub - datetime.timedelta(days=7)).isoformat(), (name, i)
            assert "last week" in text.lower(), name


def find_quotes(name, a, text):
    """The quotes with their offsets in text, each checked to occur once, between marks, in order."""
    quotes, pos = [], 0
    for q, speaker, role in a["quotes"]:
        assert text.count(q) == 1, (name, q, text.count(q))
        s = text.find(q)
        e = s + len(q)
        assert text[s - 1] in OPEN, (name, q, text[s - 1])
        assert text[e] in CLOSE or text[e] == "\n", (name, q, repr(text[e]))
        assert s >= pos, (name, "quotes out of order", q)
        pos = e
        quotes.append(dict(start=s, end=e, text=q, speaker=speaker, speaker_role=role))
    return quotes


def check_marks(name, a, text, quotes):
    skip = set()
    for q in a.get("not_quotes", []):
        assert text.count(q) == 1, (name, q)
        s = text.find(q)
        assert text[s - 1] in OPEN and text[s + len(q)] in CLOSE, (name, q)
        skip.add(s)
    # every opening mark in the text must start an annotated quote (no quote forgotten)
    starts = {q["start"] for q in quotes} | skip
    ends = {q["end"] for q in quotes}
    bad = 0
    for i, ch in enumerate(text):
        if ch in '"“' and (ch == "“" or i == 0 or not text[i - 1].isalnum()):
            if i + 1 not in starts and i not in ends:
                print("UNANNOTATED MARK", name, i, repr(text[i:i + 50]))
                bad += 1
    assert not bad, name
    # marks are balanced within each paragraph, except a piece left open that continues in the next paragraph
    for para in text.split("\n"):
        n = sum(para.count(c) for c in '"“”')
        assert n % 2 == 0 or para.lstrip()[:1] in OPEN, (name, para[:60])


def check_vocabulary(name, a):
    for s in a["stances"]:
        assert s["stance"] in STANCES, (name, s)
        assert (s["actor"] is None) == (s["stance"] == "unattributed"), (name, s)
    for i in a["incidents"]:
        assert i["time_precision"] in PRECISIONS, (name, i)
        assert i["outcome"] in OUTCOMES, (name, i)
        assert i["weapon_category"] in WEAPONS, (name, i)


def write_corpus(directory, annotations):
    """Check each annotation against directory/<name>.txt and write directory/<name>.json."""
    for name, a in annotations.items():
        text = (directory / f"{name}.txt").read_text(encoding="utf-8")
        assert 2000 <= len(text.encode()) <= 4096, (name, len(text.encode()))
        check_dates(name, a, text)
        quotes = find_quotes(name, a, text)
        check_marks(name, a, text, quotes)
        check_vocabulary(name, a)
        out = dict(published_on=a["published_on"], meta=a["meta"], quotes=quotes, stances=a["stances"],
                   incidents=a["incidents"], note=a["note"])
        (directory / f"{name}.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n",
                                                encoding="utf-8")
        print(name, len(text.encode()), "B", len(quotes), "quotes")
