"""Who does what to whom (``bot.roles``): the reader of an act's parties from word order,
and the clash the matcher holds a claim for (``Tuning.role_check``)."""

from __future__ import annotations

import pytest

from bot.knowledge import load_aliases
from bot.roles import Role, clash, parse_role, roles
from tests.conftest import KNOWLEDGE


@pytest.fixture(scope="module")
def aliases():
    return load_aliases(KNOWLEDGE / "aliases.json")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # active, with the receiver after "to"
        ("Turkey may return its S-400 systems to Russia.", Role("transfer", "turkey", "russia")),
        # a getting is the same transfer seen from the other side
        ("Could Turkey get its S-400 systems back from Russia?", Role("transfer", "russia", "turkey")),
        ("Did Turkey buy the S-400 from Russia?", Role("transfer", "russia", "turkey")),
        # a passive: who acts comes after "by"
        ("Might the S-400 systems be handed back to Turkey by Russia?", Role("transfer", "russia", "turkey")),
        ("Was the United States sanctioned by Turkey?", Role("sanction", "turkey", "usa")),
        ("Were S-400 components transferred from Turkey to Russia in 2019?", Role("transfer", "turkey", "russia")),
        # the receiver as the object ("sent Turkey threatening letters")
        ("The United States sent Turkey threatening letters.", Role("transfer", "usa", "turkey")),
        # "on" after the act: who it is done to; an act names its own parties ("imposed
        # sanctions": the Trump administration imposes, Turkey is sanctioned)
        ("The Trump administration imposed economic sanctions on Turkey.", Role("impose", "trump", "")),
        ("The Trump administration imposed economic sanctions on Turkey.", Role("sanction", "", "turkey")),
        ("Did the US pressure Ankara into scrapping a contract with China?", Role("pressure", "usa", "turkey")),
        # an act said to be done in a clause of its own ("suggested that ...")
        (
            "US media and officials have suggested that Turkey could return its S-400 systems to Russia.",
            Role("transfer", "turkey", "russia"),
        ),
    ],
)
def test_an_acts_parties_are_read_from_word_order(aliases, text, expected):
    assert expected in roles(text, aliases, split=True)


@pytest.mark.parametrize(
    "text",
    [
        # keywords alone: whose refusal it is, they do not say
        "nato patriot turkey refusal",
        # who views does not buy
        "did the us view the s-400 purchase as more than just a military deal",
        # "is it true" frames the question; no passive
        "is it true washington slapped economic penalties on turkiye",
    ],
)
def test_what_word_order_does_not_tell_is_not_read(aliases, text):
    read = roles(text, aliases, split=True)
    assert Role("transfer", "", "usa") not in read
    assert all(r.first != "turkey" for r in read if r.act == "refuse")
    assert all(r.second != "usa" for r in read if r.act == "impose")


def test_a_role_is_kept_as_a_relation_and_read_back():
    role = Role("transfer", "turkey", "russia")
    assert parse_role(role.code()) == role
    assert parse_role("role:transfer:turkey") is None
    assert parse_role("circ:downing") is None


def test_a_clash_needs_both_parties_the_other_way_round(aliases):
    kinds = aliases.kinds
    claim = [Role("transfer", "turkey", "russia"), Role("transfer", "turkey", "")]
    assert clash([Role("transfer", "russia", "turkey")], claim, kinds) == ("russia", "turkey", True)
    # as the claim has it, or one party only: no clash
    assert clash([Role("transfer", "turkey", "russia")], claim, kinds) is None
    assert clash([Role("transfer", "russia", "")], claim, kinds) is None
    # another act: nothing to compare
    assert clash([Role("sanction", "russia", "turkey")], claim, kinds) is None
    # one of the two in the other role, with the other unsaid in the claim
    assert clash([Role("pressure", "turkey", "usa")], [Role("pressure", "usa", "")], kinds) == ("turkey", "usa", True)


def test_an_act_that_goes_to_another_country_clashes_unless_the_question_names_the_claims(aliases):
    """ "... harm to the united states?" of "... harm to Turkey": the question's "to" party
    against the claim's, where the question does not name the claim's."""
    kinds = aliases.kinds
    claim = [Role("harm", "", "turkey")]
    (asked,) = [r for r in roles("Could the S-400 cause more harm to the United States?", aliases) if r.act == "harm"]
    assert asked.to == "usa"
    assert clash([asked], claim, kinds, {"s400", "harm", "usa"}) == ("usa", "turkey", False)
    # the question names Turkey too: not read so
    assert clash([asked], claim, kinds, {"s400", "harm", "usa", "turkey"}) is None
    # the receiver read as an object, not after "to": not read so
    assert clash([Role("harm", "", "usa")], claim, kinds, {"harm", "usa"}) is None


def test_the_same_act_said_from_the_other_side_is_as_claimed():
    from bot.roles import acts_as_claimed

    claim = [Role("transfer", "", "turkey")]  # "Turkey bought the S-400"
    assert acts_as_claimed("russia", [Role("transfer", "russia", "turkey")], claim)
    # one party only, or the claim with another in that role: not so read
    assert not acts_as_claimed("russia", [Role("transfer", "russia", "")], claim)
    assert not acts_as_claimed(
        "china",
        [Role("pressure", "china", "turkey")],
        [Role("pressure", "usa", "turkey"), Role("pressure", "", "turkey")],
    )
