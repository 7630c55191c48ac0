"""Small helpers shared by the geotrends notebooks: load the output tables, name actors,
format date axes, save figures (and refuse to save an empty one), highlight mentions.

The notebooks import this module from their own folder; it needs pandas, pyarrow and
matplotlib only (see requirements.txt). Nothing here reads the geotrends source tree.
"""
from __future__ import annotations

import html
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
from matplotlib.collections import LineCollection
import pandas as pd
import pyarrow.dataset as ds

TABLES = ("articles", "stories", "rejects", "mentions", "co_mentions", "actor_nodes", "trends", "pair_terms",
          "burst_terms", "burst_articles")
GRANULARITIES = ("day", "week", "month", "quarter", "year")
MEASURES = ("articles", "sentences", "jaccard", "npmi", "lift")
DATE_COLUMNS = ("window_start", "period_start")

plt.rcParams.update({
    "figure.dpi": 100,
    "savefig.dpi": 120,
    "axes.grid": True,
    "grid.alpha": 0.3,
    "axes.spines.top": False,
    "axes.spines.right": False,
})


class EmptyPlotError(RuntimeError):
    """A figure that shows no data: raised instead of saving it."""


# --- loading -----------------------------------------------------------------------------

def output_path(output_dir) -> Path:
    """The output folder of a geotrends run, checked to hold at least one table."""
    path = Path(output_dir).expanduser().resolve()
    if not path.is_dir() or not any((path / t).is_dir() for t in TABLES):
        raise FileNotFoundError(
            f"{path} is not a geotrends output folder (none of {', '.join(TABLES)} in it): "
            "set output_dir to the --output of `geotrends pipeline`")
    return path


def load(output_dir, table: str, columns=None) -> pd.DataFrame:
    """One table as a DataFrame. Date columns (window_start, period_start) become datetimes,
    timestamps naive UTC;
    `articles` is reduced to one row per article_id, as the stages count them."""
    folder = output_path(output_dir) / table
    if not folder.is_dir():
        raise FileNotFoundError(f"table {table!r} not found: {folder}")
    dataset = ds.dataset(folder, format="parquet", partitioning="hive",
                         exclude_invalid_files=True)
    if columns is not None:
        columns = [c for c in dict.fromkeys(columns) if c in dataset.schema.names]
        if table == "articles":
            columns += [c for c in ("article_id", "source_file", "source_offset")
                        if c in dataset.schema.names and c not in columns]
    df = dataset.to_table(columns=columns).to_pandas()
    for c in df.columns:
        # the tables store UTC instants (TIMESTAMP_MICROS); the notebooks work in naive UTC
        if isinstance(df[c].dtype, pd.DatetimeTZDtype):
            df[c] = df[c].dt.tz_convert("UTC").dt.tz_localize(None)
    for c in DATE_COLUMNS:
        if c in df.columns:
            df[c] = pd.to_datetime(df[c])
    if table == "articles" and "article_id" in df.columns:
        order = [c for c in ("source_file", "source_offset") if c in df.columns]
        if order:
            df = df.sort_values(order, kind="stable")
        df = df.drop_duplicates("article_id").reset_index(drop=True)
    return df


def pick_granularity(df: pd.DataFrame, granularity=None) -> str:
    """The granularity asked for, or month when present, else the finest one in the table."""
    present = [g for g in GRANULARITIES if g in set(df["granularity"].dropna())]
    if not present:
        raise ValueError("the table has no rows")
    if granularity is None:
        return "month" if "month" in present else present[0]
    if granularity not in present:
        raise ValueError(f"granularity {granularity!r} not in the table; it has {present}")
    return granularity


def scope(df: pd.DataFrame, granularity: str, publisher=None) -> pd.DataFrame:
    """Rows of one granularity and one publisher (None: the rows without a publisher, i.e.
    all publishers unless the stage ran with --by publisher)."""
    rows = df[df["granularity"] == granularity]
    rows = rows[rows["publisher"].isna()] if publisher is None else rows[rows["publisher"] == publisher]
    if rows.empty:
        known = sorted(df.loc[df["granularity"] == granularity, "publisher"].dropna().unique())
        raise ValueError(f"no rows for granularity={granularity!r}, publisher={publisher!r}; "
                         f"publishers in the table: {known[:20] or 'none (all publishers only)'}")
    return rows.copy()


