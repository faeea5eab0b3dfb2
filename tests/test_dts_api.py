"""Over HTTP, against a real `plenum serve`: the DTS 1.0 JSON-LD shapes of the entry, collection and
navigation responses, the navigation table of `ref`/`start`/`end`/`down`, the 4xx answers, and the site."""

from __future__ import annotations

import re

import pytest

from .dts_server import server  # noqa: F401  (the fixture)

CONTEXT = "https://dtsapi.org/context/v1.0.json"
RECORD = "003_b5736df9e90b2d57"        # an original and its translation: two parts
CONVERSATION = "000_ee6d509a4d5024c3"  # a translation only: turns at the top
NAV = "/api/dts/navigation/?resource="


def template_parameters(template: str) -> set[str]:
    """The variables of an RFC 6570 URI template."""
    return {name for group in re.findall(r"\{[?&]?([^}]*)\}", template) for name in group.split(",")}


def test_the_entry_point_names_the_three_endpoints_as_uri_templates(server):  # noqa: F811
    reply = server.get("/api/dts/")
    assert reply.status == 200 and reply.headers["Content-Type"].startswith("application/ld+json")
    entry = reply.json()
    assert entry["@context"] == CONTEXT and entry["dtsVersion"] == "1.0" and entry["@type"] == "EntryPoint"
    assert template_parameters(entry["collection"]) >= {"id", "page", "nav"}
    assert template_parameters(entry["navigation"]) >= {"resource", "ref", "start", "end", "down", "tree", "page"}
    assert template_parameters(entry["document"]) >= {"resource", "ref", "start", "end", "tree", "mediaType"}
    for name in ("collection", "navigation", "document"):
        assert server.get(entry[name].split("{")[0].replace(server.address.rstrip("/"), "")).status in (200, 400)


def check_member(member: dict) -> None:
    """A Collection or Resource as the specification describes it."""
    assert member["@type"] in ("Collection", "Resource")
    assert isinstance(member["@id"], str) and member["title"]
    assert isinstance(member["totalParents"], int) and isinstance(member["totalChildren"], int)
    assert "{" in member["collection"]
    if member["@type"] == "Resource":
        assert member["totalChildren"] == 0 and member["mediaTypes"] == ["application/tei+xml"]
        assert template_parameters(member["navigation"]) >= {"ref", "start", "end", "down", "tree"}
        assert template_parameters(member["document"]) >= {"ref", "start", "end", "tree", "mediaType"}
        trees = member["citationTrees"]
        assert all(tree["@type"] == "CitationTree" for tree in trees)
        assert trees == [] or "identifier" not in trees[0]
        assert all(tree["identifier"] for tree in trees[1:])


def test_the_edition_is_a_collection_of_documents_dossiers_and_imported_editions(server):  # noqa: F811
    root = server.get("/api/dts/collection/").json()
    assert root["@context"] == CONTEXT and root["dtsVersion"] == "1.0" and root["@type"] == "Collection"
    assert root["totalParents"] == 0 and root["totalChildren"] == len(root["member"])
    assert [member["@type"] for member in root["member"]] == ["Collection"] * len(root["member"])
    names = [member["@id"] for member in root["member"]]
    assert names[0] == "documents" and names[-1] == "imported" and len(names) == 3   # and the dossier
    documents = server.get("/api/dts/collection/?id=documents").json()
    assert {RECORD, CONVERSATION} <= {member["@id"] for member in documents["member"]}
    for member in root["member"]:
        check_member(member)
        own = server.get(f"/api/dts/collection/?id={member['@id']}").json()
        check_member(own)
        assert own["totalChildren"] == len(own["member"]) > 0
        for child in own["member"]:
            check_member(child)
            assert server.get(child["collection"].split("{")[0].replace(server.address.rstrip("/"), "")).status == 200


def test_the_uri_templates_are_absolute_and_expand_to_working_requests(server):  # noqa: F811
    entry = server.get("/api/dts/").json()
    assert entry["@id"] == server.address + "api/dts/"
    resource = server.get(f"/api/dts/collection/?id={RECORD}").json()
    for template in (entry["collection"], entry["navigation"], entry["document"], resource["navigation"],
                     resource["document"], resource["collection"], resource["download"]):
        assert template.startswith(server.address + "api/dts/")
    expanded = resource["navigation"].replace("{&ref,start,end,down,tree,page}", "&down=1")
    assert server.get(expanded.replace(server.address.rstrip("/"), "")).json()["member"]


def test_parents_are_found_with_nav_parents(server):  # noqa: F811
    parents = server.get(f"/api/dts/collection/?id={RECORD}&nav=parents").json()
    assert [member["@id"] for member in parents["member"]] == ["documents"] and parents["totalParents"] == 1


def test_an_imported_document_without_citation_trees_is_a_resource_navigated_to_nothing(server):  # noqa: F811
    imported = server.get("/api/dts/collection/?id=imported").json()
    assert [member["@id"] for member in imported["member"]] == ["elsewhere-letter"]
    assert imported["member"][0]["citationTrees"] == []
    reply = server.get(NAV + "elsewhere-letter&down=1")
    assert reply.status == 200 and reply.json()["member"] == []
    assert server.get("/api/dts/document/?resource=elsewhere-letter").body.startswith(b"<?xml")


