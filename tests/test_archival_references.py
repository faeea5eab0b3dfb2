"""The archival reference of a citation (readers/references.py): the repository and the units of the file,
written out or abbreviated as Russian archives are cited, and a repository whose name holds a comma."""

from __future__ import annotations

import pytest

from plenum.readers.citation import parse_citation
from plenum.readers.references import parse_reference


@pytest.mark.parametrize("text, repository, units", [
    ("GARF, Fond 5446, Opis 98c, Delo 718, Listy 12-16", "GARF", ("5446", "98c", "718", "12-16")),
    ("RGANI f. 5, op. 28, d. 94, l.78", "RGANI", ("5", "28", "94", "78")),
    ("AVPRF, fond 0102, opis 11, papka 65, delo 45, listy 1-3", "AVPRF", ("0102", "11", "45", "1-3")),
    ("Foreign Policy Archive (AVP RF), f. 0102, op. 6, p. 21, d. 47, ll. 3-4",
     "Foreign Policy Archive (AVP RF)", ("0102", "6", "47", "3-4")),
    ("Made-up National Archives (Probeland Országos Levéltár, MOL), XIX-J-1-j, 11. doboz",
     "Made-up National Archives (Probeland Országos Levéltár, MOL)", ("", "", "", "")),
    ("TsKhSD, f. 89, per. 25, dok. 2", "TsKhSD", ("89", "", "", "")),
    ("APRF: F. 12, Op. 3, D. 456, Ll. 7-9", "APRF", ("12", "3", "456", "7-9")),
    ("APRF. F. 45. Op. 1. D. 303. pp. 24-49", "APRF", ("45", "1", "303", "24-49")),
    ("RGANI, fond 89, perechen 24, delo 42, p. 2-6", "RGANI", ("89", "24", "42", "2-6")),
    ("Archive of the Made-up President, APRF, fond.45, opis.1, delo. 999, listy. 8-9", "Archive of the Made-up President",
     ("45", "1", "999", "8-9")),
    ("GARF, Fond 5446; Opis 98c, Delo 718", "GARF", ("5446", "98c", "718", "")),
    ("APRF, f. 11, op. 2, d. 333, ll. 40-41; and RGASPI, f. 777, op. 8, d. 999, ll. 0040-0041",
     "APRF", ("11", "2", "333", "40-41")),
    ("Probegrad Party Archive Office, ed., Collected Manuscripts of Testov, vol. 2 (Probegrad: Test Press, 1990), 12",
     "", ("", "", "", "")),
    ("Petr Testarov, Zapiski kapitana porta [Notes of a Harbour Master] (Probegrad: Testizdat, 1995), 40-44",
     "", ("", "", "", "")),
    ("Published in ''Probnik,'' (Testgrad) No. 4, 2001, pp. 10-19", "", ("", "", "", "")),
    ("Made-up Sayings Collected Once (Samplegrad: 1969), 141-142", "", ("", "", "", "")),   # (the place and year alone)
    ("Made-up Sayings Collected Once (1969), 612-613", "", ("", "", "", "")),              # (the year alone)
    ("Probe waijiao wenxuan [Selected Diplomatic Papers of Probe] (Testgrad: Test wenxian, 1990), pp. 340-348", "",
     ("", "", "", "")),
    ("APRF: F. 39, Op. 1, D. 31, L. 34. Reprinted in Ivan Testov, Probsko-testskie otnosheniia (Probegrad: Testizdat, "
     "2005), p. 421", "APRF", ("39", "1", "31", "34")),
    ("Vostochnaia Testropa, edited by G.P. Samplov, et al, vol. 2, pp. 44-57 (APRF, f. 45, op. 1, d. 914, l. 55-74)",
     "APRF", ("45", "1", "914", "55-74")),
    ("Notes of P.Q. Samplin, TsKhSD, f. 5, op. 75, d. 1181, ll. 36-40", "TsKhSD", ("5", "75", "1181", "36-40")),
    ("Made-up State Archive of Testland (MSAT), f. 1, op. 25, spr. 9125, ll. 1-3", "Made-up State Archive of Testland "
     "(MSAT)", ("1", "25", "9125", "1-3")),
    ("Made-up Branch Archive (MBA), f. 16, op. 1, spr. 999.", "Made-up Branch Archive (MBA)", ("16", "1", "999", "")),
    ("Made-up Central State Archive, Sofia, Fond 1-B, Record 60, File 999", "Made-up Central State Archive",
     ("1-B", "60", "999", "")),
    ("Made-up Diplomatic Archive, Sofia, Record 1, Opis 47, a.e. 999", "Made-up Diplomatic Archive",
     ("1", "47", "999", "")),
    ("Made-up Diplomatic Archive, Sofia, Record 1, Opis 41, File 998", "Made-up Diplomatic Archive",
     ("1", "41", "998", "")),
    ("Made-up Central State Archive, Sofia, Fond 1-B, Opis 58, a.e. 99, l. 1-45", "Made-up Central State Archive",
     ("1-B", "58", "99", "1-45")),
    ("CDA, f. 146 B, op. 2, ae. 15", "CDA", ("146 B", "2", "15", "")),
    ("Made-up Security Archive, f. 9, op. 3, a.e. 77, str. 1-2", "Made-up Security Archive", ("9", "3", "77", "1-2")),
    ("Made-up Party Archive, fond 2, file 14, k. 14-87", "Made-up Party Archive", ("2", "", "14", "14-87")),
    ("RGANI, f. 89, op. 12, d. 997, ll. 2,5-9 (6 l)", "RGANI", ("89", "12", "997", "2,5-9")),   # a list of folios
])
def test_the_repository_and_the_units_are_read_written_out_or_abbreviated(text, repository, units):
    """The units capitalised too, after a colon, a stop after a word ('fond.45'; fond 89's inventory its 'perechen';
    a Ukrainian archive's file its 'sprava', 'spr. 9125', a Bulgarian one's its archival unit, 'a.e. 99', and after a
    fond its inventory a 'Record' and its file a 'File', with no fond cited a 'Record' before the inventory the fond;
    the pages after the file, 'p.' or 'pp.', its folios, as a page's 'str.' or a leaf's 'k.'); of several archives the first's alone, never one's name with another's units; a
    printed book's editor or author no repository (the book known by its imprint), unless the archive's file comes
    first and the book reprints it."""
    reference = parse_reference(text)
    assert (reference.repository, (reference.fond, reference.opis, reference.delo, reference.folios)) == (repository, units)


