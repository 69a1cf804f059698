"""Narrow exception classes; every message names the input and the reason."""

from __future__ import annotations


class EventwireError(Exception):
    """Base class of every error eventwire raises on purpose."""


class InputError(EventwireError):
    """A document or file that cannot be read: names the source and the reason."""

    def __init__(self, source: str, reason: str, offset: int | None = None) -> None:
        self.source = source
        self.reason = reason
        self.offset = offset
        where = f"{source}:{offset}" if offset is not None else source
        super().__init__(f"{where}: {reason}")


class DataFileError(EventwireError):
    """A bundled or user-supplied data file is malformed."""

    def __init__(self, path: str, line: int | None, reason: str) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")


class MissingExtraError(EventwireError):
    """An optional dependency is needed for this feature."""

    def __init__(self, feature: str, extra: str) -> None:
        super().__init__(
            f"{feature} needs an optional dependency: pip install 'eventwire[{extra}]'"
        )
