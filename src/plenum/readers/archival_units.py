"""The units of an archive's file as its citations name them (references.py): fond, inventory, folder, file and
folios, written out or abbreviated as Russian archives cite them."""

from __future__ import annotations

import re
from typing import Protocol, TypeVar


class Units(Protocol):
    """What the units are read into: a reference's archive and units (references.ArchivalReference)."""

    repository: str
    fond: str
    opis: str
    papka: str
    delo: str
    tom: str
    folios: str


_Reference = TypeVar("_Reference", bound=Units)
# The units a file is cited by, in the order a reference gives them (and the identifier writes them).
UNIT_FIELDS = ("fond", "opis", "papka", "delo", "tom")

# An archival unit and its number, written out or abbreviated as Russian archives are cited ('Fond 5446',
# 'f. 5', 'op. 28', "Opis' 16", 'd. 94', 'l.78', 'll. 3-4', 'F. 3, Op. 65, D. 363, Ll. 20-23'; a number sign between,
# "Fond Nº 2, opis' Nº 1"; a stop after a word, 'fond.45, opis.1, delo. 999, listy. 8-9'; the inventory of fond 89 a
# 'perechen', 'fond 89, perechen 24'); a Ukrainian archive's file its 'sprava', 'f. 1, op. 25, spr. 3125, ll. 1-3'; a
# Bulgarian archive's file its archival unit, 'Fond 1-B, Opis 4, a.e. 671', 'f. 146 B, op. 2, ae. 15', and after a
# fond its inventory a 'Record' and its file a 'File', 'Fond 1-B, Record 60, File 322', no fond cited its fond a
# 'Record' before the inventory, 'Record 1, Opis 44, a.e. 311', 'Record 1, Opis 41, File 388'; a Romanian archive's
# file a 'dosar', 'dosar nr. 2689', or after a fond a 'File No.', its folder a 'folder' ('Fund CC of the … - Chancellery, File
# No. 133/1968', 'fond CC of …, folder 15/1965'); a Polish archive's bundle a 'paczka' and its volume, after a fond, a
# 'tom' ('KC PZPR, paczka 12, tom 58').
# The folder between the inventory and the file is a 'papka' ('op. 19, p. 125, d. 7'); 'p.' or 'pp.' after the file, or
# after the units, the file's pages, the folios ('delo 25, p. 2-6', 'Opis 91, a.e. 927, pp. 26-36'), as are a page's
# 'str.' and a leaf's 'k.' (karta) after them ('a.e. 77, str. 1-2', '…, k. 14-87'), and where no unit is cited a page,
# the shelfmark's ('sygn. 2999, k. 12-14').
UNIT = re.compile(r"(?<![\w.])((?i:Fond|Opis'?|Perechen'?|Papka|Delo|Sprava|Record|File|Dosar|Folder|Paczka|Tom|Listy?|Listi|ll?\.|f\.|op\.|pp?\.|d\.|"
                  r"spr\.|a\.\s?e\.|ae\.|str\.|k\.))\.?\s*(?:(?:Nº|№|No\.|[Nn]r\.)\s*)?"
                  r"([0-9][0-9A-Za-z./-]*(?:\s*-\s*[0-9]+)?(?:,[0-9][0-9-]*)*"     # (a list, no space after its commas: 'll. 1,3-8')
                  r"(?:\s[A-ZА-Я](?=\s*[,;]|\s*$))?)")   # ('f. 146 B,': a Bulgarian fond)
_UNIT_KEYS = {"f": "fond", "fond": "fond", "op": "opis", "opis": "opis", "opis'": "opis", "perechen": "opis",
              "perechen'": "opis", "p": "papka", "papka": "papka", "d": "delo", "delo": "delo",
              "spr": "delo", "sprava": "delo", "a.e": "delo", "ae": "delo", "record": "opis", "file": "delo",
              "dosar": "delo", "folder": "papka", "paczka": "papka", "tom": "tom"}
# The units whose words are English ones, or a volume, units only after a fond ('Fond 1-B, Record 60, File 322'; not
# 'Record Group 131, File No. 6120/7', the shelfmark's).
_AFTER_FOND = frozenset({"record", "file", "folder", "tom"})
# A 'Record' right before the inventory, where no fond is cited: the fond ('Record 1, Opis 44, a.e. 311').
_RECORD_AS_FOND = re.compile(r"(?<![\w.])(?i:Record)\s+(?P<fond>\d[\w-]*)\s*,\s*(?i:Opis'?|op\.)\s*\d")
# A fond by its name before a file or folder: 'fond CC of PWP-Directorate of …, folder 15/1965', 'Fund CC of the PCP -
# Chancellery, File No. 133/1968'; or by its initials before a Polish bundle, 'AAN, KC PZPR, paczka 12' (the archive's
# initials before it no fond; not before a folder, '…, Secret, MFA, Folder no. 1495').
_NAMED_FOND = re.compile(r"(?:^|,)\s*(?:(?i:fond|fund)\s+(?P<name>[A-Z][^,;\d]*?)\s*,\s*(?=(?i:file|folder|dosar)\b)"
                         r"|(?P<initials>[A-Z][A-Za-z]{0,5}[A-Z](?:\s[A-Z][A-Za-z]{0,5}[A-Z])*)\s*,\s*(?=(?i:paczka)\b))")