@pytest.mark.parametrize("text, repository, shelfmark, folios", [
    ("PRC FMA 106-00999-01, 98-99", "PRC FMA", "106-00999-01", "98-99"),
    ("PRC FMA 206-Y0099", "PRC FMA", "206-Y0099", ""),
    ("SAPMO Barch JIV 2/207 999, pp. 187-330 (in Russian)", "SAPMO Barch", "JIV 2/207 999", "187-330"),
    ("Made-up Party Archive DY 30/999", "Made-up Party Archive DY 30/999", "", ""),
    ("Made-up Minutes of the Politburo 1944-1945", "Made-up Minutes of the Politburo 1944-1945", "", ""),
    ("Made-up Records Center, MR-TAPE-B-001-234", "Made-up Records Center", "MR-TAPE-B-001-234", ""),
])
def test_a_file_s_number_after_the_archive_s_name_is_its_shelfmark(text, repository, shelfmark, folios):
    """'PRC FMA 106-00778-01, 98-99': the archive, the file's number and the file's pages, not an archive
    named with the file's number (the page as the whole citation of a Chinese foreign ministry record); a file's
    number after a comma ('…, MR-TAPE-B-001-234') is the shelfmark too, as is a call number run on after a known
    archive's initials ('SAPMO Barch JIV 2/207 999, pp. 187-330 (in Russian)': the pages its folios)."""
    reference = parse_reference(text)
    assert (reference.repository, reference.shelfmark, reference.folios) == (repository, shelfmark, folios)


def test_a_title_in_curly_quotes_is_the_citation_s_title():
    """The archive's PDF export quotes the title with curly quotation marks."""
    citation = parse_citation("“Probov Discussing the Harbour (test),” 1986, History and Public Policy Program "
                              "Digital Archive, Made-up Records Center, MR-TAPE-B-001-234.")
    assert citation.title == "Probov Discussing the Harbour (test)"


