"""The relations index of a pair as a picture: the smoothed index as a line, yearly means as points, detected
periods shaded by polarity, stated eras as labelled bars along the top, the detected periods' key events marked
(extra ``plot``)."""

from __future__ import annotations

from detente.errors import ConfigError

INSTALL_HINT = "detente plot needs matplotlib: pip install 'detente[plot]'"
_COLOURS = {"cooperation": "#4c9a6a", "conflict": "#c0504d", "neutral": "#9e9e9e"}


def _year(iso: str) -> float:
    """A date as a fractional year, for the x axis."""
    parts = iso.split("-")
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else 7
    return year + (month - 1) / 12


def plot(store, actor_codes: list[str], output: str, by: str = "year", penalty: float | None = None) -> dict:
    """Draw the pair's index to ``output`` (.svg or .png); returns what was drawn (counts)."""
    try:
        import matplotlib
    except ImportError:
        raise ConfigError(INSTALL_HINT) from None
    matplotlib.use("Agg")  # no display: a file is all we make
    import matplotlib.pyplot as plt

    from detente.timeline.index import pair_families, relations_index
    from detente.timeline.periods import DEFAULT_PENALTY, periods

    rows = relations_index(store, actor_codes, by=by)
    found = periods(store, actor_codes, DEFAULT_PENALTY if penalty is None else penalty)
    families = pair_families(actor_codes)
    key_ids = {event for period in found if period.kind == "detected" for event in period.key_events}
    keys = [record for record in store.timeline_records(families) if record["id"] in key_ids and record["date_begin"]]

    figure, axis = plt.subplots(figsize=(12, 5), dpi=100)
    try:
        for period in found:
            if period.kind == "detected" and period.level == 1:
                axis.axvspan(period.start, period.end, color=_COLOURS.get(period.polarity, "#9e9e9e"), alpha=0.15, lw=0)
                axis.text((period.start + period.end) / 2, -10.6, period.label, ha="center", va="bottom", fontsize=7)
            elif period.kind == "detected":  # a period within one: a bar under the shading, not a second shade
                axis.plot([period.start, period.end], [-9.6, -9.6], color=_COLOURS.get(period.polarity, "#9e9e9e"), lw=3,
                          solid_capstyle="butt")
        # stated eras of two years or more (a crisis named in passing would crowd the picture)
        stated = [period for period in found if period.kind == "stated" and period.end - period.start >= 2]
        for level, period in enumerate(stated):
            height = 9.6 - (level % 6) * 0.7
            axis.plot([period.start, period.end], [height, height], color="#555555", lw=2, solid_capstyle="butt")
            axis.text(period.start, height + 0.1, period.label, fontsize=6, va="bottom")
        if rows:
            xs = [_year(row.start) + (0.5 if by == "year" else 5 if by == "decade" else 0) for row in rows]
            axis.scatter(xs, [row.goldstein_mean for row in rows], s=[8 + 4 * row.events for row in rows],
                         color="#1f4e79", alpha=0.5, label=f"mean Goldstein per {by}")
            axis.plot(xs, [row.smoothed for row in rows], color="#1f4e79", lw=1.8, label="smoothed index")
        for record in keys:
            x = _year(record["date_begin"])
            axis.plot([x], [record["goldstein"]], marker="D", color="black", ms=4)
            axis.annotate((record["date"] or "")[:10], (x, record["goldstein"]), fontsize=6, xytext=(3, 3),
                          textcoords="offset points")
        axis.axhline(0, color="#333333", lw=0.6)
        axis.set_ylim(-11, 11)
        axis.set_ylabel("Goldstein (conflict − / cooperation +)")
        axis.set_title(f"{actor_codes[0]}–{actor_codes[1]} relations index")
        axis.legend(loc="lower left", fontsize=7)
        figure.tight_layout()
        figure.savefig(output, format=output.rsplit(".", 1)[-1].lower())
    finally:
        plt.close(figure)
    return {"buckets": len(rows), "periods": len(found), "key_events": len(keys)}