def period_start(timestamps: pd.Series, granularity: str) -> pd.Series:
    """The start of the window that each timestamp's UTC day falls in, as the stages define it
    with --day utc. (With the default --day local the stages use the publisher's day, the date
    part of articles.published_local; for a page written with an offset that can be a day apart.)"""
    t = pd.to_datetime(timestamps).dt.normalize()
    if granularity == "day":
        return t
    if granularity == "week":  # ISO weeks start on Monday
        return t - pd.to_timedelta(t.dt.weekday, unit="D")
    if granularity == "month":
        return t.dt.to_period("M").dt.start_time
    if granularity == "quarter":
        return t.dt.to_period("Q").dt.start_time
    if granularity == "year":
        return t.dt.to_period("Y").dt.start_time
    raise ValueError(f"not a granularity: {granularity!r}")


def dense_start(periods: pd.DataFrame, max_gap: int = 6, max_left_out: float = 0.1):
    """The first period worth plotting: after the last run of more than `max_gap` periods
    without articles that has less than `max_left_out` of all dated articles before it (old
    pages linked from news sites, say, that would stretch a time axis over empty years).
    `periods` has period_start and total_articles, one row per period in order. Returns the
    period start, or None to keep everything."""
    p = periods.sort_values("period_start").reset_index(drop=True)
    total = p["total_articles"].sum()
    if total == 0:
        return None
    empty = (p["total_articles"] == 0).astype(int)
    run = empty.groupby((empty == 0).cumsum()).cumsum()  # length of the empty run so far
    best = None
    for i in p.index[(run > max_gap) & (empty.shift(-1, fill_value=1) == 0)]:
        if p.loc[:i, "total_articles"].sum() < max_left_out * total:
            best = p.loc[i + 1, "period_start"]
    return best


def all_windows(starts, granularity: str) -> pd.DatetimeIndex:
    """Every window from the first to the last of `starts`, empty ones included."""
    starts = pd.to_datetime(pd.Series(starts)).dropna()
    freq = {"day": "D", "week": "W-MON", "month": "MS", "quarter": "QS", "year": "YS"}[granularity]
    return pd.date_range(starts.min(), starts.max(), freq=freq, name="window_start")


def period_label(start, granularity: str) -> str:
    start = pd.Timestamp(start)
    return {"day": start.strftime("%Y-%m-%d"), "week": f"week of {start:%Y-%m-%d}",
            "month": start.strftime("%Y-%m"), "quarter": f"{start.year}-Q{(start.month - 1) // 3 + 1}",
            "year": str(start.year)}.get(granularity, start.strftime("%Y-%m-%d"))


def parse_pair(pair):
    """("RUS", "TUR"), ["RUS", "TUR"], "RUS-TUR", "RUS,TUR" or "RUS TUR" -> ("RUS", "TUR"),
    sorted as in co_mentions (actor_a < actor_b)."""
    if pair is None:
        return None
    if isinstance(pair, str):
        for sep in (",", " ", "|", "-"):
            if sep in pair.strip():
                parts = [p for p in pair.strip().split(sep) if p]
                if len(parts) == 2:
                    break
        else:
            parts = []
    else:
        parts = list(pair)
    if len(parts) != 2 or parts[0] == parts[1]:
        raise ValueError(f"a pair is two different actor ids, e.g. 'RUS-TUR'; got {pair!r}")
    a, b = sorted(str(p).strip() for p in parts)
    return a, b


