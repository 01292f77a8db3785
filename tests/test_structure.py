"""The seams: one store that owns its SQL behind a protocol, one retriever protocol."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

from bot.retrieve import FTS5Retriever, Retriever, retriever_class
from bot.store import ClaimStore, SQLiteStore

ROOT = Path(__file__).resolve().parent.parent
SQL = re.compile(r"\b(SELECT\s+\S|INSERT\s+INTO|DELETE\s+FROM|UPDATE\s+\w+\s+SET|CREATE\s+(TABLE|INDEX|VIRTUAL))")


def _protocol_methods(protocol: type) -> set[str]:
    return {name for name, value in vars(protocol).items() if callable(value) and not name.startswith("_")}


def test_the_sqlite_store_implements_the_whole_store_protocol():
    for name in _protocol_methods(ClaimStore):
        impl = getattr(SQLiteStore, name, None)
        assert impl is not None, f"SQLiteStore lacks {name}"
        want = list(inspect.signature(getattr(ClaimStore, name)).parameters)
        assert list(inspect.signature(impl).parameters) == want, name


def test_retrievers_are_found_by_name_and_implement_the_protocol(service):
    from bot.retrieve_tantivy import TantivyRetriever

    assert isinstance(service.store.retriever, Retriever)
    assert isinstance(service.store.retriever, TantivyRetriever)  # the default
    assert retriever_class("fts5") is FTS5Retriever
    assert retriever_class("tantivy") is TantivyRetriever
    with pytest.raises(ValueError, match="unknown retriever 'lucene'"):
        retriever_class("lucene")


@pytest.mark.parametrize(
    "path",
    sorted((ROOT / "bot").rglob("*.py")) + sorted((ROOT / "tests").rglob("*.py")),
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_only_the_store_touches_its_connection_and_only_store_and_retriever_write_sql(path):
    text = path.read_text(encoding="utf-8")
    if path.name in ("store.py", "test_structure.py"):
        return
    assert not re.search(r"store\.(db|lock|_db|_lock)\b", text), "reaches into the store's connection"
    if path.parent.name == "bot" or "bot" in path.parts[-3:-1]:
        if path.name not in ("retrieve.py", "retrieve_tantivy.py"):
            assert not SQL.search(text), "SQL outside bot/store.py and the retrievers"


def test_the_dependencies_admit_no_sqlite_utils_before_4():
    """sqlite-utils 3.39 broke the suite (31 failed, 108 errors: "cannot commit - no
    transaction is active"); the store needs 4's Migrations and atomic()."""
    import tomllib

    from packaging.requirements import Requirement

    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    (spec,) = [Requirement(d).specifier for d in deps if Requirement(d).name == "sqlite-utils"]
    assert not spec.contains("3.39") and not spec.contains("3.37")
    assert spec.contains("4.2.1")
