"""How far two annotators agree: a second, independent annotation of a corpus against its gold.

    python scripts/annotator_agreement.py [corpus] [second-annotation.json]

The second annotator read DESIGN.md, the corpus's stated conventions (without the list of
situations that names its answers), its article texts and its quotes' offsets, and wrote
speakers and stance pairs without seeing the first annotation. Scored as
scripts/eval_extract.py scores the extractor (names canonicalised, speakers normalised),
so the two figures sit on one scale: the extractor's targets mean something only well
below where careful people agree.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_extract as ev  # noqa: E402

DEFAULT_CORPUS = ev.ROOT / "tests" / "corpus_heldout10"
DEFAULT_SECOND = ev.ROOT / "tests" / "agreement" / "heldout10_second_annotator.json"


def agreement(corpus: Path, second: dict) -> tuple[ev.Score, int, int]:
    stances, speakers_ok, speakers_n = ev.Score(), 0, 0
    for name, _, gold in ev.load_corpus(corpus):
        gold, other = ev.canonical_gold(gold), second[name]
        first_pairs = {(s["actor"], s["stance"]) for s in gold["stances"]}
        second_pairs = {(ev.canonical(s["actor"]), s["stance"]) for s in other["stances"]}
        stances.add(len(first_pairs & second_pairs), len(second_pairs - first_pairs),
                    len(first_pairs - second_pairs))
        spoken = {(q["start"], q["end"]): q["speaker"] for q in gold["quotes"]}
        for quote in other["speakers"]:
            speakers_n += 1
            speakers_ok += ev.norm_speaker(ev.canonical(quote["speaker"])) == ev.norm_speaker(
                spoken[(quote["start"], quote["end"])])
    return stances, speakers_ok, speakers_n


def main(argv: list[str]) -> None:
    corpus = Path(argv[0]) if argv else DEFAULT_CORPUS
    second = json.loads(Path(argv[1] if len(argv) > 1 else DEFAULT_SECOND).read_text("utf-8"))
    stances, ok, n = agreement(corpus, second)
    print(f"two annotators on {corpus.name}: stance pairs P {stances.p:.3f} R {stances.r:.3f} "
          f"F1 {stances.f1:.3f} ({stances.tp}/{stances.fp}/{stances.fn}); "
          f"speakers {ok}/{n} = {ok / n:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
