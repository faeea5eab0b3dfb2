"""The spaces at a block's ends (transforms.block_edges): layout, left out of the block's text."""

from lxml import etree

from plenum.readers import Document
from plenum.transforms.block_edges import TrimBlockEdges

NS = "http://www.tei-c.org/ns/1.0"


def _trimmed(body: str) -> str:
    """The body after the transform, serialised without its namespace declaration."""
    root = etree.fromstring(f'<TEI xmlns="{NS}"><text><body><div>{body}</div></body></text></TEI>')
    TrimBlockEdges().apply(Document("test", etree.ElementTree(root)), None)
    div = root.find(f"{{{NS}}}text/{{{NS}}}body/{{{NS}}}div")
    return "".join(etree.tostring(child, encoding="unicode", with_tail=False).replace(f' xmlns="{NS}"', "")
                   for child in div)


def test_a_blocks_ends_lose_their_spaces_inside_its_first_and_last_inline_elements_too():
    assert _trimmed('<fw>Document No. 318 (General)   </fw>') == '<fw>Document No. 318 (General)</fw>'
    assert _trimmed('<p>  1. I have just met the minister.</p>') == '<p>1. I have just met the minister.</p>'
    assert _trimmed('<p><label>Time:</label> <date>9:30 am April 24th 1962 </date></p>') \
        == '<p><label>Time:</label> <date>9:30 am April 24th 1962</date></p>'


def test_spaces_inside_a_block_and_after_a_break_at_its_start_stay():
    assert _trimmed('<p>5.3.56 \t\t 31-III-56</p>') == '<p>5.3.56 \t\t 31-III-56</p>'
    assert _trimmed('<p><lb/> text </p>') == '<p><lb/> text</p>'


def test_a_paragraph_a_page_cut_keeps_its_space_at_the_cut():
    assert _trimmed('<p part="I"> The talk was held </p><p part="F"> in the hall. </p>') \
        == '<p part="I">The talk was held </p><p part="F"> in the hall.</p>'
