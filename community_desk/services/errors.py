"""The one exception the UI shows to a clerk: a Chinese message, optionally naming the field at fault."""


class UserError(Exception):
    """A refused user action; nothing was written."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message