@pytest.mark.parametrize("text, repository, obtained, translated", [
    ('"A Telegram (test)", April 16, 1958, Wilson Center Digital Archive, Translated for CWIHP by Ann Bee. '
     '<https://example.org/document/1>', "", [], ["Ann Bee"]),
    ('"A Note (test)", 1964, Wilson Center Digital Archive, Made-up Ministry Archive. Translated from Polish by '
     'Ann Bee.', "Made-up Ministry Archive", [], ["Ann Bee"]),
    ('"A Note (test)", 1964, Wilson Center Digital Archive, Made-up Ministry Archive, t-998, obtained and translated '
     'by Ann Bee.', "Made-up Ministry Archive", ["Ann Bee"], ["Ann Bee"]),
    ('"A Telegram (test)", 1962, Wilson Center Digital Archive, Made-up Ministry Archive; copy obtained by Test '
     'Television; translation by Ann Bee slightly revised http://example.org/document/2', "Made-up Ministry Archive",
     ["Test Television"], ["Ann Bee"]),
    ('"A Letter (test)", 1962, Wilson Center Digital Archive, Made-up Policy Archive (MPA)', "Made-up Policy Archive (MPA)",
     [], []),
    ('"Minutes (test)", 1978, Wilson Center Digital Archive, Made-up Archive. Translated in Test Bulletin Nos. 12/13 by '
     'Ann Bee, pp. 17-25.', "Made-up Archive", [], ["Ann Bee"]),
    ('"A Report (test)", 1979, Wilson Center Digital Archive, Made-up Archive, Fond 9, File 99. Obtained by the Test '
     'Cold War Research Group.', "Made-up Archive", ["Test Cold War Research Group"], []),
    ('"A Report (test)", 1945, Wilson Center Digital Archive, Made-up Press Digest, 12 May 1945, trans. Ann Bee '
     '(Testgrad: Test Press, 1946), 9.', "", [], ["Ann Bee"]),
    ('"Notes (test)", 1989, Wilson Center Digital Archive, Made-up Archive, Files of the Chairman, 2. d. Obtained by the '
     'Test Records Center, Test University, TR-99-000-612.', "Made-up Archive", ["Test Records Center", "Test University"],
     []),
])
def test_the_credits_are_read_in_their_other_wordings_and_are_never_the_archive(text, repository, obtained,
                                                                                 translated):
    """'Translated from Polish by …', '…, obtained and translated by …', '…; translation by …', where it was printed
    ('Translated in Test Bulletin … by …'), a book's 'trans. …' credit their people, a body after 'the' too (never a
    record's number after it);
    credits right after the Digital Archive's name, where the citation names no archive, are no repository; the
    archive's name may end the citation, or run into its address, without a full stop."""
    citation = parse_citation(text)
    assert (citation.reference.repository, citation.obtained_by, citation.translators) == (
        repository, obtained, translated)


@pytest.mark.parametrize("text, repository, shelfmark", [
    ("Made-up National Archives (Próba Országos Levéltár, POL). XIX-J-1-j Probeland, 1980, 113. doboz, 119-130, "
     "003408/1980", "Made-up National Archives (Próba Országos Levéltár, POL)",
     "XIX-J-1-j Probeland, 1980, 113. doboz, 119-130, 003408/1980"),
    ("Made-up National Archives, Testgrad (POL), M-KS 288. f. 5/998. ő. e.", "Made-up National Archives",
     "M-KS 288. f. 5/998. ő. e."),
    ("POL OL XIX-J-1-j, 1971, 99. doboz", "POL OL", "XIX-J-1-j, 1971, 99. doboz"),
    ("Inv.č. 12, ka. 7, Made-up Party, Central Committee, Office 1, Národní archiv, Probegrad", "Národní archiv",
     "Inv.č. 12, ka. 7, Made-up Party, Central Committee, Office 1"),
    ("Szyfrogramy from Testgrad 1963, 7/88 w-90 t-1300, Made-up Foreign Ministry Archive (MFMA), Probegrad",
     "Made-up Foreign Ministry Archive (MFMA)", "Szyfrogramy from Testgrad 1963, 7/88 w-90 t-1300"),
    ("SAPMO-BArch, DY30 IV 2/2.035/911; document obtained by Ann Bee", "SAPMO-BArch", "DY30 IV 2/2.035/911"),
    ("Made-up Party Archive in the Federal Archive, Berlin, DY 30/2420, pp. 128-9", "Made-up Party Archive in the Federal "
     "Archive", "DY 30/2420, pp. 128-9"),
])
def test_a_call_number_is_kept_apart_from_the_archive_before_or_after_it(text, repository, shelfmark):
    """A Hungarian archive's call number (its box, 'doboz', its unit, 'ő. e.', the fond's number before 'f.') is no
    Russian fond; a file cited before the archive's name is no repository: it is the shelfmark, and the archive named
    after it the repository."""
    reference = parse_reference(text)
    assert (reference.repository, reference.shelfmark, reference.fond) == (repository, shelfmark, "")


