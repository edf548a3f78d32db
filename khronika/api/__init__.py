"""The HTTP API (``khronika serve``): ``create_app(store)``."""
from .app import create_app

__all__ = ["create_app"]
