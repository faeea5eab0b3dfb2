"""What a translator's bracket says of the text rather than adding to it: a remark on it ('[expansion
unknown]', '[end of document]', a letterhead's logo, a sentence on the document), a space the source left
blank ('[left blank]'), text the source lacks or no one could read ('[page 2 missing]', '[illegible]',
'[faded]') or the archive withheld ('[NAME REDACTED]', '(redacted)'). Read by the brackets (readers/brackets.py)."""

from __future__ import annotations

import re

# A number written out, a page's ('[page two]', '[page one of five]') or an article's ('Article One:'); the
# first ten count copies and a text's parts too (telegram_forms, turn_labels).
NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                 "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty")
NUMBER_WORD = "|".join(NUMBER_WORDS)


def number_value(word: str) -> int:
    """The value of a number written out ('Two', 'twenty' -> 2, 20), 0 for any other word."""
    return NUMBER_WORDS.index(word.lower()) + 1 if word.lower() in NUMBER_WORDS else 0


# The translator's mark where a page of the original begins or ends, a paragraph of its own or inside one:
# '[Page 2]', '[p. 2]', '[Page 2 of 3]', '[page two of five]', '[page break]', '[end of page 1]', a printed volume's
# '[Page 1238]', its typeset or facsimile page ('[Typeset Page 997]', '[Facsimile Page 3]'); '[end p. 1]'; the pages
# a mark stands for together ('[Pages 14-17]', the break's number '14-17').
PAGE_MARK = re.compile(rf"\[\s*(?:(?:Pages|pp\.)\s*(?P<pages>\d{{1,4}}\s*[-–]\s*\d{{1,4}})|"
                       rf"(?:(?:Typeset|Facsimile)\s+)?(?:Page|p\.)\s*(?:(?P<n>\d{{1,4}})|(?P<word>{NUMBER_WORD}))"
                       rf"(?:\s+of\s+(?:\d{{1,3}}|{NUMBER_WORD}))?|page\s+break|new\s+page|"
                       r"end\s+(?:of\s+)?(?:page|p\.)\s*\d{0,3})\s*\]", re.I)


def page_number(mark: re.Match[str]) -> dict[str, str]:
    """The attributes of the page break a PAGE_MARK match marks: its number in figures, where it gives one, and
    no word break where no space sets the mark off (a printed volume's 'dele[Page 77]gations')."""
    number = str(number_value(mark["word"])) if mark["word"] else re.sub(r"\s", "", mark["pages"] or mark["n"] or "")
    text, start, end = mark.string, mark.start(), mark.end()
    inside_word = start > 0 and not text[start - 1].isspace() and end < len(text) and not text[end].isspace()
    return ({"n": number} if number else {}) | ({"break": "no"} if inside_word else {})


# The translator's description of a letterhead's picture: '[logo of the Main Directorate …]', '[emblem]'.
LOGO = re.compile(r"(?:the\s+|a\s+)?(?:logo|emblem|coat of arms|letterhead)\b[^\[\]]*", re.I)
# The languages a translator says words were spoken or written in: '[in English]', '[said in Russian]'.
_LANGUAGE_NAMES = ("English|Russian|German|French|Chinese|Korean|Japanese|Polish|Czech|Slovak|Hungarian|Romanian|"
                   "Bulgarian|Serbian|Croatian|Serbo-Croatian|Spanish|Portuguese|Italian|Vietnamese|Mongolian|Albanian|"
                   "Arabic|Persian|Hindi|Latin|Ukrainian|Finnish|Greek|Turkish")
