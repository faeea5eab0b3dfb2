"""plenum: archival transcripts (records of conversation, telegrams, minutes) into a TEI P5 edition.

The pipeline is one line: reader -> TEI tree -> transforms -> validate -> XSLT writers.
"""

__version__ = "0.1.0"
