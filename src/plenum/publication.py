"""What a document of the edition says about itself: who publishes it, under which licence, what kind
of document it is.

The encoding (the TEI markup and the text plenum adds) is published under CC BY 4.0; the source's
rights are stated apart, in their own availability, since plenum cannot license what it did not write.
The kind of document (genre) is recorded in the header (``textClass/catRef``) against a taxonomy
declared in the same header (``classDecl``), so that the reading edition and other tools read it
instead of guessing it from the title.
"""

from __future__ import annotations

import re

from lxml import etree

from .siteconfig import UNTITLED
from .tei import E, XML_ID, sub

LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
LICENCE = ("The encoding of this file (its TEI markup and the text plenum adds: headers, notes, "
           "regularised forms) is licensed under the Creative Commons Attribution 4.0 International "
           "licence (CC BY 4.0). The source's own rights are stated apart.")

# A telegram's names for itself ('Cable', 'Cryptogram', 'Telex', 'Telephonogram'): its kind, and a title that opens on one (genre).
_TELEGRAM_WORDS = r"Telegram|\bCable\b|\bCryptogram\b|\bCiphergram\b|\bAirgram\b|\bTelex\b|\bTelephonogram\b|\bRadiogram\b"
# The kinds of document, in the order a title is matched against them (the first match wins); the
# slug names the category in the taxonomy.
GENRES = (
    ("essay", "Essay", r"^Essay"),
    # (before minutes: a protocol of interrogation is no session's)
    ("interrogation", "Record of interrogation",
     r"^(?:(?:Record|Protocol|Transcript|Minutes) of )?(?:the )?(?:Interrogation|Testimony|Deposition|Confession)\b"),
    ("conversation", "Record of conversation",
     r"Conversation|^Record of (the )?(?:talks|negotiations)|^Talks\b|(?<!on )\bTalks? (?:between|with)\b|"
     r"^Discussions? (?:between|with)\b|"
     r"^Record of (?:the |a )?(?:\w+ )?Contact (?:between|with)\b|"
     r"\bAudience with\b|^Reception of\b.*\bby\b|^Reception by\b.*\bfor\b|^(?:\w+ )?(?:Official )?Meeting with\b|^(?:[A-Z][\w'’.-]*,?\s+){1,8}(?:Receives?|Meets?)\b|"
     r"^Interview\b|\bInterview (?:with|given)\b|\b(?:Press|News) Conference\b|[’']s (?:\w+ )?(?:Meeting|Talks?|Discussions?) with\b|"
     r"^Record of (?:the |a )?Discussions? (?:between|with)\b|"
     # (the talks of two sides named first: 'Polish-Soviet Talks in Moscow', 'Record of Testish-Probish Talks')
     r"^(?:(?:Record|Excerpts?) (?:of|from) )?(?:the )?[\w'’]+-[\w'’-]+ Talks\b"),
    ("minutes", "Minutes",
     r"^(?:\w+ )?Record of (?:(?:a|the) )?(?:\w+ )?(?:meeting|discussions|proceedings)|^Minutes|Record of Proceedings|"
     r"^(?:\w+ )?(?:Official )?Meeting [Bb]etween\b|\bTranscript\b|^(?:Stenographic|Stenogram)|"
     r"^(?:\w+ )*Protocol\b(?! (?:(?!of\b)\w+ ){0,3}?(?:on|between|concerning|regarding)\b)|^Session of\b|"
     r"\b(?:Politburo|Presidium|Secretariat|Plenum) (?:Session|Meeting|Discussion)\b|"
     r"^(?:From )?(?:a |the )?Meeting (?:of|Minutes)\b|"
     r"\b(?:Notes|Summary) (?:from|of|on) (?:a |the )?(?:[\w.-]+ ){0,3}?(?:Meeting|Session)\b"),
    ("telegram", "Telegram", _TELEGRAM_WORDS),
    ("directive", "Directive", r"Directive|^Instructions?\b|\bInstructions? (?:to|for|on|regarding|concerning)\b|"
                               r"^(?-i:(?:[A-Z][\w'’-]*\s+){1,3})Instructions?\b|"
                               r"^Order (?:No\.|Nº|Number|of the (?:[\w'’-]+ ){0,3}(?:Commissar|Minister|Ministry|Commander|"
                               r"Chairman|Council|Staff|Director|Chief|Head)\b)"),
    ("report", "Report", r"(?<!with )(?<!with a )Report|^Information\b|\bInformation (?:to|for) (?:the )?[A-Z]|^Assessment\b|"
                         r"\bInformation(?:al)? (?:Nr\.?|No\.?|Nº|Message)|(?:^|,\s)Notice (?:of|on|about|from)\b|"
                         r"^Summary of the Views\b|\bDebrief(?:ing)?\b|\bIntelligence Estimate\b|^(?:Single|Brief) Information\b|"
                         r"^(?:Several )?Notices (?:of|on|about|from)\b"),
    # (a title naming who wrote to whom, 'L. Testov to Cde. V. M. Probov', is a letter unless it says memorandum;
    # the words before the post are capitalised, a name's: '… to Testgrad commented on President …' is none)
    ("letter", "Letter", r"^(?:Excerpt from (?:a|the) )?Letter|^(?:Open )?(?:Appeal|Petition)\b|\bInformational Letter\b|\bLetter (?:from|of|to)\b|"
                         r"^(?:[\w-]+ ){1,2}Letter\b|^(?:Oral |Written |Verbal )?Message (?:from|of|to)\b|"
                         r"^(?!.*\bMemo)[A-Z][\w.'’ ()-]{0,60}? to (?:Cde\.|Comrade|Comr\.|"
                         r"(?:the )?(?-i:(?:[A-Z][\w-]* ){0,4})(?:Minister|Ambassador|President|Premier|Chairman|Chancellor|"
                         r"Secretary)\b)|"
                         # (or to a surname alone, 'Testo Probaev to Examov', no one's visit or journey)
                         r"^(?!.*(?:\bMemo|['’]s\b|\b(?:Visit|Trip|Journey|Mission|Return|Delegation|Road)\b))"
                         r"(?-i:(?:[A-Z][\w.'’-]*\s+){1,3}to\s+[A-Z][\w'’-]+)(?:\s+\[[^\[\]]+\])?$"),
    ("memorandum", "Memorandum",
     r"(^|\W)Memo(randum|randa)?(\W|$)|^Notes?\b|\bNote (?:about|on|from|of|by|to|for|Number|No\.)|^Aide-M[ée]moire\b"),
    ("remarks", "Remarks", r"^Remarks"),
    ("speech", "Speech", r"\bSpeech\b|(?:^|:\s+)(?:(?:Radio|Television|TV|Broadcast)\s+)?(?:Talk|Address|Lecture)\s+"
                         r"(?:(?:Given|Delivered|Made)\s+)?by\b|\bToast\b"),
    ("resolution", "Resolution",
     r"^(?:Draft )?(?:Resolution|Decree|Decision)\b|"
     r"\b(?:Politburo|Presidium|Secretariat|Committee|Council of Ministers|(?-i:[A-Z]{2,}(?:\([a-z]\))?)) "
     r"(?:Draft )?(?:Decision|Resolution|Decree)\b"),
    ("agreement", "Agreement", r"^(?:Draft )?(?:Agreement|Treaty|Accord|Joint (?:Declaration|Communiqu[eé]|Statement)|"
                               r"Exchange of (?:Notes|Letters) (?:between|constituting)|"
                               r"Communiqu[eé])\b|\b(?:Agreement|Treaty) (?:on|between|of|regarding|concerning)\b|"
                               r"^(?:\w+ )*Protocol (?:(?!of\b)\w+ ){0,3}?(?:on|between|concerning|regarding)\b"),
    ("journal", "Journal", r"\b(?:Journal|Diary)\b"),
    ("memoir", "Memoir", r"\bMemoirs?\b|\bReminiscences?\b|\bRecollections?\b"),
    ("document", "Document", None),
    ("dossier", "Dossier", None),
)