# '[expansion unknown]' after an abbreviation, '[phonetic spelling]' after a name, '[in English]', '[as in the original]',
# '[emphasis in the original]',
# '[There is a stamp at the end of the first page …]', '[added by hand]' after the words, who a name is
# ('[Testov's wartime pseudonym]', '[code name of …]'): the translator's remark on the text.
_EXTENT = rf"(?:{NUMBER_WORD}|\d{{1,3}})\s+(?:pages?|sheets?|leaves|folios?)"
# A classification marking the copy hides: '[Classification level blacked out: "NOT SECRET" stamped]'.
_HIDDEN_CLASSIFICATION = r"classification(?:\s+level)?\s+(?:blacked|blanked|crossed|struck|cut|blotted)\s+out\b[^\[\]]{0,120}"
_REMARK = re.compile(r"\s*(?:(?:phonetic|approximate)\s+(?:spelling|transcription|rendering)|spelt\s+phonetically|as\s+heard|"
                     r"(?:expansion|abbreviation|meaning|identity|reference)\s+(?:unknown|unclear|uncertain|"
                     r"not (?:known|clear|found|identified))|(?:as|so) in (?:the )?(?:original|document|text)|"
                     r"(?:emphasis|underlining|underlined|italics|bold)(?: (?:is|was))? (?:in|as in) (?:the )?original|"
                     r"emphasis added|(?:orthographic|spelling|grammatical|typing) (?:mistake|error)s?\b[^\[\]]{0,30}|"
                     r"not (?:further )?identified|unidentified|(?:date|name|place) not (?:given|stated|known|provided)|"
                     r"no (?:date|name|place|first name|surname) (?:given|stated|provided)|(?:first |given )?name unknown|"
                     r"(?:henceforth|here(?:in)?after)\b[^\[\]]{1,60}|day(?: of (?:the )?month)? left blank\b[^\[\]]{0,30}|"
                     r"end of (?:the )?(?:document|text|excerpt)|continued (?:on|from) (?:the )?(?:next|previous) page|"
                     r"(?:added|inserted|written|corrected|underlined|crossed out|struck out)\s+(?:by hand|in (?:pencil|ink|"
                     r"handwriting))|there (?:is|are|was|were)\b[^\[\]]*|(?:spoken |said |written )?in (?:the )?"
                     rf"(?:{_LANGUAGE_NAMES})(?: language)?(?: in the original)?|"
                     r"[^\[\]]{0,80}\b(?:pseudonym|nickname|code ?name|cover name|alias|real name|maiden name)\b[^\[\]]{0,80}|(?:i\.\s?e\.|e\.\s?g\.|that is|viz\.|meaning|referring to),?\s[^\[\]]{1,120}|not printed|"
                     # (what the text means by its words, said after them: '[Radio Liberty is meant]')
                     r"[^\[\]]{1,80}\s(?:is|are|was|were)\s+(?:here\s+)?meant|"
                     # (the copy's quality, '[Poor scanning]'; a word in another script or language, '[pinyin:
                     # Tushuguan]', '[Russian: nazhim]'; a word the source leaves vague, '[unspecified]')
                     r"(?:poor|bad|low|illegible)\s+(?:scan(?:ning)?|quality|copy|print(?:ing)?)|unspecified|"
                     rf"{_HIDDEN_CLASSIFICATION}|"
                     # (the copy's extent: '[one page]', '[3 pages]')
                     rf"{_EXTENT}|"
                     rf"(?:pinyin|romani[sz]ed|transliterated|{_LANGUAGE_NAMES})\s*:\s*[^\[\]]{{1,60}}|"
                     rf"{LOGO.pattern})[.]?\s*", re.I)
# What makes a bracket a gap: words the translator could not read, or that the page does not show.
GAP = re.compile(r"illegib(?:le|ly)|faded|unreadable|indecipherable|not legible|inaudible|off the (?:reproduced )?page|"
                 r"typed over|cut off|torn", re.I)
# Text the source lacks or the translator could not make out, said in a few words: '[page 2 missing]',
# '[word missing]', '[two words unclear]', '[omission in the source text]'.
# (an editor may sign it: '[pages missing-ed.]', '[word unclear — Ed.]')
_MISSING = re.compile(r"\s*(?:[\w-]+\s+){0,3}(?:missing|not preserved)(?:\s*[-–—]\s*eds?\.?)?\s*"
                      r"|\s*omission\s+in\s+the\s+(?:source|original)(?:\s+(?:text|document))?\s*", re.I)
_UNCLEAR = re.compile(r"\s*(?:[\w-]+\s+){0,3}unclear(?:\s*[-–—]\s*eds?\.?)?\s*", re.I)
# The translator's sentence about the document, six words or more on its tables, pages, text or rest: '[two
# tables follow which duplicate tables found in the previous memo]' (no words of the text).
_ABOUT_DOCUMENT = re.compile(r"(?=(?:\S+\s+){5,}\S)[^\[\]]*\b(?:tables?|memo|document|text|pages?|letter|original|"
                             r"paragraphs?|section|translation|rest of)\b[^\[\]]*")
