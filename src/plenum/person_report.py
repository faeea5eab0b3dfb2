"""What `plenum persons` prints: the person index, the proposed persons and the names no form
recognises, as text for reading or as JSON for tools, with a one-line count for the terminal."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from . import adoption, tei
from .attestations import attest, index
from .persons import Personography, count as counted
from .visible import marked


def person_report(documents: list[Path], persons_file: Path, output_format: str) -> tuple[str, str]:
    """The report on stdout (text or json) and, for text, the count line for stderr."""
    proposed = adoption.proposals(documents)
    entries = index(Personography.load(persons_file), attest(documents))
    names = unresolved_names(documents)
    unresolved = sum(names.values())
    if output_format == "json":
        return json.dumps({"persons": entries, "unresolved": unresolved,
                           "unresolved_names": [{"form": form, "file": name, "count": count}
                                                for (form, name), count in names.items()],
                           "proposed": [vars(proposal) | {"forms": [form for form, _ in proposal.forms]}
                                        for proposal in proposed.values()]}, ensure_ascii=False, indent=2), ""
    lines = []
    for entry in entries:
        lines.append(marked(f"{entry['name']} ({entry['id']})"))
        if entry["forms"]:
            lines.append("  forms: " + marked("; ".join(entry["forms"])))
        if entry["attested"]:
            lines.append("  attested: " + marked("; ".join(entry["attested"])))
        for place in entry["documents"]:
            counts = ", ".join(counted(place[kind], kind[:-1]) for kind in ("turns", "mentions")
                               if place[kind])
            lines.append(marked(f"  {place['file']}: {counts}"))
    for proposal in proposed.values():
        lines.append(marked(f"proposed: {proposal.n} ({'; '.join(form for form, _ in proposal.forms)}), "
                            f"cert {proposal.cert}, in {', '.join(proposal.documents)}"))
    for (form, name), count in names.items():
        lines.append(marked(f"unresolved: {form} ({name}{f', {count} times' if count > 1 else ''})"))
    forms = sum(len(entry["forms"]) + len(entry["attested"]) for entry in entries)
    mentions = sum(place["mentions"] for entry in entries for place in entry["documents"])
    turns = sum(place["turns"] for entry in entries for place in entry["documents"])
    return "\n".join(lines), (f"{len(entries)} persons in {len(documents)} documents: {forms} name forms, "
                              f"{turns} turns, {mentions} mentions resolved, {unresolved} unresolved, "
                              f"{len(proposed)} proposed")


def unresolved_names(documents: list[Path]) -> Counter:
    """The names no form recognises (persName without @ref in a text), by form and file, in document
    order: what an editor adds to persons.xml or leaves as it is."""
    found: Counter = Counter()
    for path in documents:
        for name in tei.parse_file(path).xpath("//tei:text//tei:persName[not(@ref)]", namespaces=tei.NS):
            found[(" ".join("".join(name.itertext()).split()), path.name)] += 1
    return found
