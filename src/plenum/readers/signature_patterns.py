"""The patterns of a signature block under a record's text: the marks of a signature, the signer's typed name, the mandate
he signs under, a treaty's clause of where it was signed, a letter's closing greeting (read by closers and signers)."""

from __future__ import annotations

import re

from .labels import LATIN_LETTER, LATIN_LOWER, LATIN_UPPER

# The marks of a signature before a name: a hand's 'signed', the Russian 'п/п', '/-/', '/s/', '/signature/', '(ss)'.
SIGNATURE = re.compile(r"\[(?:handwritten|hand-written)[^\]]*:\s*signed\]|(?:п/п|h/и|п/и|h/n|n/n|/[-–—]/|/s/|/signature/)(?:\s|$)|signed\b|"
                       r"\(ss\)\s?(?=\S)|\(sgd\.?\)\s?(?=\S)",   # a Romanian telegram's '(ss)[Ambassador] Petru Probescu',
                                                            # a note's '(Sgd.) IVAN TESTOV'
                       re.I)
# A signature line ending a document: at most this many words with its '[signature]' bracket.
SIGNATURE_WORDS = 8
# The signer's name as typed under the signature: '/V. TESTOV/', '(V. TESTOV)', 'V. Testov' alone, '/Ivan Testov/'; a
# cipher clerk's letter-spaced name ('T E S T O V', in slashes with the initial too: '/A. T E S T O V /'; a code name's
# with the real name in brackets after it, 'F A N C H U [SAMPLIN]'); a
# telegram's date and name ('28.III.50 Testov', '26.X.62
# I. TESTOV'); a Hungarian telegram's number and signer between dashes ('– 47 – Examovics –', '• 93 – E. –', '– 171 Probin –',
# '– 171 – charge d’affaires –';
# not a copy's '1 - Testov'); several signers' names with their initials on one line ('Yu. Probin A. Examov D. Samplov',
# 'A. Examov, P. Samplin, K. Triallo').
TYPED_NAME = re.compile(rf"(?:(?:{LATIN_UPPER}[a-z]?\.\s*){{1,2}}{LATIN_UPPER}{LATIN_LETTER}+(?:,\s*|\s+(?=[A-Z][a-z]?\.))){{1,3}}"
                        rf"(?:{LATIN_UPPER}[a-z]?\.\s*){{1,2}}{LATIN_UPPER}{LATIN_LETTER}+|"
                        rf"[/(]?\s*(?:(?:{LATIN_UPPER}|[А-Я])\.\s*){{1,2}}(?:{LATIN_UPPER}|[А-Я])(?:{LATIN_LETTER}|[А-Яа-я'-])+"
                        r"\s*[/)]?|(?:[A-ZА-Я] ){2,}[A-ZА-Я](?:\s+\[[^\[\]]{1,40}\])?|"
                        # (a name written out between slashes: '/Ivan Testov/')
                        rf"/\s*(?:{LATIN_UPPER}{LATIN_LOWER}+\s+){{1,2}}{LATIN_UPPER}{LATIN_LETTER}+\s*/|"
                        r"[/(]\s*(?:[A-ZА-Я]\.\s*){0,2}(?:[A-ZА-Я] ){2,}[A-ZА-Я]\s*[/)]|"
                        r"\d{1,2}[./]\s*(?:[IVX]{1,4}|\d{1,2})[./-]\s*\d{2,4}\.?\s+(?:[A-ZА-Я]\.\s?){0,2}[A-ZА-Я][\w'-]+|"
                        rf"[–—•-]\s*\d{{1,4}}\s*(?:[–—-]\s*)?(?:{LATIN_UPPER}(?:{LATIN_LETTER}|['-])*\.?\s+){{0,2}}"
                        rf"{LATIN_UPPER}(?:{LATIN_LETTER}|['-])*\.?(?:\s*[–—-])?|"
                        # ('– 77 – Péter Testovics –', the signer's whole name)
                        rf"\d{{1,4}}\s*[–—-]\s*{LATIN_UPPER}(?:{LATIN_LETTER}|['-])*\.?\s*[–—-]|"
                        # ('41 – P.', the signer's initial alone after the number)
                        rf"\d{{1,4}}\s+[–—]\s+{LATIN_UPPER}\.|"
                        # ('– 171 – charge d’affaires –', the signer's post in lower case for his name)
                        r"[–—•-]\s*\d{1,4}\s*(?:[–—-]\s*)?(?:[Cc]harg[eé]s?\s+d['’]\s?affaires|[Aa]mbassador|[Cc]onsul"
                        r"(?:[ -][Gg]eneral)?|[Ee]nvoy|[Cc]ounsell?or)\s*[–—-]")
# Under whose authority a signer signs, above the name: 'By order of the Minister', 'For the Ambassador'.
MANDATE = re.compile(r"(?:By order of|On behalf of|For)\s+the\s+\w+(?:\s+[\w'’-]+){0,6}|По поручению\s+\w+(?:\s+\w+){0,2}|"
                     r"За\s+[Пп]равительство\s+\w+(?:\s+\w+){0,5}")
# A treaty's clause of where and when it was signed, above the signatures: 'Done at Moscow on 17 March 1949
# in two copies, …', 'Signed in Pyongyang on …'.
EXECUTED = re.compile(r"(?:Done|Signed|Made|Concluded|Совершено|Подписано)\s+(?:at|in|в)\s+[A-ZА-Я][^.]{0,80}?"
                      r"\b(?:\d{4}|copies|copy|экземплярах)\b.{0,200}")
# The greeting a letter closes with: 'With communist greetings,', 'Respectfully,', 'С коммунистическим приветом'.
SALUTE = re.compile(r"(?:With\s+(?:[\w-]+\s+){0,3}(?:greetings|regards|respects?|esteem|wishes)|(?:Very\s+)?(?:Respectfully|Sincerely|Truly|"
                    r"Cordially|Faithfully|Devotedly|Fraternally)(?:\s+yours)?|(?:Best|Kind|Warm)\s+regards|"
                    r"Yours\s+(?:very\s+)?(?:sincerely|faithfully|truly|respectfully|ever)|С\s+(?:\w+\s+)?привет(?:ом)?|"
                    r"(?:Humbly|Respectfully)\s+submitted|"      # (a Chinese report's closing: 'Humbly submitted,')
                    # (a diplomatic note's: 'Accept, Excellency, the renewed assurance of my highest consideration.',
                    # 'I have the honour to be, etc.')
                    r"(?:Please\s+)?Accept,?\s+[^.!?]{0,60}?\bassurances?\s+of\s+my\s+[^.!?]{0,40}\bconsideration|"
                    # (a minister's letter's: 'I greet you with my highest consideration.')
                    r"I\s+greet\s+you\s+with\s+[^.!?]{0,40}\b(?:consideration|respect|esteem)|"
                    # (a note verbale's, in the third person: 'The Permanent Mission of … avails itself of this
                    # opportunity to renew to the Director General the assurances of its highest consideration.')
                    r"The\s+[^.!?]{3,120}?\bavails\s+(?:itself|himself|herself)\s+of\s+(?:this|the)\s+opportunity\s+to\s+"
                    r"(?:renew|express|extend)\b[^.!?]{0,120}?\bassurances?\s+of\s+(?:its|his|her|their)\s+[^.!?]{0,40}\bconsideration|"
                    r"I\s+have\s+the\s+hono(?:u)?r\s+to\s+(?:be|remain)\b[^.!?]{0,60}?(?:,\s+etc)?)[,.!]?", re.I)