# Text the translator or an editor left out, said in words ('[list of participants in the conversation
# omitted]', '[remainder not translated]'), perhaps saying by whom; and text the archive or a censor withheld from the
# copy (_WITHHELD: '[excised]', '[two lines redacted]', '[name blacked out]', '[Passage excised by the Testian Foreign
# Ministry]', '[Two lines withheld by the archive]', '[not declassified]').
_BY_WHOM = r"(?:\s+(?:by|at the request of)\s+[\w'’ .-]{2,60})?(?:\s*(?:--|[-–—])\s*eds?\.?)?\.?\s*"
_WITHHELD = re.compile(rf"\s*(?:[\w'’/-]+\s+){{0,8}}(?:excised|redacted|blacked[ -]out|withheld|not declassified|sanitized)"
                       rf"{_BY_WHOM}", re.I)       # (a date's part named: '[MM/DD REDACTED] 1932')
# A redaction the copy marks in parentheses, in a few words and nothing else: '(redacted)', '(name withheld)', '(two
# lines excised)'; the inline parser's scanner looks for it (a parenthesis is otherwise the text's own).
WITHHELD_PARENTHESIS = (r"\((?:[\w'’/-]+\s+){0,3}"
                        r"(?i:redacted|excised|blacked[ -]out|withheld|not declassified)\)")
# The translator's note the text gives in parentheses, labelled as his: 'kvass (translator's note: a fermented bread
# drink)', '(trans. note: …)'; the inline parser's scanner looks for it too.
TRANSLATOR_PARENTHESIS = r"\((?i:trans\.|translator['’]?s?|translation)\s+(?i:note)\s*(?::|[—–])[^()\[\]\n]{1,400}\)"
_LEFT_OUT = re.compile(rf"\s*(?:[\w'’-]+\s+){{0,8}}(?:omitted|not translated|left out){_BY_WHOM}|"
                       # (an editor's word for the passage he leaves out: '[Introductory remarks]', '[Names of other
                       # participants]', '[Concluding remarks.]')
                       r"\s*(?:(?:Introductory|Welcoming|Opening|Concluding|Closing|Final)\s+(?:remarks|words|greetings|"
                       r"pleasantries)|(?:Exchange\s+of\s+)?[Pp]leasantries|Names\s+of\s+(?:the\s+)?(?:other\s+)?"
                       r"participants)\.?\s*", re.I)
# A space the source left blank: '[left blank]', '[date left blank]', '[blank]'.
_BLANK = re.compile(r"\s*(?:[\w-]+\s+){0,2}(?:left\s+)?(?:blank|not filled in)\s*", re.I)


# A note an editor of the archive, or the translator, labels as such in a bracket, the label kept as its
# words: '[Editor's note: …]', '[Ed. note: …]', '[NKIDP note: …]', the editors' '[Source: …]' (where the text
# was published); '[Translator's comment: …]', '[Note: …]', '[trans.: narrow-gauge]'.
_EDITOR_NOTE = re.compile(r"\s*(?:(?:(?i:editor['’]?s?|editorial|ed\.)|[A-Z]{2,8})\s+(?i:note|comment)|(?i:sources?))\s*:")
_LABELLED_NOTE = re.compile(r"\s*(?:(?:translator['’]?s?|trans\.|translation)\s+(?:comment|remark)|note|transl?\.)\s*:", re.I)


# A gloss the translator or an editor signs at its end, the signature kept among its words:
# '[provincial party committee—trans.]', '[obkom--trans.]', '[police—Ed.]', '[a journalist of the party paper -J.G.]'.
_SIGNED = re.compile(r"[^\[\]]*\w\s*(?:[-–—]|--)\s*(?P<by>(?i:trans\.?|transl\.|tr\.|translator|eds?\.?|editors?)"
                     r"|[A-Z]\.\s?[A-Z]\.)\s*")


def labelled_note(inner: str) -> str | None:
    """The type of the note a bracket labels as one ('editorial' for an editor's, 'translator' for the
    translator's comment or a bare 'Note:'), or signs as one ('—trans.', '—Ed.', an editor's initials,
    '-J.G.'; not a gap so signed, '[pages missing-ed.]'), or None."""
    if _EDITOR_NOTE.match(inner):
        return "editorial"
    if _LABELLED_NOTE.match(inner):
        return "translator"
    if (signed := _SIGNED.fullmatch(inner)) and gap_reason(inner) is None:
        return "translator" if signed.group("by").lower().startswith("tr") else "editorial"
    return None