def parse_period(period):
    """'2024', '2024-08', '2024-08-31' or a range 'A/B' (both ends included) ->
    (start, end) timestamps, end exclusive. None -> (None, None)."""
    if period is None:
        return None, None
    text = str(period).strip()
    first, _, last = text.partition("/")
    last = last or first

    def bounds(s):
        s = s.strip()
        if len(s) == 4:
            p = pd.Period(s, freq="Y")
        elif len(s) == 7:
            p = pd.Period(s, freq="M")
        else:
            p = pd.Period(s, freq="D")
        return p.start_time, (p + 1).start_time

    return bounds(first)[0], bounds(last)[1]


# --- actor names ---------------------------------------------------------------------------

def actor_names(output_dir) -> dict:
    """id -> display name, read from the labels of graph/co_mentions.graphml when it is there
    (the tables carry ids only); {} otherwise."""
    path = output_path(output_dir) / "graph" / "co_mentions.graphml"
    if not path.is_file():
        return {}
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.parse(path).getroot()
    label_keys = {k.get("id") for k in root.iterfind("g:key", ns)
                  if k.get("for") == "node" and k.get("attr.name") == "label"}
    names = {}
    for node in root.iterfind(".//g:node", ns):
        for data in node.iterfind("g:data", ns):
            if data.get("key") in label_keys and data.text:
                names[node.get("id")] = data.text
    return names


def label(actor_id, names: dict) -> str:
    name = names.get(actor_id)
    return f"{name} ({actor_id})" if name and name != actor_id else str(actor_id)


# --- figures -----------------------------------------------------------------------------

def figures_path(figures_dir=None) -> Path:
    """figures_dir, else $GEOTRENDS_FIGURES_DIR, else ./figures; created if missing."""
    path = Path(figures_dir or os.environ.get("GEOTRENDS_FIGURES_DIR") or "figures")
    path = path.expanduser().resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def _axes_has_data(ax) -> bool:
    """True when the axes shows data: a line with a finite point (reference lines drawn with
    gid="reference" do not count), a bar of non-zero height, scatter points, line segments
    (networkx edges) or an image."""
    for line in ax.get_lines():
        if line.get_gid() == "reference":
            continue
        y = pd.to_numeric(pd.Series(list(line.get_ydata()), dtype=object), errors="coerce")
        if y.notna().any():
            return True
    for patch in ax.patches:
        height = getattr(patch, "get_height", lambda: 1)()
        if height and not pd.isna(height):
            return True
    for coll in ax.collections:
        if isinstance(coll, LineCollection):
            if len(coll.get_segments()):
                return True
        elif len(coll.get_offsets()):
            return True
    return bool(ax.images)


def check_not_empty(fig) -> None:
    """Raise EmptyPlotError unless some axes of the figure shows data."""
    axes = [ax for ax in fig.get_axes() if ax.get_label() != "<colorbar>"]
    if not axes or not any(_axes_has_data(ax) for ax in axes):
        title = fig._suptitle.get_text() if fig._suptitle else (axes[0].get_title() if axes else "")
        raise EmptyPlotError(f"figure {title!r} has no data plotted")


def save_figure(fig, name: str, figures_dir=None) -> Path:
    """Check the figure shows data, save it as FIGURES_DIR/NAME.png, and return the path."""
    check_not_empty(fig)
    path = figures_path(figures_dir) / f"{name}.png"
    fig.savefig(path, bbox_inches="tight", facecolor="white")
    print(f"figure written: {path}")
    return path