def publication_stmt(source_rights: list[etree._Element] | None, missing: str) -> etree._Element:
    """The publicationStmt: the edition's authority (its title, which transforms.authority puts in), the
    encoding's licence, and the source's rights (`source_rights`, paragraphs as the source states them;
    else `missing` says where to look)."""
    publication = E.publicationStmt(E.authority(UNTITLED))
    encoding = sub(publication, "availability", None, {"status": "free", "n": "encoding"})
    sub(encoding, "licence", LICENCE, {"target": LICENCE_URL})
    source = sub(publication, "availability", None, {"status": "restricted" if source_rights else "unknown",
                                                     "n": "source"})
    if source_rights:
        source.extend(source_rights)
    else:
        sub(source, "p", missing)
    return publication


# A title that opens on the telegram's own kind ('Cable from Ambassador …, \'… (Conversation with …)\'',
# 'Cryptogram No 1144 …'): a telegram, whatever it reports.
_TELEGRAM_FIRST = re.compile(rf"(?:Ciphered |Coded |Urgent )?(?:{_TELEGRAM_WORDS})\b", re.I)
# A title that opens on the letter it is ('Letter to Minister …, Report on …', 'Letter from … on the Conversation
# with …'): a letter, whatever it encloses or reports.
_LETTER_FIRST = re.compile(r"(?:Excerpt from (?:a|the) )?Letter (?:from|to|of)\b", re.I)
_TELEGRAM_HEADING = re.compile(rf"{_TELEGRAM_FIRST.pattern}(?:\s+(?:No\.?|Nº|#)?\s*[\d/-]+)?\.?", re.I)
# A title that opens on a resolution's name and its issuer ('Resolution, Council of Ministers … with draft letters
# … and directive to …', 'Decree of the Presidium …'): a resolution, whatever it adopts.
_RESOLUTION_FIRST = re.compile(r"(?:Draft )?(?:Resolution|Decree|Decision)(?:,| of)\s", re.I)
# A title that opens on its issuer and kind before a comma or a quoted title ('Made-up Party CC Decree, …',
# 'Testian Foreign Ministry Report, Excerpts of … Conversations'): that kind, whatever the rest names.
_ISSUER_KIND = re.compile(r"(?:(?:[A-Z][\w.'’-]*|of|in|for|the|and)\s+){1,8}"
                          r"(?P<kind>Report|Decree|Resolution|Decision|Memorandum|Protocol|Minutes|Letter)\s*(?:,|['‘\"“])")
