"""The Markdown and HTML marks of the inline parser (readers/inline.py), a part of it as its brackets are: it reads the
parser's run (`_run`), writes through its scanner (`_emit`) and records what it consumes (`_consume`)."""

from __future__ import annotations

import re

from lxml import etree

from ..tei import E, append_text, drop_last, sub


class MarkdownMarks:
    """A Markdown export's marks ('*X*', '**X**', '[X](https://…)', '![X](…)') and the HTML ones ('~~X~~', '<sup>X</sup>',
    '<u>X</u>'), as InlineParser's scanner finds them."""

    def _markdown(self, parent: etree._Element, match: re.Match[str], end: int) -> int:
        """'~~X~~' struck, '<sup>X</sup>' above the line (superscript in forme work), '<u>X</u>' underlined,
        '~~X~~<sup>Y</sup>' a substitution; emphasis; a mark no other closes is text."""
        text = self._run.text
        token = match.group()
        if token in ("*", "**", "_"):
            return self._emphasis(parent, match, end)
        closing = {"~~": "~~", "<sup>": "</sup>", "<u>": "</u>"}.get(token)
        close = text.find(closing, match.end(), end) if closing else -1
        if close < 0:
            append_text(parent, token)
            return match.end()
        self._consume(match.start(), match.end(), "markdown")
        self._consume(close, close + len(closing), "markdown")
        if token == "~~":
            element = E("del", {"rend": "strikethrough"})
        elif token == "<u>":
            element = E.hi({"rend": "underline"})
        elif self._mode == "forme":
            element = E.hi({"rend": "superscript"})
        else:
            element = E.add({"place": "above"})
        self._emit(element, match.end(), close)
        after = close + len(closing)
        if token == "~~" and text.startswith("<sup>", after) and self._mode != "forme":
            sup_end = text.find("</sup>", after + 5, end)
            if sup_end >= 0:
                self._consume(after, after + 5, "markdown")
                self._consume(sup_end, sup_end + 6, "markdown")
                add = E.add({"place": "above"})
                self._emit(add, after + 5, sup_end)
                parent.append(E.subst(element, add))
                return sup_end + 6
        parent.append(element)
        return after

    def _emphasis(self, parent: etree._Element, match: re.Match[str], end: int) -> int:
        """'*X*' or '_X_' in italics, '**X**' in bold: hi with its rend, the marks markup; a mark no
        other closes is text."""
        token, text = match.group(), self._run.text
        closing = re.compile(rf"(?<=\S){re.escape(token)}(?![\w*_])").search(text, match.end(), end)
        if closing is None:
            append_text(parent, token)
            return match.end()
        self._consume(match.start(), match.end(), "markdown")
        self._consume(closing.start(), closing.end(), "markdown")
        element = E.hi({"rend": "bold" if token == "**" else "italic"})
        self._emit(element, match.end(), closing.start())
        parent.append(element)
        return closing.end()

    def _link(self, parent: etree._Element, start: int, close: int, link: re.Match[str]) -> int:
        """A Markdown export's link ('[the record](https://…)'): ref/@target, the words its content, the
        brackets and the address markup."""
        self._consume(start, start + 1, "md-link")
        self._consume(close, link.end(), "md-link")
        element = E.ref({"target": link.group("target")})
        self._emit(element, start + 1, close)
        parent.append(element)
        return link.end()

    def _image(self, parent: etree._Element, start: int, close: int, link: re.Match[str]) -> int:
        """A Markdown export's image ('![the embassy's stamp](https://…/stamp.png)', the '!' already
        written as text before the '['): graphic/@url, its words a desc, the marks and address markup."""
        drop_last(parent, "!")
        self._consume(start - 1, start + 1, "md-image")
        self._consume(close, link.end(), "md-image")
        element = E.graphic({"url": link.group("target")})
        if close > start + 1:
            self._emit(sub(element, "desc"), start + 1, close)
        parent.append(element)
        return link.end()
