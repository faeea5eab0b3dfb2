"""A synthetic archive for the benchmarks: N documents of about 50 KB in the seeds' layouts.

Documents are assembled from the seeds' own paragraphs, so every phenomenon the readers handle
comes along (brackets, hands, notes, page markers, Russian originals). Names vary (turns are
relabelled among the speakers the personography knows), lengths vary around the target, and the
three export layouts alternate. The same N and seed always give the same files.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
TARGET = 50_000
# Speakers the personography knows, in the label forms the seeds use.
LATIN = ["Mikoyan", "Chairman Mao", "Mukhitdinov", "Ponomarev", "Peng Dehuai", "Zhou Enlai", "Kim Il Sung",
         "Choe Yong-geon", "Kim Chang-man", "Pak Ui-won", "Nam Il", "Rim Hae", "Yudin", "Kim Il"]
CYRILLIC = ["Микоян", "Чой Ён Ген", "Лим Хэ", "Пономарев", "Мухитдинов", "Ким Ир Сен"]
MONTHS = "January February March April May June July August September October November December".split()
LABEL = re.compile(r"^(?:Cde\. (?:Cde\. )?)?[A-Z][A-Za-z' -]+?(?: \(.*?\))?(?: \[sic\])?(?::| -| notes:| continued:) ")
RUSSIAN_LABEL = re.compile(r"^[○ ]*[Тт]ов\. [А-ЯЁ][А-яЁё ]+? - ")


@dataclass
class Pool:
    """Paragraphs taken from the seeds: English turns, Russian turns, narrative with brackets."""

    english: list[str]
    russian: list[str]
    narrative: list[str]


def pool() -> Pool:
    """Collect the paragraphs the synthetic documents are made of."""
    english, russian, narrative = [], [], []
    for path in sorted(SEEDS.glob("00[0-3]*.txt")):
        for paragraph in re.split(r"\n[\s\u00a0]*\n", path.read_text(encoding="utf-8")):
            text = paragraph.strip()
            if len(text) < 40 or text.startswith(("#", "[\\[", "Citation", "Summary")) or re.search(r"email\sprotected", text):
                continue  # the rights notice's "[email protected]" is the archive's page furniture, not a record's text
            if RUSSIAN_LABEL.match(text):
                russian.append(RUSSIAN_LABEL.sub("", text))
            elif LABEL.match(text):
                english.append(LABEL.sub("", text))
            elif re.search(r"[A-Za-z]", text) and "[" in text and not re.search("[А-я]", text):
                narrative.append(text)
    return Pool(english, russian, narrative)


def document(index: int, paragraphs: Pool, rng: random.Random) -> tuple[str, str]:
    """The name and text of synthetic document `index`."""
    layout = ("markdown", "text", "web")[index % 3]
    bilingual = layout == "markdown" and index % 2 == 0
    date = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, 1956"
    title = f"Record of conversation no. {index} between {rng.choice(LATIN)} and {rng.choice(LATIN)}"
    speakers = rng.sample(LATIN[:12], 3)
    target = TARGET * rng.uniform(0.7, 1.3)
    body: list[str] = [f"Record of the conversation no. {index}", rng.choice(paragraphs.narrative)]
    russian: list[str] = []
    size = 0
    while size < target:
        speaker = rng.choice(speakers)
        style = ("Cde. {} - ", "{}: ", "Cde. {}. ")[index % 3 if layout != "markdown" else 0]
        text = style.format(speaker) + rng.choice(paragraphs.english)
        body.append(text)
        size += len(text)
        if bilingual:
            russian_text = "тов. " + rng.choice(CYRILLIC) + " - " + rng.choice(paragraphs.russian)
            russian.append(russian_text)
            size += len(russian_text.encode("utf-8"))
    name = f"{index:05d}_{layout}"
    record = 800_000 + index
    if layout == "markdown":
        return name, _markdown(date, title, record, body, russian)
    if layout == "text":
        return name, _plain(date, title, record, body)
    return name, _web(date, title, record, body)


def _citation(title: str, date: str, record: int) -> str:
    return (f'"{title}", {date}, Wilson Center Digital Archive, GARF, Fond 5446, Opis 98c, Delo 718, '
            f"Listy 1-20. Translated by Gary Goldberg.")


def _markdown(date: str, title: str, record: int, body: list[str], russian: list[str]) -> str:
    contents = "Original Scan  \nTranslation - English" if russian else "Translation - English"
    original = "\n\n".join(["Сов. секретно", "49", *russian, "Top Secret"]) + "\n\n" if russian else ""
    return (f"\n\n## **{date}**\n\n### **{title}**\n\n#### **Citation:**\n\n{_citation(title, date, record)} "
            f"<https://digitalarchive.wilsoncenter.org/document/{record}>\n\n#### **Summary:**\n\nA synthetic record.\n\n"
            f"#### **Original Language:**\n\n{'Russian' if russian else 'Chinese'}\n\n#### **Contents:**\n\n{contents}\n\n"
            + original + "\n\n".join(body) + "\n")


def _plain(date: str, title: str, record: int, body: list[str]) -> str:
    return (f"{date} {title}\n\nCitation:\n\n{_citation(title, date, record)} "
            f"https://digitalarchive.wilsoncenter.org/document/{record}\n\nSummary:\n\nA synthetic record.\n\n"
            f"Original Language:\n\nKorean\n\nContents:\n\nTranslation - English\n\n" + "\n\n".join(body) + "\n")


def _web(date: str, title: str, record: int, body: list[str]) -> str:
    return (f"Skip to content\n\n{date}\n\n{title}\n\n" + "\n\n\u00a0\n\n".join(body)
            + "\n\n\u00a0\n\n\u00a0\n\nA synthetic summary.\n\n\nDocument Information\n\nSource\n\n"
              "GARF, Fond 5446, Opis 98c, Delo 718, Listy 1-20. Translated by Gary Goldberg.\n\nRights\n\n"
              f"Reuse welcome.\n\nOriginal Uploaded Date\n\n2015-03-27\n\nLanguage\n\nRecord ID\n\n{record}")


def make(folder: Path, count: int, seed: int = 1956) -> list[Path]:
    """Write `count` synthetic sources into `folder`; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paragraphs = pool()
    paths = []
    for index in range(count):
        name, text = document(index, paragraphs, rng)
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