# The kinds a title's first words settle, in the order they are tried, before the kinds named anywhere in it.
_FIRST_WORDS = ((_TELEGRAM_FIRST, "telegram"), (_RESOLUTION_FIRST, "resolution"), (_LETTER_FIRST, "letter"))
# The title quoted after its author ("Faculty of …, 'Resolution Adopted by …'"), read when the whole names no kind.
_QUOTED_TITLE = re.compile(r",\s*['‘\"“](?P<title>[^'’\"”]{4,})")


def telegram_heading(text: str) -> bool:
    """True for a heading that is the telegram's kind alone, perhaps with its number ('Telegram', 'CIPHERED
    TELEGRAM No. 40404'): the document says what it is, whatever its title at the archive names."""
    return _TELEGRAM_HEADING.fullmatch(text.strip()) is not None


def genre(title: str) -> str:
    """The slug of a document's kind, from the words of its title (or of the title it quotes)."""
    if slug := next((slug for first, slug in _FIRST_WORDS if first.match(title)), None):
        return slug
    if issued := _ISSUER_KIND.match(title):
        return genre(issued["kind"])
    for words in (title, *(quoted.group("title") for quoted in _QUOTED_TITLE.finditer(title))):
        if slug := next((slug for slug, _, pattern in GENRES if pattern and re.search(pattern, words, re.I)), None):
            return slug
    return "document"


def class_decl(doc_id: str) -> etree._Element:
    """The taxonomy of the kinds of document, its identifiers carrying the document's (so that they stay
    unique when documents are gathered in one teiCorpus)."""
    taxonomy = E.taxonomy({XML_ID: f"{doc_id}-genres"},
                          E.bibl("The kinds of document plenum tells apart"))
    for slug, label, _ in GENRES:
        taxonomy.append(E.category({XML_ID: f"{doc_id}-genre-{slug}"}, E.catDesc(label)))
    return E.classDecl(taxonomy)


def text_class(doc_id: str, slug: str) -> etree._Element:
    """The document's kind, pointing into its own taxonomy."""
    return E.textClass(E.catRef({"scheme": f"#{doc_id}-genres", "target": f"#{doc_id}-genre-{slug}"}))
