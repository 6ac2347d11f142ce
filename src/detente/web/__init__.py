"""The web page and HTTP API over a built store: ``create_app(db_path)`` (FastAPI), served by ``detente serve``."""

from detente.web.app import create_app

__all__ = ["create_app"]
