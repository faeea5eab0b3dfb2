"""The archives plenum knows by their initials, with their full names and cities, and the archival reference a
citation's archive and units are read into (references.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Archives cited in the sources: abbreviation -> (full name, city).
ARCHIVES = {
    "GARF": ("State Archive of the Russian Federation", "Moscow"),
    "RGANI": ("Russian State Archive of Contemporary History", "Moscow"),
    "AVPRF": ("Archive of Foreign Policy of the Russian Federation", "Moscow"),
    "AVP RF": ("Archive of Foreign Policy of the Russian Federation", "Moscow"),
    "RGASPI": ("Russian State Archive of Social and Political History", "Moscow"),
    "APRF": ("Archive of the President of the Russian Federation", "Moscow"),
    "TsKhSD": ("Center for the Storage of Contemporary Documentation", "Moscow"),
    "PRC FMA": ("Archives of the Ministry of Foreign Affairs of the People's Republic of China", "Beijing"),
    "MOL": ("Hungarian National Archives (Magyar Országos Levéltár)", "Budapest"),
    "MNL OL": ("Hungarian National Archives (Magyar Nemzeti Levéltár Országos Levéltára)", "Budapest"),
    "PolA AA": ("Political Archive of the Federal Foreign Office", "Berlin"),
    "PA AA": ("Political Archive of the Federal Foreign Office", "Berlin"),
    "SAPMO-BArch": ("Foundation Archives of Parties and Mass Organizations of the GDR in the Federal Archives", "Berlin"),
    "SAPMO-BA": ("Foundation Archives of Parties and Mass Organizations of the GDR in the Federal Archives", "Berlin"),
    "AMSZ": ("Archive of the Ministry of Foreign Affairs of Poland (Archiwum Ministerstwa Spraw Zagranicznych)", "Warsaw"),
    "AAN": ("Archive of Modern Records (Archiwum Akt Nowych)", "Warsaw"),
    "CDA": ("Central State Archive of Bulgaria (Tsentralen darzhaven arhiv)", "Sofia"),
}

@dataclass
class ArchivalReference:
    """An archive and its units: repository, fond, opis, delo and folio range, as cited."""

    repository: str = ""
    fond: str = ""
    opis: str = ""
    delo: str = ""
    folios: str = ""
    shelfmark: str = ""      # a file's number after the archive's name ('PRC FMA 106-00778-01')
    papka: str = ""          # the folder between the inventory and the file ('p. 125')
    tom: str = ""            # the volume of a bundle or file ('paczka 12, tom 58')
    place: str = ""          # the city the citation names after the archive ('AMSZ, Warsaw, …')
    papers: str = ""         # a named collection of a library's papers ('W. Probe Probeman Papers')
    disclosure: str = ""     # the number a ministry disclosed the file under an access-to-information act ('2002-113')
    further: list[ArchivalReference] = field(default_factory=list)   # the other archives cited ('…; RGASPI, f. 558, …')

    @property
    def archive_name(self) -> str:
        return ARCHIVES.get(known_archive(self.repository), ("", ""))[0]

    @property
    def settlement(self) -> str:
        return ARCHIVES.get(known_archive(self.repository), ("", ""))[1] or self.place


def _spelt(initials: str) -> str:
    """An archive's initials as compared, in any case and without hyphens or spaces ('SAPMO Barch' 'sapmobarch')."""
    return re.sub(r"[\s-]", "", initials).lower()


# An archive's former name in parentheses after its name ('RGANI (formerly TsKhSD)').
_FORMERLY = re.compile(r"\s*\((?:formerly|previously|former)\s[^()]+\)$")
# The archives plenum knows by their initials as spelt in any case, with or without a hyphen.
_SPELLINGS = {_spelt(initials): initials for initials in ARCHIVES}


def known_archive(repository: str) -> str:
    """The initials of the archives table a repository is cited by, in whatever spelling ('SAPMO Barch'), or in
    parentheses after its name, after its name in its own language too ('Foundation Archives … (SAPMO-BA)', 'Hungarian
    National Archives (Magyar Országos Levéltár, MOL)'), its former initials after it left aside ('RGANI (formerly
    TsKhSD)'); '' for an archive plenum does not know."""
    repository = _FORMERLY.sub("", repository)
    initials = in_parentheses[1] if (in_parentheses := re.search(r"\(([^()]+)\)$", repository)) else repository
    initials = initials.rpartition(", ")[2] if in_parentheses else initials
    return _SPELLINGS.get(_spelt(initials), "")