@pytest.mark.parametrize("text, repository, disclosure", [
    ("2002-999, Act on Access to Information Held by Administrative Organs. Also available at the Diplomatic Archives "
     "of the Ministry of Foreign Affairs of Testland", "Diplomatic Archives of the Ministry of Foreign Affairs of Testland",
     "2002-999"),
    ("2017-0999, Act on Access to Information Held by Administrative Organs, published online by the Ministry of "
     "Foreign Affairs of Testland, January 12, 2017", "", "2017-0999"),
    ("2010-999, Information Disclosure Act", "", "2010-999"),
])
def test_a_disclosure_s_number_is_no_archive_s_shelfmark(text, repository, disclosure):
    """The number a ministry disclosed a file under an access-to-information act ('2002-999, Act on Access to
    Information …') is the disclosure's, never the shelfmark of the archive named after it ('Also available at the
    …', the repository)."""
    reference = parse_reference(text)
    assert (reference.repository, reference.disclosure, reference.shelfmark) == (repository, disclosure, "")


@pytest.mark.parametrize("text, papka, folios", [
    ("Made-up Policy Archive, f. 0998, op. 19, p. 125, d. 7, ll. 12-15", "125", "12-15"),
    ("Made-up Policy Archive, fond 0102, opis 11, papka 65, delo 45, listy 1-3", "65", "1-3"),
    ("Made-up Policy Archive: F. 39, Op. 1, D. 31, L. 34, p. 421", "", "34"),
])
def test_a_papka_between_the_inventory_and_the_file_is_kept(text, papka, folios):
    """'p.' between 'op.' and 'd.' is the folder ('papka'); after the file it is a page, not read."""
    reference = parse_reference(text)
    assert (reference.papka, reference.folios) == (papka, folios)


