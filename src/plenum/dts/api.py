"""The DTS 1.0 endpoints (entry, collection, navigation, document) as a WSGI application over a Catalog.

JSON-LD as the specification shows it (context https://dtsapi.org/context/v1.0.json, dtsVersion 1.0);
a request the specification calls bad is answered 400, a resource, tree or reference that does not exist
404, each with a JSON body whose message says what to ask instead.
"""

from __future__ import annotations

import json
from urllib.parse import quote

from lxml import etree
from werkzeug.exceptions import HTTPException
from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Request, Response

from .catalog import Catalog, Collection, Resource
from .navigation import DtsError, navigate, passage

CONTEXT = "https://dtsapi.org/context/v1.0.json"
VERSION = "1.0"
BASE = "/api/dts/"
TEI_MEDIA = "application/tei+xml"
# The endpoints' URI templates, after the API's absolute URL (the entry point's @id).
TEMPLATES = {
    "collection": "collection/{?id,page,nav}",
    "navigation": "navigation/{?resource,ref,start,end,down,tree,page}",
    "document": "document/{?resource,ref,start,end,tree,mediaType}",
}


class DtsApp:
    """The WSGI application of the API, answering under /api/dts/."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.urls = Map([Rule(BASE, endpoint="entry"), Rule(BASE + "collection/", endpoint="collection"),
                         Rule(BASE + "navigation/", endpoint="navigation"),
                         Rule(BASE + "document/", endpoint="document")], strict_slashes=False)

    def __call__(self, environ, start_response):
        request = Request(environ)
        try:
            endpoint, _ = self.urls.bind_to_environ(environ).match()
            response = getattr(self, endpoint)(request)
        except DtsError as error:
            response = _json({"status": error.status, "message": error.message}, "application/json", error.status)
        except HTTPException as error:
            response = _json({"status": error.code, "message": f"{request.path}: no such DTS endpoint; the entry "
                              f"point {BASE} lists them"}, "application/json", error.code or 404)
        response.headers["Access-Control-Allow-Origin"] = "*"
        return response(environ, start_response)

    def entry(self, request: Request) -> Response:
        """The entry point: where the three endpoints are, as URI templates."""
        api = _api(request)
        return _json({"@context": CONTEXT, "dtsVersion": VERSION, "@id": api, "@type": "EntryPoint",
                      **{name: api + template for name, template in TEMPLATES.items()}})

    def collection(self, request: Request) -> Response:
        """A collection or a resource with its children (or, nav=parents, its parents) as members."""
        identifier = request.args.get("id") or "edition"
        nav = request.args.get("nav", "children")
        if nav not in ("children", "parents"):
            raise DtsError(400, f"nav={nav!r}: nav is 'children' (the default) or 'parents'")
        _only_page_one(request)
        item = self._item(identifier)
        if nav == "parents":
            members = self.catalog.parents.get(identifier, [])
        else:
            members = item.members if isinstance(item, Collection) else []
        api = _api(request)
        body = {"@context": CONTEXT, "dtsVersion": VERSION, **self.describe(identifier, api),
                "member": [self.describe(member, api) for member in members]}
        return _json(body)

    def navigation(self, request: Request) -> Response:
        """The citable units of a resource that the query asks for (see navigation.navigate)."""
        resource = self._resource(request.args.get("resource"))
        _only_page_one(request)
        down = request.args.get("down")
        if down is not None and not _is_int(down):
            raise DtsError(400, f"down={down!r}: down is a whole number, -1 for the whole depth of the tree")
        args = {name: request.args.get(name) for name in ("ref", "start", "end", "tree")}
        found = navigate(resource, down=None if down is None else int(down), **args)
        body = {"@context": CONTEXT, "dtsVersion": VERSION, "@type": "Navigation", "@id": request.url,
                "resource": self.describe(resource.identifier, _api(request)), **found}
        return _json(body)

    def document(self, request: Request) -> Response:
        """The whole document as its TEI file, or a passage of it in <TEI><dts:wrapper>."""
        resource = self._resource(request.args.get("resource"))
        media = request.args.get("mediaType")
        if media not in (None, TEI_MEDIA):
            raise DtsError(404, f"mediaType={media!r}: {resource.identifier} is available as {TEI_MEDIA} only")
        args = {name: request.args.get(name) for name in ("ref", "start", "end", "tree")}
        if not (args["ref"] or args["start"] or args["end"]):
            body = resource.path.read_bytes()
        else:
            body = etree.tostring(passage(resource, **args), xml_declaration=True, encoding="UTF-8")
        response = Response(body, content_type=f"{TEI_MEDIA}; charset=utf-8")
        response.headers["Link"] = f'<{_api(request)}collection/?id={quote(resource.identifier)}>; rel="collection"'
        return response

    def describe(self, identifier: str, api: str) -> dict:
        """A collection or resource as a member (or the subject) of a Collection response; `api` is the
        API's absolute URL, which the URI templates start with."""
        item = self._item(identifier)
        quoted = quote(identifier, safe="")
        body = {"@id": identifier, "@type": "Collection" if isinstance(item, Collection) else "Resource",
                "title": item.title, "totalParents": len(self.catalog.parents.get(identifier, [])),
                "totalChildren": len(item.members) if isinstance(item, Collection) else 0,
                "collection": f"{api}collection/?id={quoted}{{&page,nav}}"}
        if isinstance(item, Collection):
            return {**body, "description": item.description}
        return {**body, "navigation": f"{api}navigation/?resource={quoted}{{&ref,start,end,down,tree,page}}",
                "document": f"{api}document/?resource={quoted}{{&ref,start,end,tree,mediaType}}",
                "download": f"{api}document/?resource={quoted}", "mediaTypes": [TEI_MEDIA],
                "citationTrees": [tree.json() for tree in item.trees]}

    def _item(self, identifier: str) -> Collection | Resource:
        """The collection or resource `identifier`; 404 when there is none."""
        item = self.catalog.collections.get(identifier) or self.catalog.resources.get(identifier)
        if item is None:
            raise DtsError(404, f"id={identifier!r}: no collection or document has this identifier; "
                           f"{BASE}collection/ lists the edition")
        return item

    def _resource(self, identifier: str | None) -> Resource:
        """The resource a navigation or document request names; 400 without one, 404 for an unknown one."""
        if not identifier:
            raise DtsError(400, "resource is missing: name a document, e.g. resource="
                           + next(iter(self.catalog.resources), "<document>"))
        resource = self.catalog.resources.get(identifier)
        if resource is None:
            what = "a collection, not a document" if identifier in self.catalog.collections else "no document"
            raise DtsError(404, f"resource={identifier!r}: {what}; {BASE}collection/ lists the documents")
        return resource


def _api(request: Request) -> str:
    """The API's absolute URL as the client reached it, e.g. http://127.0.0.1:8000/api/dts/."""
    return request.host_url.rstrip("/") + BASE


def _only_page_one(request: Request) -> None:
    """404 for a page beyond the first: no response of this API is paginated."""
    if request.args.get("page") not in (None, "1"):
        raise DtsError(404, f"page={request.args.get('page')!r}: responses are not paginated; there is only page 1")


def _json(body: dict, media: str = "application/ld+json", status: int = 200) -> Response:
    """A JSON(-LD) response, UTF-8, characters as they are."""
    return Response(json.dumps(body, ensure_ascii=False, indent=1), status=status,
                    content_type=f"{media}; charset=utf-8")


def _is_int(value: str) -> bool:
    """Whether `value` is a whole number as a query gives it ('-1', '2')."""
    return value.lstrip("-").isdigit() and value.count("-") <= 1
