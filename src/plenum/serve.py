"""`plenum serve`: the built site and the DTS 1.0 API over the edition, on one local HTTP server (waitress).

The site's files are served as they are (a folder's index.html for the folder, e.g. pagefind/), the API
under /api/dts/. The edition is read once, when the server starts: restart it after a build.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from pathlib import Path

from werkzeug.exceptions import NotFound
from werkzeug.utils import send_from_directory
from werkzeug.wrappers import Request, Response

from .dts import catalog
from .dts.api import BASE, DtsApp
from .errors import InputError, PlenumError

mimetypes.add_type("application/tei+xml", ".xml")
mimetypes.add_type("text/javascript", ".js")
mimetypes.add_type("application/wasm", ".wasm")


class EditionServer:
    """The WSGI application: /api/dts/… to the API, anything else to a file of the site."""

    def __init__(self, api: DtsApp, site: Path | None) -> None:
        self.api = api
        self.site = site

    def __call__(self, environ, start_response):
        request = Request(environ)
        if request.path == BASE.rstrip("/") or request.path.startswith(BASE):
            return self.api(environ, start_response)
        return self.page(request)(environ, start_response)

    def page(self, request: Request) -> Response:
        """The site's file at the request's path (index.html for a folder); 404 outside the site."""
        if self.site is None:
            return Response(f"No site here: run plenum build. The DTS API is at {BASE}\n", status=404,
                            content_type="text/plain; charset=utf-8")
        path = request.path.lstrip("/")
        if path == "" or path.endswith("/"):
            path += "index.html"
        try:
            return send_from_directory(self.site, path, request.environ)
        except NotFound:
            return Response(f"{request.path}: no such page in the site\n", status=404,
                            content_type="text/plain; charset=utf-8")


def application(tei_dir: Path, site: Path | None) -> EditionServer:
    """The server's application over the edition in `tei_dir` and the site in `site` (None: no site)."""
    if not tei_dir.is_dir():
        raise InputError(tei_dir, "no such folder (the TEI edition; --tei names another)")
    return EditionServer(DtsApp(catalog.load(tei_dir)), site)


def serve(app: EditionServer, host: str, port: int, ready: Callable[[str], None]) -> None:
    """Serve `app` on host:port (port 0: a free one) until interrupted; `ready` is told the address."""
    from waitress import create_server

    try:
        server = create_server(app, host=host, port=port, threads=4, ident="plenum")
    except (OSError, ValueError) as error:
        reason = getattr(error, "strerror", None) or error
        raise PlenumError(f"cannot listen on {host}:{port}: {reason} "
                          "(--host and --port choose another; --port 0 a free port)") from error
    address = f"http://{host if ':' not in host else f'[{host}]'}:{server.effective_port}/"
    ready(address)
    try:
        server.run()
    finally:
        server.close()