def remark(inner: str) -> bool:
    """Whether a bracket is the translator's remark on the text ('[expansion unknown]', '[end of
    document]', '[logo of …]', '[two tables follow which …]', what initials stand for: '[OZÚ = Section for …]'),
    not words of it nor a gap."""
    inner = _INNER_BRACKET.sub(r"\1", inner)      # (a word supplied inside it: '[There is a stamp … with [it] …]')
    return bool(_REMARK.fullmatch(inner) or _ABOUT_DOCUMENT.fullmatch(inner) and not GAP.search(inner)
                or _STANDS_FOR.fullmatch(inner))


_INNER_BRACKET = re.compile(r"\[([^\[\]]*)\]")
_STANDS_FOR = re.compile(r"[^=\s][^=]{0,40}\s=\s[^=]{2,160}")


def original_words(inner: str, before: str) -> bool:
    """Whether a bracket holds a few words of the original in Latin letters, as a translator quotes them after
    his translation ('[delaem obshchii sad]', '[zakritii]', '[nazhim]', '[svyazan]', '[ne sozrel]', '[em tôrno]', '[idąc na spotkanie]'):
    lower case, one word spelt as no English word is (a Russian word's letters, a Portuguese, Spanish or Polish word's
    accents); not
    inside a word (`before`, the character before the bracket: 'Zhang[zhou]' completes it) nor a note's mark ('[ii]')."""
    words = inner.split()
    return 1 <= len(words) <= 4 and not before.isalnum() and not _ROMAN_MARK.fullmatch(inner) \
        and all(_LATIN_LOWER_WORD.fullmatch(word) for word in words) \
        and (any((len(word) > 3 or not word.isascii()) and _ORIGINAL_SPELLING.search(word) for word in words)   # (not 'iy')
             or len(words) >= 2 and words[0] == "ne")          # (Russian's 'not' before a word: '[ne sozrel]')


_LATIN_LOWER_WORD = re.compile(r"[a-zß-öø-ÿā-ž]+(?:['’-][a-zß-öø-ÿā-ž]+)*['’]?")   # (Polish, Czech, Hungarian letters too)
_ROMAN_MARK = re.compile(r"[ivxlc]{1,5}")
# Letters of a Russian word in Latin letters that English words lack ('zh', 'kh', 'shch', 'iu' but 'ium', 'iia', 'iy',
# 'iie', 'yeniye', 'ya' inside a word but 'royal', 'yu', 'stv', a word ending in 'ii', 'yi', 'yy', 'aia', 'iye', 'ogo',
# 'ykh', 'enie', 'anie', a past tense's 'ali', 'ili', 'yli' ('nastuplenie', 'rugali'), a soft sign's apostrophe inside a
# word, 'telegraf'te', or at its end, not a plural's 's' ('opis’')), or an accented letter of a Portuguese, Spanish,
# Polish or other original ('tôrno', 'não', 'pé', 'idąc').
_ORIGINAL_SPELLING = re.compile(r"zh|kh|shch|iu(?!m)|iia|yy|iy|iie|yeniye|(?<=[a-np-z])ya|yu|stv|(?:ii|yi|aia|iye|(?<=[a-z]{3})ogo|ykh)$|"
                                r"(?:[ea]nie|(?<=[a-z]{2})[aiy]li)$|(?<=[a-rt-z])['’]$|"
                                r"[a-z]['’][a-z]{2,}|[ß-öø-ÿā-ž]")


def original_name(inner: str, before: str) -> bool:
    """Whether a bracket gives an institution's name or initials in the original's language right after its name in
    English (`before`, the text before the bracket: 'Central Committee [KB]', 'Ministry of National Defense [MNO]', 'League
    of Communists of Samplia (LCS) [Samplia Kommunistáinak Szövetsége, SKSZ]'), or the initials the text will use for it,
    short words between them ('… of the Probish Communist Party [CC of the PCP]'): the translator's gloss, no words the
    sentence needs. A name's tag ('Testov [Bu]') and a word supplied after one ('Korea [North]') are none."""
    words = inner.split()
    if named := _NAME_AND_INITIALS.fullmatch(inner):
        words = [named["initials"]]
    initials = [word for word in words if word not in _SHORT_WORDS]
    return 1 <= len(initials) <= 2 and all(_initials(word) for word in initials) and _initials(words[0]) \
        and _initials(words[-1]) and _INSTITUTION_BEFORE.search(before) is not None