# A part of a reference that is units alone ('Fond 1-B', 'op. 28, d. 94', 'l. 1-45'), the count of the leaves
# after them what it says of the copy ('ll. 1,3-8 (7 l)').
UNITS_ALONE = re.compile(rf"(?:{UNIT.pattern}[\s.]*)+(?:\(\d+\s*ll?\.?\))?")


def russian_units(reference: Units) -> bool:
    """Whether a reference cites Russian units of a file, or units like them: a fond, inventory, folder, file, volume
    or folios."""
    return any(getattr(reference, unit) for unit in (*UNIT_FIELDS, "folios"))


def units_read(reference: Units, part: str) -> bool:
    """Whether a part of a reference is units alone, each read into the reference: not a 'File' passed over ('delo 12,
    file 999723': the second file the shelfmark's); or the fond named ('fond CC of …')."""
    if reference.fond and re.fullmatch(rf"(?:(?i:fond|fund)\s+)?{re.escape(reference.fond)}", part):
        return True
    return UNITS_ALONE.fullmatch(part) is not None and not any(
        _key(name) in _AFTER_FOND and value.rstrip(".") not in (getattr(reference, _UNIT_KEYS[_key(name)]),
                                                                _record_fond(reference, name))
        for name, value in UNIT.findall(part))


def _record_fond(reference: Units, name: str) -> str | None:
    """The fond a 'Record' was read as ('Record 1, Opis 44'), None for another unit."""
    return reference.fond if _key(name) == "record" else None


def _passed_over(reference: Units, key: str) -> bool:
    """Whether a unit of English words is no unit here: no fond before it, or its unit read already ('delo 12, file
    999723')."""
    return not reference.fond or bool(getattr(reference, _UNIT_KEYS[key]))


def read_units(reference: _Reference, text: str) -> _Reference:
    """The reference with the units `text` cites set: a fond named before a file (_NAMED_FOND), 'p.' between 'op.'
    and 'd.' the papka, after the units the folios; none of an Albanian bundle and file in single capitals ('L. 14,
    D. 22')."""
    if (named := _NAMED_FOND.search(text)) and (named["name"] or named["initials"]) != reference.repository:
        reference.fond = named["name"] or named["initials"]
    units = UNIT.findall(text)
    if units and all(re.fullmatch(r"[LDP]\.", name) for name, _ in units):
        return reference                      # no Russian file: an Albanian bundle and file ('L. 14, D. 22'), the shelfmark's
    filed = any(_UNIT_KEYS.get(_key(name)) in ("opis", "delo") for name, _ in units)
    if (record := _RECORD_AS_FOND.search(text)) and not reference.fond \
            and not any(_key(name) in ("f", "fond") for name, _ in units):
        reference.fond = record["fond"]       # (no fond cited: 'Record 1, Opis 41, File 388')
    for position, (unit_name, value) in enumerate(units):
        key = _key(unit_name)
        if key in _AFTER_FOND and _passed_over(reference, key) or key == "record" and record \
                and value == record["fond"] == reference.fond:
            continue
        if key in ("str", "k") or key in ("p", "pp") \
                and not any(_UNIT_KEYS.get(_key(name)) == "delo" for name, _ in units[position + 1:]):
            if russian_units(reference) and not reference.folios:    # the file's pages ('delo 25, p. 2-6', 'Opis 91,
                reference.folios = re.sub(r"\s*-\s*", "-", value).rstrip(".")   # a.e. 927, pp. 26-36')
            continue                          # ('p.' with no unit cited: a page, the shelfmark's)
        if key == "f" and not filed and re.fullmatch(r"\d+\s*-\s*\d+\.?", value):
            key = "l"                         # folios, no fond: 'f. 269-270' after a Romanian file's volume
        setattr(reference, _UNIT_KEYS.get(key, "folios"), re.sub(r"\s*-\s*", "-", value).rstrip("."))
    return reference


def _key(name: str) -> str:
    """A unit's word as the keys name it: lower case, no stop after it nor space inside it ('a. e.' 'a.e')."""
    return re.sub(r"\s", "", name.lower()).rstrip(".")
