"""Every ProfileError a person can meet has a sentence of its own (ui/common/messages.error_text),
and the sentence for a code that has none never shows the code ("Something went wrong: not_found"
is not something a person can act on).

The codes are read from the package's source (ast), so a new ``ProfileError("…")`` without a
message fails here. A code made at run time (an f-string, a prefix added to a reason, a choice
from a dict) is followed to the reasons it can carry; a form this test cannot follow fails too.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import pytest

from erfenis_desktop.domain import names
from erfenis_desktop.services.errors import ProfileError
from erfenis_desktop.ui.common.messages import error_text

PACKAGE = Path(__file__).resolve().parent.parent / "erfenis_desktop"
DETAILS = {"seconds": 5, "wait": 0, "limit": 40, "minimum": 8}
UNKNOWN = "a_code_nobody_wrote_a_message_for"


@functools.cache
def _trees() -> tuple:
    return tuple((path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
                 for path in sorted(PACKAGE.rglob("*.py")))


def _calls(name: str):
    """Every call ``name(...)`` in the package: (path, call)."""
    for path, tree in _trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name and node.args:
                yield path, node


def _literals(name: str) -> set[str]:
    """The string literals given as first argument to ``name(...)`` anywhere in the package."""
    return {call.args[0].value for _path, call in _calls(name)
            if isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)}


def _write_refused_reasons() -> set[str]:
    """``WriteRefused(reason)``: its literals, and the reasons storage/profiles.py's ``_one`` passes
    on (its default and every literal given to it)."""
    reasons = _literals("WriteRefused") | _literals("_one")
    tree = ast.parse((PACKAGE / "storage" / "profiles.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == "_one":
            reasons |= {d.value for d in node.args.defaults if isinstance(d, ast.Constant)}
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_one" \
                and len(node.args) > 1 and isinstance(node.args[1], ast.Constant):
            reasons.add(node.args[1].value)
    return reasons


#: What a reason carried into a code can be, by the prefix it gets.
REASONS = {
    # services/vault.py and services/workshop.py: f"name_{refused.reason}" (domain/names.NameRefused)
    "name_": {names.EMPTY, names.CONTROL, names.DIRECTION, names.INVISIBLE},
    # services/transfer.py: f"transfer_{code}" (vault/transfer.TransferError, wrong_password apart)
    # and "transfer_" + refused.reason (storage/transfer.ImportRefused)
    "transfer_": (_literals("TransferError") - {"wrong_password"}) | _literals("ImportRefused"),
}


def _codes(expr: ast.expr, where: str) -> set[str]:
    """The codes an argument of ProfileError can be."""
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        return {expr.value}
    if isinstance(expr, ast.JoinedStr):  # f"prefix{reason}"
        prefix = expr.values[0]
        assert len(expr.values) == 2 and isinstance(prefix, ast.Constant), f"an f-string code not followed: {where}"
        return {prefix.value + reason for reason in REASONS[prefix.value]}
    if isinstance(expr, ast.BinOp) and isinstance(expr.left, ast.Constant):  # "prefix" + reason
        return {expr.left.value + reason for reason in REASONS[expr.left.value]}
    if isinstance(expr, ast.IfExp):
        test, body = expr.test, expr.body
        if isinstance(body, ast.Name) and isinstance(test, ast.Compare) and isinstance(test.ops[0], ast.Eq) \
                and isinstance(test.left, ast.Name) and test.left.id == body.id:  # code if code == "x" else …
            body = test.comparators[0]
        return _codes(body, where) | _codes(expr.orelse, where)
    if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute) and expr.func.attr == "get" \
            and isinstance(expr.func.value, ast.Dict):  # {...}.get(state, default)
        return {c for v in [*expr.func.value.values, *expr.args[1:]] for c in _codes(v, where)}
    if isinstance(expr, ast.Subscript) and isinstance(expr.value, ast.Dict):  # {...}[state]
        return {c for v in expr.value.values for c in _codes(v, where)}
    if isinstance(expr, ast.Attribute) and expr.attr == "reason":  # WriteRefused's reason, as it is
        return _write_refused_reasons()
    raise AssertionError(f"a ProfileError code this test cannot follow: {where}: {ast.unparse(expr)}")


def _all_codes() -> set[str]:
    codes = set()
    for path, call in _calls("ProfileError"):
        codes |= _codes(call.args[0], f"{path.relative_to(PACKAGE.parent)}:{call.lineno}")
    return codes


CODES = sorted(_all_codes())


def test_the_scan_finds_the_codes_of_every_kind():
    """The scan itself works: literal codes, f-string and prefix codes, and reasons passed on."""
    for code in ("not_found", "same_profile", "group_reset", "name_control", "transfer_unwritable",
                 "transfer_too_new", "transfer_clash", "changed_meanwhile", "not_yours", "facilitator_exists"):
        assert code in CODES
    assert len(CODES) > 40


def test_the_fallback_never_shows_the_code(qapp):
    text = error_text(ProfileError(UNKNOWN))
    assert text == "Something went wrong. Nothing was changed; try again, or restart Erfenis."
    assert UNKNOWN not in text and "_" not in text


@pytest.mark.parametrize("code", CODES)
def test_every_code_has_its_own_sentence(qapp, code):
    text = error_text(ProfileError(code, **DETAILS))
    assert text and text != error_text(ProfileError(UNKNOWN))
    assert "_" not in text  # no code (a code of one word, like "damaged", may be a word of the sentence)


def test_the_facilitator_adding_results_hears_why_not_and_not_that_only_the_facilitator_may(qapp):
    """Two codes that once shared a sentence: the facilitator has no results in the group picture
    (``group_facilitator``), and only the facilitator may do something (``not_facilitator``)."""
    own = error_text(ProfileError("group_facilitator"))
    assert "no results of your own" in own and "Only the facilitator" not in own
    assert "Only the facilitator" in error_text(ProfileError("not_facilitator"))