# The short words between an institution's initials ('CC of the PCP').
_SHORT_WORDS = frozenset({"of", "the", "for", "and"})


def _initials(word: str) -> bool:
    """Whether a word is an institution's initials: two to eight letters, two capitals at least, the first one
    ('KB', 'SKSZ', 'KPdSU', 'KSČ')."""
    return 2 <= len(word) <= 8 and word.isalpha() and word[0].isupper() and sum(map(str.isupper, word)) >= 2


# An institution's name in the original's words, then its initials after a comma ('Samplia Kommunistáinak Szövetsége,
# SKSZ'); an institution's name in English right before a bracket, two capitalised words or more, short words
# between them, its initials in parentheses perhaps ('Ministry of National Defense', 'League of Communists of
# Samplia (LCS)'; not one name after an initial, 'A. Testygin', nor a telegram's capitals, 'To FILIPPIN [Testin]').
_NAME_AND_INITIALS = re.compile(r"\s*[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){1,7},\s*(?P<initials>\S+)\s*")
_INSTITUTION_BEFORE = re.compile(r"(?<![\w.])[A-Z][a-z][\w'’-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][a-z][\w'’-]*)+"
                                 r"(?:\s+\([A-Z][A-Za-z]{1,7}\))?\s*$")


def name_tag(text: str, start: int) -> bool:
    """Whether the bracket opening at text[start] tags the name before it with whom he came for, a country or party
    in a few letters, as a list tags two names or more ('Participating: T. Testov [Bu], A. Probny and J. Samplar [Cz],
    …'): the translator's note, no word the sentence lacks. A tag alone ('Delegates: T. Testov [Bu]') may be one."""
    starts = [found.start("tag") for found in _TAGGED_NAME.finditer(text)]
    return start in starts and len(starts) >= 2


# A name and its country's or party's tag, a comma, 'and', a stop or the line's end after it ('Testov [Bu],', 'A.
# Testygin [USSR].', 'Probe [MfS]'): two capitals or more, or a capital and one or two small letters ('Cz', 'Po').
_TAGGED_NAME = re.compile(r"(?<![\w.])[A-Z][\w'’-]+\s*(?P<tag>\[(?=[^\]]{2,6}\])(?:[A-Z][A-Za-z]*[A-Z][A-Za-z]*|[A-Z][a-z]{1,2}\.?)\])"
                          r"(?=\s*(?:[,;.)\ue000]|and\b|$))")


def post_gloss(inner: str, before: str, after: str) -> bool:
    """Whether a bracket names the post of the person after it (`before`, `after`: the text around the bracket): before
    his title ('to accompany [Samplestan leader] com. Van Test', 'when [secretary of the HSWP CC] Comrade Próbai
    remarked'), or before his bare name, the office's word last ('[Foreign Minister] Probyko was also present'; not
    between a title and the name, 'Comrade [Deputy Premier] Kim'): the translator's note on who he is, no word the
    sentence lacks. A post with 'of' before a bare name may end on his first names ('[Head of Gosplan Nikolai] Baibov')."""
    post = _POST_GLOSS.fullmatch(inner)
    return post is not None and (_TITLED_AFTER.match(after) is not None
                                 or not post.group("of") and len(inner.split()) >= 2 and _NAME_AFTER.match(after) is not None
                                 and not _TITLE_BEFORE.search(before))


# The words naming an office ('leader', 'Minister', 'Chairman', 'member'), a party's or courtesy title ('com.', 'Cde.').
_OFFICE = (r"leader|ambassador|minister|chairman|chairwoman|secretary|premier|president|head|chief|envoy|counsell?or|"
           r"attach[eé]|consul|director|commander|member|deputy|representative|official")
