"""plenum: archival transcripts of the 1956 August Plenum into a TEI P5 scholarly edition.

The pipeline is one line: reader -> TEI tree -> transforms -> validate -> XSLT writers.
"""

__version__ = "0.1.0"
