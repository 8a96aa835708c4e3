"""The wording of "did you mean" (`zwgk.model.suggest` finds the candidates)."""

from __future__ import annotations

from collections.abc import Sequence

from zwgk.i18n import t


def did_you_mean(close: Sequence[str], otherwise: str = "") -> str:
    """A hint naming the candidates `close`, or `otherwise` when there are none."""
    if not close:
        return otherwise
    return t("common.did_you_mean", choices=t("common.list_sep").join(close))
