"""Small deterministic layout helpers for layouts_n.py (reportlab canvas + python-docx); the writer's engine.py."""

import io
import os
import re
import zipfile

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph

FONTDIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fonts") + os.sep
_done = False


def register_fonts():
    global _done
    if _done:
        return
    for n, f in [
        ("DV", "DejaVuSans.ttf"),
        ("DVB", "DejaVuSans-Bold.ttf"),
        ("DVI", "DejaVuSans-Oblique.ttf"),
        ("DVBI", "DejaVuSans-BoldOblique.ttf"),
    ]:
        pdfmetrics.registerFont(TTFont(n, FONTDIR + f))
    registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVBI")
    _done = True


def style(name="b", font="DV", size=9.5, leading=None, color=colors.black, align=0, **kw):
    return ParagraphStyle(
        name,
        fontName=font,
        fontSize=size,
        leading=leading or size * 1.35,
        textColor=color,
        alignment=align,
        **kw,
    )


class PDFDoc:
    """Collects drawing operations page by page; renders when the page total is known."""

    def __init__(
        self,
        pagesize=A4,
        left=62,
        right=62,
        top=70,
        bottom=70,
        header=None,
        footer=None,
        title="",
        author="",
        subject="",
    ):
        register_fonts()
        self.W, self.H = pagesize
        self.pagesize = pagesize
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.width = self.W - left - right
        self.header, self.footer = header, footer
        self.meta = (title, author, subject)
        self.pages = [[]]
        self.y = self.H - top
        self.body = style("body", size=9.5, leading=13.2)

    # --- flow basics
    @property
    def page(self):
        return len(self.pages)

    def new_page(self):
        self.pages.append([])
        self.y = self.H - self.top

    def op(self, f):
        self.pages[-1].append(f)

    def need(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    def space(self, h):
        self.y -= h

    def at_top(self):
        return abs(self.y - (self.H - self.top)) < 0.1

    # --- text
    def para(self, text, st=None, x=None, width=None, after=5, before=0):
        st = st or self.body
        x = self.left if x is None else x
        width = self.width if width is None else width
        p = Paragraph(text, st)
        _, h = p.wrap(width, 10000)
        if not self.at_top():
            self.y -= before
        self.need(h)
        y = self.y

        def f(c, p=p, x=x, y=y, h=h):
            p.drawOn(c, x, y - h)

        self.op(f)
        self.y -= h + after
        return self.page

    def heading(self, text, size=13, color=colors.black, before=10, after=5, font="DVB", keep=60, rule=None):
        if not self.at_top():
            self.y -= before
        self.need(size * 1.4 + keep)
        st = style("h", font=font, size=size, color=color)
        pg = self.para(text, st, after=after)
        if rule is not None:
            y = self.y + after - 2
            x0, x1 = self.left, self.left + self.width

            def f(c, y=y):
                c.setStrokeColor(rule)
                c.setLineWidth(0.6)
                c.line(x0, y, x1, y)

            self.op(f)
            self.y -= 3
        return pg

    def bullets(self, items, st=None, marker="•", indent=14, after=2, x=None, width=None, numbered=False):
        st = st or self.body
        x = self.left if x is None else x
        width = self.width if width is None else width
        pages = []
        for i, it in enumerate(items, 1):
            m = "%d." % i if numbered else marker
            p = Paragraph(it, st)
            _, h = p.wrap(width - indent, 10000)
            self.need(h)
            y = self.y

            def f(c, p=p, y=y, h=h, m=m):
                c.setFont(st.fontName, st.fontSize)
                c.setFillColor(st.textColor)
                c.drawString(x + 2, y - st.fontSize, m)
                p.drawOn(c, x + indent, y - h)

            self.op(f)
            self.y -= h + after
            pages.append(self.page)
        return pages

    def block(self, h, drawfn):
        """Reserve height h; drawfn(c, top_y) draws inside."""
        self.need(h)
        y = self.y
        self.op(lambda c, y=y: drawfn(c, y))
        self.y -= h
        return self.page

    # --- tables
    def table(
        self,
        widths,
        header,
        rows,
        st=None,
        hst=None,
        rules="h",
        pad=3.5,
        header_fill=None,
        zebra=None,
        repeat_header=True,
        fills=None,
        section_fill=None,
        x=None,
        after=8,
        line_color=colors.black,
        valign_top=True,
        sec_st=None,
    ):
        """rows: list of lists of strings, or ('SECTION', text). Returns list of page per row."""
        st = st or style("tc", size=8.5, leading=11)
        hst = hst or style("th", font="DVB", size=8.5, leading=11)
        sec_st = sec_st or style("ts", font="DVB", size=8.8, leading=11.5)
        x = self.left if x is None else x
        tw = sum(widths)

        def mk(cells, s):
            ps = [Paragraph(t, s) for t in cells]
            hs = [p.wrap(w - 2 * pad, 10000)[1] for p, w in zip(ps, widths)]
            return ps, max(hs) + 2 * pad

        def draw_row(cells, s, fill=None, cellfills=None, is_header=False):
            ps, h = mk(cells, s)
            y = self.y

            def f(c, ps=ps, h=h, y=y, fill=fill, cellfills=cellfills, is_header=is_header):
                if fill is not None:
                    c.setFillColor(fill)
                    c.rect(x, y - h, tw, h, stroke=0, fill=1)
                xx = x
                for i, (p, w) in enumerate(zip(ps, widths)):
                    if cellfills and cellfills[i] is not None:
                        c.setFillColor(cellfills[i])
                        c.rect(xx, y - h, w, h, stroke=0, fill=1)
                    ph = p.wrap(w - 2 * pad, 10000)[1]
                    p.drawOn(c, xx + pad, y - pad - ph)
                    xx += w
                c.setStrokeColor(line_color)
                if rules == "grid":
                    c.setLineWidth(0.5)
                    c.rect(x, y - h, tw, h, stroke=1, fill=0)
                    xx = x
                    for w in widths[:-1]:
                        xx += w
                        c.line(xx, y, xx, y - h)
                elif rules == "h":
                    c.setLineWidth(0.8 if is_header else 0.35)
                    c.line(x, y - h, x + tw, y - h)
                    if is_header:
                        c.line(x, y, x + tw, y)
                elif rules == "headonly" and is_header:
                    c.setLineWidth(0.8)
                    c.line(x, y - h, x + tw, y - h)

            self.op(f)
            self.y -= h
            return h

        pages = []
        if header:
            self.need(mk(header, hst)[1] + 30)
            draw_row(header, hst, fill=header_fill, is_header=True)
        for ri, r in enumerate(rows):
            if isinstance(r, tuple) and r[0] == "SECTION":
                _, h = mk([r[1]], sec_st)
                need = h + 25
                if self.y - need < self.bottom:
                    self.new_page()
                    if header and repeat_header:
                        draw_row(header, hst, fill=header_fill, is_header=True)
                ps = Paragraph(r[1], sec_st)
                ph = ps.wrap(tw - 2 * pad, 10000)[1] + 2 * pad
                y = self.y

                def f(c, ps=ps, y=y, ph=ph):
                    if section_fill is not None:
                        c.setFillColor(section_fill)
                        c.rect(x, y - ph, tw, ph, stroke=0, fill=1)
                    ps.drawOn(c, x + pad, y - ph + pad)
                    if rules == "grid":
                        c.setStrokeColor(line_color)
                        c.setLineWidth(0.5)
                        c.rect(x, y - ph, tw, ph, stroke=1, fill=0)

                self.op(f)
                self.y -= ph
                pages.append(self.page)
                continue
            _, h = mk(r, st)
            if self.y - h < self.bottom:
                self.new_page()
                if header and repeat_header:
                    draw_row(header, hst, fill=header_fill, is_header=True)
            fill = zebra if (zebra is not None and ri % 2 == 1) else None
            cf = fills[ri] if fills else None
            draw_row(r, st, fill=fill, cellfills=cf)
            pages.append(self.page)
        self.y -= after
        return pages

    # --- output
    def save(self, path):
        c = canvas.Canvas(path, pagesize=self.pagesize, invariant=1)
        t, a, s = self.meta
        c.setTitle(t)
        c.setAuthor(a)
        c.setSubject(s)
        c.setCreator("Microsoft Word")
        n = len(self.pages)
        for i, ops in enumerate(self.pages, 1):
            if self.header:
                self.header(c, i, n)
            for f in ops:
                f(c)
            if self.footer:
                self.footer(c, i, n)
            c.showPage()
        c.save()
        return n


def normalize_zip(path, stamp=(2025, 11, 20, 8, 0, 0)):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


# --- gold helpers
CANON = ["Utveckla", "Behålla", "Attrahera", "Rekrytera", "Introducera", "Avsluta"]
MONTHS = {
    "januari": 1,
    "februari": 2,
    "mars": 3,
    "april": 4,
    "maj": 5,
    "juni": 6,
    "juli": 7,
    "augusti": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
}
MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def canon_areas(area):
    if not area:
        return []
    a = area.lower()
    return [c for c in CANON if c.lower() in a]


def target_end(td):
    if not td:
        return None
    s = td.strip()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        return s
    m = re.fullmatch(r"(\d{4})(?:[-–](\d{4}))?", s)
    if m:
        return "%s-12-31" % (m.group(2) or m.group(1))
    m = re.fullmatch(r"(?:Q|Kv\s?)([1-4])\s+(\d{4})", s)
    if m:
        q = int(m.group(1))
        mon = q * 3
        return "%s-%02d-%02d" % (m.group(2), mon, MDAYS[mon - 1])
    m = re.fullmatch(r"(HT|VT)\s+(\d{4})", s)
    if m:
        return "%s-%s" % (m.group(2), "12-31" if m.group(1) == "HT" else "06-30")
    m = re.fullmatch(r"([A-Za-zåäö]+)\s+(\d{4})", s)
    if m and m.group(1).lower() in MONTHS:
        mon = MONTHS[m.group(1).lower()]
        return "%s-%02d-%02d" % (m.group(2), mon, MDAYS[mon - 1])
    return None


def split_resp(r):
    if not r:
        return []
    parts = re.split(r",|/| och | samt | med stöd av ", r)
    return [p.strip() for p in parts if p.strip()]


class Gold:
    def __init__(self):
        self.acts, self.figs, self.gaps, self.plans = [], [], [], []

    def plan(self, file, adm, period, layout):
        self.plans.append({"file": file, "administration": adm, "period": period, "layout": layout})

    def act(
        self,
        file,
        adm,
        period,
        page,
        activity,
        area=None,
        goal=None,
        target_date=None,
        responsible=None,
        followup=None,
        table="plan",
    ):
        self.acts.append(
            {
                "id": None,
                "file": file,
                "administration": adm,
                "period": period,
                "table": table,
                "area": area,
                "areas": canon_areas(area),
                "goal": goal,
                "activity": activity,
                "target_date": target_date,
                "target_end": target_end(target_date),
                "responsible": responsible,
                "responsible_list": split_resp(responsible),
                "followup": followup,
                "page": page,
            }
        )

    def fig(self, file, adm, period, page, metric, value, unit, as_of, scope, quote, headline=None):
        if headline is None:
            headline = scope is None or scope.lower().startswith(
                ("tillsvidare", "visstid", "tidsbegr", "timavl")
            )
        self.figs.append(
            {
                "id": None,
                "file": file,
                "administration": adm,
                "period": period,
                "metric": metric,
                "value": value,
                "unit": unit,
                "as_of": as_of,
                "scope": scope,
                "headline": headline,
                "page": page,
                "quote": quote,
            }
        )

    def gap(self, file, adm, period, page, lst, theme, text, quote=None):
        self.gaps.append(
            {
                "id": None,
                "file": file,
                "administration": adm,
                "period": period,
                "list": lst,
                "theme": theme,
                "text": text,
                "page": page,
                "quote": quote or text,
            }
        )

    def write(self, d):
        import json
        import os

        os.makedirs(d, exist_ok=True)
        for name, recs, pre in [
            ("activities", self.acts, "LA"),
            ("figures", self.figs, "LF"),
            ("gaps", self.gaps, "LG"),
        ]:
            with open(os.path.join(d, name + ".jsonl"), "w", encoding="utf-8") as fh:
                for i, r in enumerate(recs, 1):
                    r["id"] = "%s%03d" % (pre, i)
                    fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        with open(os.path.join(d, "plans.jsonl"), "w", encoding="utf-8") as fh:
            for r in self.plans:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def num(s):
    """'1 284' -> 1284, '9,4' -> 9.4"""
    s = s.replace(" ", "").replace("\u00a0", "").replace("%", "").replace(",", ".")
    v = float(s)
    return int(v) if v == int(v) and "." not in s else v
