"""The words the guesses of lost punctuation read (lost_punctuation.Punctuator): abbreviations, words that
open sentences and clauses, reporting verbs, auxiliaries; English, lower case."""

from __future__ import annotations

# Abbreviations that are always followed by a period, whatever comes next.
ABBREVIATIONS = frozenset({"cde", "cdes", "cds", "mr", "mrs", "dr", "no", "nos", "etc", "st", "gen", "col",
                           "lt", "vs", "cf", "jr", "sr", "prof", "ed", "eds", "vol", "pp", "jan", "feb", "mar",
                           "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
# Words and phrases that open a sentence and are set off by a comma ('However, Kim …').
CONNECTIVES = frozenset({
    "however", "moreover", "indeed", "thus", "therefore", "nonetheless", "nevertheless", "henceforth",
    "clearly", "curiously", "finally", "furthermore", "meanwhile", "consequently", "otherwise", "instead",
    "later", "first", "second", "third", "secondly", "thirdly", "firstly", "lastly", "besides", "still",
    "hence", "accordingly", "unfortunately", "fortunately", "surprisingly", "notably", "ultimately",
    "for example", "for instance", "in addition", "at the same time", "in fact", "of course", "in essence",
    "above all", "in other words", "on the other hand", "as a result", "in particular", "in short",
    "this year", "in turn", "by contrast", "in general", "at first", "at last", "in practice"})
# Words that open an introductory clause, which a comma closes before the main clause.
SUBORDINATORS = frozenset({"despite", "although", "though", "while", "whereas", "if", "when", "whenever",
                           "since", "because", "after", "before", "unless", "until", "once", "unlike",
                           "in order to", "as", "given", "following", "having", "considering"})
# Conjunctions that open a clause inside a sentence which a comma closes ('… that if she dared to do so, Nam Il').
CONJUNCTIONS = frozenset({"if", "when", "whenever", "although", "though", "because", "unless", "once", "while",
                          "whereas", "since"})
# Words that open a phrase introducing the main clause ('In 1954, …', 'During these meetings, Choe …').
PREPOSITIONS = frozenset({"in", "on", "at", "by", "during", "for", "with", "from", "under", "among", "to",
                          "according", "regarding", "besides", "beyond", "throughout", "upon", "without"})
# Verbs that report speech: a name before one of them, after a statement, is set off by commas.
REPORTING = frozenset({"said", "says", "stressed", "noted", "added", "continued", "explained", "stated",
                       "declared", "emphasized", "emphasised", "remarked", "replied", "answered", "asked",
                       "suggested", "thinks", "believes", "claimed", "argued", "observed", "insisted",
                       "underlined", "mentioned", "recalled", "complained", "pointed", "considers"})
# Auxiliaries: their presence shows a clause has its own finite verb.
AUXILIARIES = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can",
                         "should", "may", "might", "must", "did", "does", "do", "shall"})
# Function words that, capitalised, start a sentence (a document's plain text adds its own).
STARTERS = frozenset({"the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "these",
                      "those", "that", "there", "in", "on", "at", "as", "but", "and", "or", "all", "his",
                      "her", "their", "our", "its", "my", "what", "who", "how", "why", "where", "when",
                      "while", "if", "even", "such", "one", "many", "some", "most", "after", "before",
                      "during", "for", "with", "without", "by", "from", "to", "since", "although", "so"})
