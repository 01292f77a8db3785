"""Writes bot/english_words.txt: the English words the spelling reader takes as typed.

A question's word that the claim base does not know may be a typo of a word the matcher
reads ("stnace" for stance, "betwen" for between: ``Matcher.respell``), or a real word
one letter from one ("budget", "election", "stores"). No dictionary ships with Python, so
the list is the words seen at least twice (lowercase, letters only, three letters or
more) in the CLEF CheckThat! 2020 Task 2 data: the 10,375 Snopes claims and their titles
and the train and dev tweets — general English of fact-checking, not this base's wording.

    python bench/wordlist.py            # reads ../shared/data/checkthat2020
    python bench/wordlist.py --data DIR --min-count 2 --out FILE
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bot" / "english_words.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "checkthat2020")
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    files = [args.data / "verified_claims.docs.tsv", *sorted(args.data.glob("*/tweets.queries.tsv"))]
    missing = [str(f) for f in files if not f.is_file()]
    if missing or len(files) < 2:
        raise SystemExit(f"CheckThat! 2020 files not found under {args.data}: {', '.join(missing) or 'tweets'}")
    counts: Counter[str] = Counter()
    for f in files:
        counts.update(w.lower() for w in re.findall(r"[A-Za-z]+", f.read_text(encoding="utf-8", errors="replace")))
    words = sorted(w for w, n in counts.items() if n >= args.min_count and len(w) >= 3)
    header = f"# English words seen {args.min_count}+ times in CLEF CheckThat! 2020 Task 2 (bench/wordlist.py)\n"
    args.out.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words):,} words → {args.out}")


if __name__ == "__main__":
    main()