def navigation(server, query: str) -> dict:  # noqa: F811
    reply = server.get(NAV + query)
    assert reply.status == 200, reply.body
    assert reply.headers["Content-Type"].startswith("application/ld+json")
    body = reply.json()
    assert body["@context"] == CONTEXT and body["@type"] == "Navigation" and body["dtsVersion"] == "1.0"
    assert body["@id"].endswith(NAV + query) and body["resource"]["@type"] == "Resource"
    for unit in body.get("member", []) + [body[key] for key in ("ref", "start", "end") if key in body]:
        assert unit["@type"] == "CitableUnit" and isinstance(unit["level"], int) and "parent" in unit
    return body


def identifiers(body: dict) -> list[str]:
    return [unit["identifier"] for unit in body["member"]]


def test_the_citation_tree_is_a_tree_in_document_order(server):  # noqa: F811
    units = navigation(server, f"{RECORD}&down=-1")["member"]
    seen = {}
    for unit in units:
        assert unit["parent"] is None and unit["level"] == 1 or seen[unit["parent"]]["level"] == unit["level"] - 1
        seen[unit["identifier"]] = unit
    assert len(seen) == len(units)
    assert [u["identifier"] for u in units if u["level"] == 1] == ["original", "translation"]


def test_down_ref_start_and_end_as_the_specification_tabulates_them(server):  # noqa: F811
    tops = navigation(server, f"{RECORD}&down=1")
    assert identifiers(tops) == ["original", "translation"] and "ref" not in tops
    everything = identifiers(navigation(server, f"{RECORD}&down=-1"))
    children = identifiers(navigation(server, f"{RECORD}&ref=original&down=1"))
    assert children[0] == "original" and all(ref.startswith("original.") for ref in children[1:])
    assert children == everything[:everything.index("translation")]
    alone = navigation(server, f"{RECORD}&ref=original")
    assert alone["ref"]["identifier"] == "original" and "member" not in alone
    turn = children[5]
    siblings = navigation(server, f"{RECORD}&ref={turn}&down=0")
    assert identifiers(siblings) == children[1:] and siblings["ref"]["parent"] == "original"
    leaf = navigation(server, f"{RECORD}&ref={turn}&down=1")
    assert identifiers(leaf) == [turn]
    ranged = navigation(server, f"{RECORD}&start={children[2]}&end={children[4]}&down=1")
    assert identifiers(ranged) == children[2:5]
    assert ranged["start"]["identifier"] == children[2] and ranged["end"]["identifier"] == children[4]
    ends = navigation(server, f"{RECORD}&start={children[2]}&end={children[4]}")
    assert "member" not in ends and ends["end"]["identifier"] == children[4]
    pages = navigation(server, f"{RECORD}&tree=pages&down=1")
    assert pages["member"] and all(unit["citeType"] == "page" for unit in pages["member"])


BAD = [
    (NAV.rstrip("=").replace("?resource", "") + "?down=1", 400),               # no resource
    (NAV + f"{RECORD}", 400),                                                  # nothing asked
    (NAV + f"{RECORD}&ref=original&start=original&end=translation", 400),      # ref and a range
    (NAV + f"{RECORD}&start=original", 400),                                   # start without end
    (NAV + f"{RECORD}&down=0", 400),                                           # siblings of nothing
    (NAV + f"{RECORD}&start=original&end=translation&down=0", 400),
    (NAV + f"{RECORD}&start=translation&end=original&down=1", 400),            # end before start
    (NAV + f"{RECORD}&down=two", 400),
    (NAV + f"{RECORD}&ref=chapter-9", 404),                                    # no such unit
    (NAV + f"{RECORD}&ref=original&tree=chapters", 404),                       # no such tree
    (NAV + "no-such-document&down=1", 404),
    ("/api/dts/document/", 400),
    ("/api/dts/document/?resource=no-such-document", 404),
    (f"/api/dts/document/?resource={RECORD}&ref=chapter-9", 404),
    (f"/api/dts/document/?resource={RECORD}&ref=original&end=translation", 400),
    (f"/api/dts/document/?resource={RECORD}&ref=original&mediaType=text/html", 404),
    ("/api/dts/collection/?id=no-such-collection", 404),
    ("/api/dts/collection/?nav=siblings", 400),
    ("/api/dts/collection/?page=2", 404),                                      # nothing is paginated
    (NAV + f"{RECORD}&down=1&page=2", 404),
    ("/api/dts/no-such-endpoint/", 404),
]


@pytest.mark.parametrize("path, status", BAD, ids=[path for path, _ in BAD])
def test_bad_requests_get_a_4xx_saying_what_to_ask_instead(server, path, status):  # noqa: F811
    reply = server.get(path)
    assert reply.status == status
    assert reply.headers["Content-Type"].startswith("application/json")
    assert len(reply.json()["message"]) > 20


def test_a_passage_links_back_to_its_collection(server):  # noqa: F811
    reply = server.get(f"/api/dts/document/?resource={RECORD}&ref=translation")
    assert reply.headers["Link"] == f'<{server.address}api/dts/collection/?id={RECORD}>; rel="collection"'


def test_the_site_is_served_and_nothing_beside_it(server):  # noqa: F811
    home = server.get("/")
    assert home.status == 200 and b"<title>home</title>" in home.body
    assert b"<title>search</title>" in server.get("/pagefind/").body
    assert server.get("/no-such-page.html").status == 404
    assert server.get("/../secret.txt").status == 404
    assert server.get("/%2e%2e/secret.txt").status == 404