def date_axis(ax, starts, granularity: str = "month") -> None:
    """Readable date ticks for windows starting at `starts`: month ticks as "Jan 2024" (every
    1, 2, 3, 6 months or years, so that at most ~10 are labelled), half a window of margin on
    each side, so that even a single window gets a sensible axis."""
    starts = pd.to_datetime(pd.Series(starts)).dropna()
    if starts.empty:
        return
    pad = pd.Timedelta(days=max(bar_width(starts, granularity), 1))
    lo, hi = starts.min() - pad, starts.max() + pad
    ax.set_xlim(lo, hi)
    months = (hi.year - lo.year) * 12 + hi.month - lo.month + 1
    if granularity in ("day", "week") and months <= 3:
        locator = mdates.AutoDateLocator(minticks=3, maxticks=9)
        formatter = mdates.ConciseDateFormatter(locator, show_offset=False,
                                                formats=["%Y", "%b %Y", "%d %b", "%H:%M", "%H:%M", "%S"],
                                                zero_formats=["", "%Y", "%b %Y", "%d %b", "%H:%M", "%H:%M"])
    else:
        step = next(s for s in (1, 2, 3, 6, 12, 24, 36, 60, 120) if months / s <= 10)
        if step < 12:
            locator = mdates.MonthLocator(bymonth=range(1, 13, step))
            formatter = mdates.DateFormatter("%b\n%Y")
        else:
            locator = mdates.YearLocator(base=step // 12)
            formatter = mdates.DateFormatter("%Y")
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(formatter)
    ax.tick_params(axis="x", labelsize=9)


def bar_width(starts, granularity: str) -> float:
    """A bar width in days that leaves a gap between windows."""
    return {"day": 0.8, "week": 5, "month": 24, "quarter": 70, "year": 300}.get(granularity, 20)


def component_layout(graph, weight=None, seed: int = 7) -> dict:
    """Positions for a graph with several components: each laid out on its own (spring layout)
    and the components packed in rows, largest first, so that small islands do not push the
    main component into a corner as one spring layout does."""
    import math

    import networkx as nx

    parts = sorted(nx.connected_components(graph), key=lambda c: (-len(c), sorted(c)))
    pos, x, y, row_height = {}, 0.0, 0.0, 0.0
    width_limit = 2.2 * math.sqrt(len(parts[0])) if parts else 1
    for part in parts:
        sub = graph.subgraph(part)
        size = 1.0 * math.sqrt(len(part))  # box side grows with the component
        if len(part) == 1:
            local = {next(iter(part)): (0.0, 0.0)}
        else:
            local = nx.spring_layout(sub, weight=weight, seed=seed, iterations=300,
                                     k=1.6 / math.sqrt(len(part)), scale=size / 2)
        if x > 0 and x + size > width_limit:
            x, y, row_height = 0.0, y - row_height - 0.35, 0.0
        for node, (px, py) in local.items():
            pos[node] = (x + size / 2 + px, y - size / 2 + py)
        x += size + 0.35
        row_height = max(row_height, size)
    return pos


# --- text --------------------------------------------------------------------------------

def utf16_to_index(text: str):
    """Map UTF-16 code unit offsets (as the JVM counts them in `mentions`) to Python string
    indices: returns a list where list[utf16_offset] = str index."""
    mapping = []
    for i, ch in enumerate(text):
        mapping.append(i)
        if ord(ch) > 0xFFFF:
            mapping.append(i)
    mapping.append(len(text))
    return mapping


PALETTE = ["#ffd54f", "#81d4fa", "#a5d6a7", "#f48fb1", "#ce93d8", "#ffab91", "#b0bec5",
           "#e6ee9c", "#80cbc4", "#bcaaa4"]


def highlight_html(text, spans, colors: dict, names: dict) -> str:
    """HTML of `text` with each (start, end, actor_id, match_kind) span, in UTF-16 offsets,
    marked in its actor's colour; paragraphs (blank-line separated) become <p>."""
    if not isinstance(text, str) or not text:
        return "<p><i>(empty)</i></p>"
    index = utf16_to_index(text)
    n = len(index) - 1
    marks = []
    for start, end, actor, kind in sorted(spans):
        if 0 <= start < end <= n:
            marks.append((index[start], index[end], actor, kind))
    out, pos = [], 0
    for start, end, actor, kind in marks:
        if start < pos:  # overlapping match: keep the first
            continue
        out.append(html.escape(text[pos:start]))
        out.append(f'<mark style="background:{colors.get(actor, "#eeeeee")};padding:0 2px" '
                   f'title="{html.escape(label(actor, names))} · {html.escape(str(kind))}">'
                   f"{html.escape(text[start:end])}<sub style='font-size:70%'>{html.escape(actor)}</sub></mark>")
        pos = end
    out.append(html.escape(text[pos:]))
    body = "".join(out)
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    return "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in paragraphs)