@pytest.mark.parametrize("text, repository, place, shelfmark, fond", [
    ("MAFA, Warsaw, 6/77, w-102, t-625, obtained and translated by Ann Bee", "MAFA", "Warsaw", "6/77, w-102, t-625", ""),
    ("Made-up Archive of New Records (MANR), KC PZPR, sygn. 2999, k. 12-14", "Made-up Archive of New Records (MANR)", "",
     "KC PZPR, sygn. 2999, k. 12-14", ""),
    ("Made-up Central State Archive, Sofia, Fond 1-B, Opis 58, a.e. 99, l. 1-45", "Made-up Central State Archive", "Sofia",
     "", "1-B"),
    ("Made-up Central State Archive, Sofia, Fond 1-B, Opis 91, a.e. 927, pp. 26-36", "Made-up Central State Archive",
     "Sofia", "", "1-B"),
    ("Made-up Political Archive of the Foreign Office, Berlin (MPA AA), MfAA, C 6999",
     "Made-up Political Archive of the Foreign Office (MPA AA)", "Berlin", "MfAA, C 6999", ""),
    ("MNL OL M-KS 288. f. 4/88. ő. e. Obtained by Ann Bee and translated by Cy Dee.", "MNL OL", "Budapest", "M-KS 288. f. 4/88. ő. e.",
     ""),
    ("Made-up National Archives (MOL), Budapest, Foreign Ministry, Top Secret Files, XIX-J-I-j–Probeland, 3. d.",
     "Made-up National Archives (MOL)", "Budapest", "XIX-J-I-j–Probeland, 3. d.", ""),
    ("Made-up State Archives, Record Group 131, File No. 6120/7. Original in Hebrew", "Made-up State Archives", "",
     "Record Group 131, File No. 6120/7", ""),
    ("Made-up Diplomatic Archives, Samplopolis Telegrams, vol. 3, 1968.", "Made-up Diplomatic Archives", "",
     "Samplopolis Telegrams, vol. 3, 1968", ""),
    ("PRC FMA 107- 01099-02, 4-11", "PRC FMA", "Beijing", "107-01099-02", ""),
    ("MPA AA, MfAA, C 999/76. Obtained by Ann Bee.", "MPA AA", "", "MfAA, C 999/76", ""),   # the fonds before a slashed number
    ("Arhiv Testa Probića. Fond Kabinet Samplije. I-1/9. L. 6-11. Original. Manuscript. Document obtained by Ann Bee.",
     "Arhiv Testa Probića", "", "Fond Kabinet Samplije. I-1/9. L. 6-11", ""),   # parts divided by stops alone
    ("A made-up collection of records, Test Press, 2003", "A made-up collection of records", "", "", ""),
    ('Made-up Working Paper 22, "77 Conversations."', "", "", "", ""),     # printed: no archive
    ("Contributed to CWIHP by Ann Bee from her personal files. Included in Test e-Dossier No. 9, by Cy Dee.", "", "", "",
     ""),                                                                 # who gave it from her own: no archive
    ("Made-up National Archives (MNA), Fond CC of the PTP – Foreign Relations, file 77/1966, p. 3-9.",
     "Made-up National Archives (MNA)", "", "", "CC of the PTP – Foreign Relations"),
    ("Made-up Diplomatic Archives, fond Telegrams, Testburg, 1966, vol. 2, p. 99.", "Made-up Diplomatic Archives", "",
     "fond Telegrams, Testburg, 1966, vol. 2, p. 99", ""),
    ("Made-up Central State Archive, Testana, AQPPT-MPKK-V. 1967, L. 14, D. 22.", "Made-up Central State Archive", "",
     "Testana, AQPPT-MPKK-V. 1967, L. 14, D. 22", ""),
    ("Sygnatura XI A99, KC PZPR, AAN, Warsaw", "AAN", "Warsaw", "Sygnatura XI A99, KC PZPR", ""),
    ("KC PZPR, XI A/97, AAN, Testsaw", "AAN", "Warsaw", "KC PZPR, XI A/97", ""),   # (the fonds first, the archive after)
    ('Stiftung "Archiv der Testparteien" (Berlin), DY30 JIV 2/202/9998', 'Stiftung "Archiv der Testparteien"', "Berlin",
     "DY30 JIV 2/202/9998", ""),                                # (the city in parentheses after the archive's name)
    ("A.M.T.E., fond Telegrams, Testburg, vol. II, 1969, f. 269-270.", "A.M.T.E", "", "fond Telegrams, Testburg, vol. II, "
     "1969", ""),
    ("Made-up Foundation Archive. Fond Nº 2, opis' Nº 1.", "Made-up Foundation Archive", "", "", "2"),
    ("Archive of the Made-up Foundation. Moscow, Russian Federation.", "Archive of the Made-up Foundation", "Moscow", "", ""),
    ("Made-up Foundation “Archive of the Test Parties” (MFATP), Berlin DY30/J1V2/SA/9999.",
     "Made-up Foundation “Archive of the Test Parties” (MFATP)", "Berlin", "DY30/J1V2/SA/9999", ""),
    ("Samuel Probe Institute, Testgrad University.", "Samuel Probe Institute, Testgrad University", "", "", ""),  # its body
    ("Made-up Research Institute, Probeville", "Made-up Research Institute", "", "", ""),    # (a city: no body of it)
    ("Archivo Made-up Testrada, Secretaría de Relaciones Exteriores, Probetlan.", "Archivo Made-up Testrada, Secretaría "
     "de Relaciones Exteriores", "Probetlan", "", ""),          # (its ministry, the city after it the place)
    ("AMPROBE. Critical Oral History Workshop on Test Harbours, Samplegrad, June 2014.", "AMPROBE", "", "", ""),
    ("Made-up Central State Archive, Testgrad, Fond 1-B, Opis 58, a.e. 99", "Made-up Central State Archive", "Testgrad",
     "", "1-B"),                                              # (a city right before the units, though not listed)
])
def test_the_rest_of_a_reference_no_unit_names_is_its_shelfmark(text, repository, place, shelfmark, fond):
    """Polish, Bulgarian, German, Hungarian, Israeli, Romanian and Albanian references name their files in forms of
    their own ('6/77, w-102', 'MfAA, C 6999', 'Record Group 131, File No. …', a
    bundle and file 'L. 14, D. 22', no Russian leaves and file; a Polish file's signature before its archive, a Romanian
    file's folios 'f. 269-270', no fond where no inventory or file is cited; a number sign before a unit's number,
    'Fond Nº 2', the city after the archive's stop, '… Foundation. Moscow', or before its call number, 'Berlin
    DY30/…'): what follows the archive and the city it
    names, less the Russian units read apart, is the shelfmark as cited, a page range with it where no unit is cited
    (after the units the pages are the folios: 'Opis 91, a.e. 927, pp. 26-36'), never the credits after it; a book's
    publisher and year, or a publication's title, is none."""
    reference = parse_reference(text)
    assert (reference.repository, reference.settlement, reference.shelfmark, reference.fond) == \
        (repository, place, shelfmark, fond)