_TITLE = r"(?:[Cc]om(?:rades?|rs?)?\.?|[Cc]des?\.|Mr\.|Mrs\.|Ms\.|Dr\.)"
# A post in a few words, its office's word last or before 'of' ('Samplestan leader', 'Chairman of the Ministerial
# Council', 'Politburo Members'); a title and a name after it ('com. Van', 'Comrade Próbai', the first names the
# translator supplied too, 'Comrade [Yuri Petrovich] Probov'), or a name alone, no title nor office's word
# ('Probyko', not 'Minister Testov', which the bracket's word completes: '[Deputy] Minister'); a title before it.
_POST_GLOSS = re.compile(rf"\s*(?:[\w'’.-]+\s+){{0,5}}(?i:{_OFFICE})s?(?P<of>\s+of\s+[^\[\]]{{2,60}})?\s*")
_TITLED_AFTER = re.compile(rf"\s+{_TITLE}\s+\[?[A-ZÀ-Ý]")
_NAME_AFTER = re.compile(rf"\s+(?!(?i:{_OFFICE}|the|an?|general|comrade|mr|of)\b)[A-ZÀ-Ý][\w'’-]+")
_TITLE_BEFORE = re.compile(rf"(?<!\w){_TITLE}\s*$")


def spelt_out(inner: str, before: str) -> bool:
    """Whether a bracket spells out the initials right before it ('UNO [United Nations Organization]', 'SDPG [the Social
    Democratic Party of Germany]'): the translator's gloss, no words the original left out."""
    initials = _INITIALS_BEFORE.search(before)
    spelt = "".join(word[0] for word in inner.split() if word[:1].isupper())
    return initials is not None and len(spelt) >= 2 and spelt == initials.group(1)


# Capitals closing the text before a bracket, an abbreviation's ('UNO ', 'SDPG').
_INITIALS_BEFORE = re.compile(r"\b([A-Z]{2,6})\s*$")


def doubt(inner: str, after: str) -> bool:
    """A bare '[?]' inside a sentence ('forty tons [?] arrived', `after` the text after it): the translator's doubt,
    a remark. At a sentence's end ('… their proposal [?] For …') it is the question mark the translator supplied."""
    return inner.strip() == "?" and after.lstrip()[:1].islower()


def gloss(inner: str, before: str) -> bool:
    """Whether a bracket glosses the text rather than adding words to it (`before`: the text right before it): the
    translator's doubt of a reading ('10.27 [28?].1962', '[??]'), his guess ('[possibly "office number" …]'), his note
    so labelled ('[TN: as transliterated]'), what an abbreviation stands for though the letters differ ('CSSR
    [Czechoslovak Socialist Republic]', 'GIU GKEhS [Main Engineering Directorate …]', 'TESTPLAN [Probian …]'), whom a
    possessive means ('my [… ambassador to the DRV, Wolfgang Testold] conversation'), an abbreviation written out ('Com.
    [Comrade]')."""
    words = inner.split()
    return bool(_QUERY.fullmatch(inner) or _HEDGE.match(inner) and len(words) >= 2 or _TN.match(inner)
                or inner.lstrip()[:1].isupper() and (_ACRONYM_BEFORE.search(before) and len(words) >= 2
                                                     or _POSSESSIVE_BEFORE.search(before))
                or _CAPITALS_BEFORE.search(before) and _BODY_NAME.fullmatch(inner)
                or _expands(inner, before))


def _expands(inner: str, before: str) -> bool:
    """Whether a bracket of one word writes out the abbreviation with its stop right before it ('Com. [Comrade]',
    'Dep. [Deputy]'): its letters the word's, in order, the first the same; or a title the original abbreviates in its
    own language ('s. [comrade]')."""
    short = _ABBREVIATION_BEFORE.search(before)
    word = inner.strip()
    if _TITLE_WORD.fullmatch(word) and _LETTER_STOP_BEFORE.search(before):
        return True             # a title abbreviated in the original's language ('s. [comrade]', Czech 'soudruh')
    if short is None or not word.isalpha() or len(word) <= len(short.group(1)):
        return False
    letters = iter(word.lower())
    return word[0].lower() == short.group(1)[0].lower() and all(letter in letters for letter in short.group(1).lower())


