"""Page text of a PDF (pypdf extract_text) or DOCX (body text in order, table cells separated by spaces,
page = 1 + explicit page breaks), whitespace collapsed: layouts_o.py finds the page of each gold record with it.
Writer o's common_text.py (its check_gold.py, not brought in, used it too)."""

import re

import docx
from docx.oxml.ns import qn
from pypdf import PdfReader


def collapse(s):
    return re.sub(r"\s+", " ", s or "").strip()


def pdf_pages(path):
    return [collapse(p.extract_text()) for p in PdfReader(path).pages]


def docx_pages(path):
    d = docx.Document(path)
    pages = [[]]
    W = qn

    def walk(el):
        for ch in el:
            tag = ch.tag
            if tag == W("w:t"):
                pages[-1].append(ch.text or "")
            elif tag == W("w:tab"):
                pages[-1].append(" ")
            elif tag == W("w:br"):
                if ch.get(W("w:type")) == "page":
                    pages.append([])
                else:
                    pages[-1].append(" ")
            else:
                walk(ch)
                if tag in (W("w:p"), W("w:tc")):
                    pages[-1].append(" ")

    walk(d.element.body)
    return [collapse("".join(p)) for p in pages]


def file_pages(path):
    return docx_pages(path) if str(path).endswith(".docx") else pdf_pages(path)
