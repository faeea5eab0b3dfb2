"""The digest every key of a build is made of (plenum.state): a SHA-256 of parts."""

from __future__ import annotations

import hashlib


def digest(*parts: str | bytes) -> str:
    """The SHA-256 of the parts, each length-prefixed so that no two sequences give the same digest."""
    sha = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        sha.update(f"{len(data)}:".encode("ascii"))
        sha.update(data)
    return sha.hexdigest()