# A figure's reading doubted ('28?'; a word so doubted is supplied, '[it?]'), a doubt doubled ('??'), a guess's opening
# word, a translator's note labelled 'TN:'; an abbreviation right before a bracket, two to six letters, two capitals
# among them at least ('CSSR', 'GKEhS', 'PB'), or a word in capitals of seven to ten before a body's name ('a TESTPLAN
# [Probian State Planning Office] group'), a possessive ('my').
_QUERY = re.compile(r"\s*(?:[\d./-]{1,12}\s?\?{1,3}|\?{2,3})\s*")
_HEDGE = re.compile(r"\s*(?:possibly|probably|perhaps|presumably|apparently|likely)\b", re.I)
_TN = re.compile(r"\s*(?:TN|T\.\s?N\.)\s*:")
_ACRONYM_BEFORE = re.compile(r"(?<![\w.])(?=\w*[A-Z]\w*[A-Z])[A-Z][A-Za-z]{1,5}\s*$")
_CAPITALS_BEFORE = re.compile(r"(?<![\w.])[A-Z]{7,10}\s*$")
# A body's name, capitalised words and the short words between them ('Probian Office of State Planning').
_BODY_NAME = re.compile(r"\s*[A-Z][a-z]+(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][a-z]+){1,7}\s*")
_POSSESSIVE_BEFORE = re.compile(r"(?<!\w)(?:my|our|his|her|their|your)\s*$", re.I)
# An abbreviation with its stop right before a bracket ('Com. ', 'Dep.').
_ABBREVIATION_BEFORE = re.compile(r"(?<![\w.])([A-Za-z][a-z]{1,5})\.\s*$")
# A title in English, and an abbreviation of a letter or more with its stop before a bracket ('s. ', 'tov. ').
_TITLE_WORD = re.compile(r"(?i:comrades?|mister|doctor|professor|engineer|general|colonel|lieutenant|minister|deputy)")
_LETTER_STOP_BEFORE = re.compile(r"(?<![\w.])[A-Za-z][a-z]{0,5}\.\s*$")


def aside_alone(text: str) -> bool:
    """Whether a paragraph is one bracket of the translator's or editor's note ('[Translator's note: the copy
    is …]'), saying how long the copy is ('[one page]', '[3 pages]') or what passage is left out ('[Names of other
    participants]'): a note on it or a gap, not the document's heading."""
    return _NOTE_ALONE.fullmatch(text) is not None or left_out_alone(text)


def left_out_alone(text: str) -> bool:
    """Whether a paragraph is one bracket saying what passage the translation leaves out ('[Concluding remarks.]',
    '[Names of other participants]', '[pages 2-3 omitted]'): a gap."""
    return text[:1] + text[-1:] == "[]" and "[" not in text[1:-1] and gap_reason(text[1:-1]) in ("omitted", "redacted")


# The translator's or editor's note alone in its brackets, the copy's extent, or the classification it hides.
_NOTE_ALONE = re.compile(rf"\[(?:(?:(?:Translator|Editor|Transcriber)['’]?s?\s+(?:note|comment)|Source)\s*:[^\[\]]{{1,300}}"
                         rf"|\s*{_EXTENT}\s*|(?i:{_HIDDEN_CLASSIFICATION}))\]", re.I)


def blank(inner: str) -> bool:
    """Whether a bracket says the source left a space blank ('[left blank]', '[date left blank]')."""
    return bool(_BLANK.fullmatch(inner))


def gap_reason(inner: str) -> str | None:
    """The reason of the gap a bracket describes ('redacted', 'omitted', 'missing', 'faded', 'off-page', 'overwritten',
    'inaudible' (a recording's), 'illegible'), or None when it describes none (a bracket holding another is never a gap)."""
    if _WITHHELD.fullmatch(inner):
        return "redacted"
    if _LEFT_OUT.fullmatch(inner):
        return "omitted"
    if _MISSING.fullmatch(inner):
        return "missing"
    if _UNCLEAR.fullmatch(inner):
        return "illegible"
    if not GAP.search(inner) or "[" in inner:
        return None
    lowered = inner.lower()
    return ("faded" if "faded" in lowered else "off-page" if "off the" in lowered
            else "overwritten" if "typed over" in lowered else "inaudible" if "inaudible" in lowered else "illegible")


def summary(inner: str) -> bool:
    """Whether a bracket holds sentences, the translator's summary of what the translation leaves out when
    it is a paragraph alone ('[Sowing late because of the rains.]'): four words or more and a stop, no
    bracket inside."""
    return inner.rstrip().endswith((".", "!", "?")) and len(inner.split()) >= _SUMMARY_WORDS \
        and "[" not in inner and "]" not in inner


_SUMMARY_WORDS = 4