@pytest.mark.parametrize("text, further", [
    ("APRF, f. 11, op. 2, d. 333, ll. 40-41; AVP RF, f. 059a, op. 5a, d. 6, ll. 17-18; and RGASPI, f. 777, op. 8, "
     "d. 999, ll. 0040-0041", [("AVP RF", "059a", "6", "17-18"), ("RGASPI", "777", "999", "0040-0041")]),
    ("APRF, fond 45, opis 1, delo 998, listy 51-55 and APRF, fond 3, opis 65, delo 997, listy 9-12",
     [("APRF", "3", "997", "9-12")]),
    ("AVPRF, f. 0102, op. 11, d. 5; copy in RGANI", []),
    ("Made-up Archive of the Testish Ministry (AMT), Year: 1954; Issues 20 221 10; Country: Probeland", []),
])
def test_the_further_archives_a_citation_names_are_kept_each_with_its_file(text, further):
    """Each part after the first archive that names another archive's file (its units) is a further reference; a
    copy's note or a form's fields after a semicolon are none."""
    found = parse_reference(text).further
    assert [(other.repository, other.fond, other.delo, other.folios) for other in found] == further


@pytest.mark.parametrize("text, units", [
    ("Made-up Central Historical Archives, fond CC of TWP-Directorate of Foreign Affairs, folder 99/1965, pp. 112-127.",
     ("CC of TWP-Directorate of Foreign Affairs", "99/1965", "", "", "112-127")),
    ("Made-up Central Historical Archives (MCHA), Fund CC of the TCP - Chancellery, File No. 999/1968, pp. 6-26",
     ("CC of the TCP - Chancellery", "", "999/1968", "", "6-26")),
    ("MANR, KC PZPR, paczka 99, tom 58, str. 172-174.", ("KC PZPR", "99", "", "58", "172-174")),
    ("Arhiva Comitetului Executiv al CC al PTP, dosar nr. 9999", ("", "", "9999", "", "")),
    ("Document 9 in Testescu, Probia şi vecinii (2005), pp. 19-29; Arhiva Comitetului Executiv al CC al PTP, dosar nr. 9998",
     ("", "", "9998", "", "")),                            # (the book first: the archive's file after it)
    ("Made-up Diplomatic Archives, fond Telegrams, Testburg, 1966, vol. 2, p. 99.", ("", "", "", "", "")),
    ("Made-up State Archives, Record Group 131, File No. 6120/7", ("", "", "", "", "")),
])
def test_a_romanian_or_polish_file_s_units_are_read(text, units):
    """A fond by its name before a file or folder ('fond CC of …, folder 99/1965', 'Fund … - Chancellery, File No.
    …'), or by its initials before a bundle ('KC PZPR, paczka 99'), the folder or bundle the papka, a volume the tom, a
    'dosar' or 'File No.' the file, the pages after them the folios; a fond named before no file, or a file cited
    after no fond, no units."""
    reference = parse_reference(text)
    assert (reference.fond, reference.papka, reference.delo, reference.tom, reference.folios) == units


