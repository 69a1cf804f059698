"""HTTP API and dashboard (``eventwire serve``); needs the ``web`` extra (FastAPI, uvicorn)."""

from .app import create_app

__all__ = ["create_app"]
