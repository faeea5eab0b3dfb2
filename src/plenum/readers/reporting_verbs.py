"""The verbs a record reports its speakers' words by ('PROBIN says that …', 'Testov replied that …', 'Examov and
Probin agree …'): one list, each verb in its plain, present and past forms, which the speakers' labels under
names in capitals and the recorder's narration between turns both read."""

from __future__ import annotations

# Each verb as 'plain present past', a form with a space written with '_' ('point_out'); a verb of thought that
# such records report as speech too ('MAO ZEDONG considers that …').
_VERB_FORMS = """
say says said  ask asks asked  answer answers answered  reply replies replied  note notes noted
state states stated  declare declares declared  point_out points_out pointed_out  stress stresses stressed
emphasi[sz]e emphasi[sz]es emphasi[sz]ed  underline underlines underlined  add adds added
continue continues continued  agree agrees agreed  object objects objected  respond responds responded
inform informs informed  explain explains explained  clarify clarifies clarified  specify specifies specified
propose proposes proposed  suggest suggests suggested  recall recalls recalled  remind reminds reminded
report reports reported  express expresses expressed  thank thanks thanked  promise promises promised
inquire inquires inquired  enquire enquires enquired  request requests requested  confirm confirms confirmed
repeat repeats repeated  reiterate reiterates reiterated  assure assures assured  insist insists insisted
mention mentions mentioned  announce announces announced  welcome welcomes welcomed  comment comments commented
remark remarks remarked  observe observes observed  interrupt interrupts interrupted
interject interjects interjected  speak speaks spoke  tell tells told  describe describes described
assert asserts asserted  argue argues argued  claim claims claimed  admit admits admitted
acknowledge acknowledges acknowledged  warn warns warned  indicate indicates indicated
believe believes believed  consider considers considered  think thinks thought
""".split()


def _forms(which: int) -> str:
    """One form of every verb (0 plain, 1 present, 2 past), as a pattern's alternatives."""
    return "|".join(word.replace("_", " ") for word in _VERB_FORMS[which::3])


SPEECH_PLAIN = _forms(0)
SPEECH_PRESENT = _forms(1)
SPEECH_PAST = _forms(2)