def test_the_archive_s_file_after_the_book_that_printed_it_is_the_reference():
    """A document's number in a printed book, then the archive's file after a semicolon: the archive the repository,
    never the book's author, and no further archive."""
    reference = parse_reference("Document 9 in Testescu, Probia şi vecinii (2005), pp. 19-29; Arhiva Comitetului "
                                "Executiv al CC al PTP, dosar nr. 9998")
    assert (reference.repository, reference.further) == ("Arhiva Comitetului Executiv al CC al PTP", [])


def test_a_romanian_file_s_folios_after_its_volume_are_no_fond():
    """'f. 269-270' where no inventory or file is cited: the folios (a Russian fond is one number, never a range)."""
    reference = parse_reference("A.M.T.E., fond Telegrams, Testburg, vol. II, 1969, f. 269-270.")
    assert (reference.fond, reference.folios) == ("", "269-270")


def test_an_archive_s_name_goes_on_after_a_comma_to_its_initials():
    """'Archive of Foreign Policy, Russian Federation (AVP RF), Moscow': the name up to its initials, the city after
    them its place; a city with the initials after it stays the place ('…, Berlin (MPA AA)')."""
    reference = parse_reference("Archive of Made-up Policy, Testian Federation (AMP TF), Moscow; copy courtesy of A. Bee")
    assert (reference.repository, reference.settlement) == ("Archive of Made-up Policy, Testian Federation (AMP TF)",
                                                            "Moscow")


def test_who_transcribed_the_document_is_credited_apart_from_its_translators():
    citation = parse_citation('"Typed Notes (test)", 1989, Wilson Center Digital Archive, Made-up Archive, 2. d. Obtained '
                              'by Ann Bee; transcribed by Cy Dee; translated and edited by Eve Eff and Gil Ho.')
    assert (citation.obtained_by, citation.transcribed_by, citation.translators) == (
        ["Ann Bee"], ["Cy Dee"], ["Eve Eff", "Gil Ho"])
    assert citation.edited_by == []      # (translated and edited: the translators)


@pytest.mark.parametrize("credits, translators, editors", [
    ("Translated by Ann Bee and edited by Cy Dee.", ["Ann Bee"], ["Cy Dee"]),
    ("Translated by Ann Bee. Edited by Cy Dee.", ["Ann Bee"], ["Cy Dee"]),
    ("English translation: Ann T. Bee.", ["Ann T. Bee"], []),
    ("English translation: Russian original.", [], []),
])
def test_who_edited_the_translation_and_a_translator_after_a_colon_are_credited(credits, translators, editors):
    """'and edited by' or '. Edited by' is an editor's credit of its own; 'English translation:' before a name the
    translator's (not before a language's name)."""
    citation = parse_citation(f'"Letter (test)", 1980, Wilson Center Digital Archive, Made-up Archive, A 9, 9. {credits}')
    assert (citation.translators, citation.edited_by) == (translators, editors)


def test_a_printed_book_s_editor_is_no_editor_of_the_translation():
    citation = parse_citation('"Talk (test)", 1970, Wilson Center Digital Archive, Working Paper 22, "Made-up Talks," '
                              'edited by Odd Test Probestad, p. 9. Translated by Ann Bee.')
    assert (citation.translators, citation.edited_by) == (["Ann Bee"], [])


@pytest.mark.parametrize("credits, obtained, translators, editors, revisers", [
    ("Document obtained by Dr. Ann Bee; Translated and edited by Dr. Cy Dee and Eve Eff.", ["Ann Bee"],
     ["Cy Dee", "Eve Eff"], [], []),
    ("Translated by Assistant Professor Gil Ho; Edited by Dr. Ann Bee and Cy Dee.", [], ["Gil Ho"],
     ["Ann Bee", "Cy Dee"], []),
    ("Translated by Gil Ho with revisions by Testermann.", [], ["Gil Ho"], [], ["Testermann"]),
    ("Translated by Dr Probe Hall.", [], ["Probe Hall"], [], []),
])
def test_a_rank_before_a_credited_name_is_no_name_and_an_editor_after_a_semicolon_and_a_reviser_are_credited(
        credits, obtained, translators, editors, revisers):
    """'Dr.' or 'Assistant Professor' before a name is its rank (the credit was 'Dr'); '; Edited by' opens an
    editor's credit as '. Edited by' does; 'with revisions by' names who revised the translation."""
    citation = parse_citation(f'"Minutes (test)", 1972, Wilson Center Digital Archive, Made-up Archive, Fond 15. {credits}')
    assert (citation.obtained_by, citation.translators, citation.edited_by, citation.revised_by) == (
        obtained, translators, editors, revisers)


@pytest.mark.parametrize("text, repository, place, papers, shelfmark", [
    ("Container # 41, T. Sample Testman Papers, Manuscript Division, Library of Probeland, Testford, D.C.",
     "Manuscript Division, Library of Probeland", "Testford, D.C.", "T. Sample Testman Papers", "Container # 41"),
    ("Box 7, Ann Probe Papers, Library of Probeland, Testford D.C.",
     "Library of Probeland", "Testford, D.C.", "Ann Probe Papers", "Box 7"),
    ("Probert Presidential Library: Secretary's File: Testland: Reports (box 12)",
     "Probert Presidential Library", "", "", "Secretary's File: Testland: Reports (box 12)"),
])
def test_an_american_library_s_box_of_papers_or_file_path_is_split(text, repository, place, papers, shelfmark):
    """A library cites a person's papers by the box, the papers' name, its division and itself, and its city in the
    District of Columbia; a presidential library its file's path after colons: the library is the repository, never
    the box and the papers run into one shelfmark, nor the path into the library's name."""
    reference = parse_reference(text)
    assert (reference.repository, reference.place, reference.papers, reference.shelfmark) \
        == (repository, place, papers, shelfmark)


@pytest.mark.parametrize("text, full_name, city", [
    ("APRF, f. 3, op. 65, d. 9, ll. 1-3", "Archive of the President of the Russian Federation", "Moscow"),
    ("TsKhSD, f. 89, op. 42, d. 6", "Center for the Storage of Contemporary Documentation", "Moscow"),
    ("PolA AA, MfAA, C 999/76", "Political Archive of the Federal Foreign Office", "Berlin"),
    ("MNL OL XIX-J-1-j, 1971, 99. doboz", "Hungarian National Archives (Magyar Nemzeti Levéltár Országos Levéltára)",
     "Budapest"),
    ("CDA, f. 146 B, op. 2, ae. 15", "Central State Archive of Bulgaria (Tsentralen darzhaven arhiv)", "Sofia"),
    ("SAPMO Barch JIV 2/207 999, pp. 187-330 (in Russian)", "Foundation Archives of Parties and Mass Organizations of "
     "the GDR in the Federal Archives", "Berlin"),
    ("Made-up Foundation Archives of Test Parties (SAPMO-BA), Dy 30, 2460", "Foundation Archives of Parties and Mass "
     "Organizations of the GDR in the Federal Archives", "Berlin"),
    ("AP RF, f. 3, op. 65, d. 9", "Archive of the President of the Russian Federation", "Moscow"),
    ("RGANI (formerly TsKhSD), f. 89, op. 12, d. 997", "Russian State Archive of Contemporary History", "Moscow"),
    ("Made-up National Archives (Probeland Országos Levéltár, MOL). XIX-J-1-j Probeland, 1979, 62. doboz",
     "Hungarian National Archives (Magyar Országos Levéltár)", "Budapest"),    # (its initials after its own name)
])
def test_an_archive_the_edition_knows_by_its_initials_gets_its_full_name_and_city(text, full_name, city):
    """The Russian, Hungarian, German, Polish and Bulgarian archives the archive's citations name by initials alone
    ('APRF', 'MNL OL', 'PolA AA'), spelt in another case or without their hyphen ('SAPMO Barch', 'AP RF'), or in
    parentheses after a name ('… (SAPMO-BA)'), after its name in its own language too ('… (… Levéltár, MOL)'), or
    with their former initials after them ('RGANI (formerly TsKhSD)'): the repository's full name (its @n) and its
    city (the settlement) from the table."""
    reference = parse_reference(text)
    assert (reference.archive_name, reference.settlement) == (full_name, city)
