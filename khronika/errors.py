"""Error codes and messages, in one place.  Each message says what is wrong and what to do."""
from __future__ import annotations

MESSAGES = {
    "E_UNSUPPORTED": "unsupported file type {suffix!r}: khronika reads .txt, .html/.htm and .jsonl",
    "E_DECODE": "cannot decode the text: {detail}; save it as UTF-8, CP1251 or KOI8-R",
    "E_BINARY": "looks like a binary file, not text ({detail})",
    "E_EMPTY": "no text in it",
    "E_HTML": "cannot extract an article from the HTML: {detail}",
    "E_JSONL": "line {line}: {detail}; each line must be a JSON object with a non-empty \"text\"",
    "E_NOT_FOUND": "no such file or folder",
    "E_READ": "cannot read it: {detail}",
    "E_SPECIAL": "not a regular file but {kind}; khronika reads only regular files",
    "E_TOO_LARGE": "{more}{size} is over the limit of {limit_mb:g} MiB (raise it with --max-file-mb)",
    "E_TOO_LONG": "{chars} characters of text are over the limit of {limit} (raise it with --max-document-chars)",
    "E_NOT_TEXT": "does not read as text in Cyrillic or Latin letters ({detail}); "
                  "save it as UTF-8, CP1251 or KOI8-R",
    "E_JSONL_FIELD": "line {line}: {field!r} is {got}, not a string; the record is skipped",
    "E_PIPELINE": "stage {stage!r} needs {missing} but no earlier stage provides it",
    "E_PIPELINE_FIELD": "stage {stage!r} declares {fields}, which are no fields of Document",
    "E_PIPELINE_STAGE": "no stage named {stages}; the stages are {known}",
    "E_STAGE_UNDECLARED": "stage {stage!r} changed {fields} without declaring it in 'provides'",
    "E_STAGE": "stage {stage!r} failed on document {doc_id}: {detail}",
    "E_STAGE_RETURN": "stage {stage!r} returned {got}, expected a Document",
    "E_LEXICON": "{where}: {problem}",
    "E_DB": "the store {path} is not a khronika database or is damaged: {detail}",
    "E_DB_MISSING": "no store at {path}: run `khronika ingest` first",
    "E_DB_SCHEMA": "the store {path} has schema {found}, this khronika reads {head}; "
                   "a writing command (`khronika ingest`) migrates it",
    "E_DB_CONNECT": "cannot reach the store {path}: {detail}",
    "E_WRITE": "the store could not be written while saving {path} ({detail}); {stored} new or changed "
               "document(s) of this run were stored, whole; free space or fix the store and run again: "
               "the ingest resumes where it stopped",
    "E_PDF": "cannot make the PDF: {detail}",
    "E_BUSY": "another ingest is writing into {path}; run again when it has finished (or without --no-wait to wait)",
}


class KhronikaError(Exception):
    """Base error with a stable code; ``str()`` is the human message."""

    def __init__(self, code: str, **details):
        self.code = code
        self.details = details
        template = MESSAGES.get(code, code)
        try:
            message = template.format(**details)
        except (KeyError, IndexError):
            message = f"{template} {details}"
        super().__init__(message)

    @property
    def message(self) -> str:
        return str(self)


class ReadError(KhronikaError):
    """A file (or one record of it) could not be read; ``path`` names it."""

    def __init__(self, path: str, code: str, **details):
        self.path = path
        super().__init__(code, **details)

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"

    @property
    def reason(self) -> str:
        """The message without the path."""
        return super().__str__()


class PipelineError(KhronikaError):
    pass


class StageError(KhronikaError):
    def __init__(self, stage: str, doc_id: str, detail: str):
        self.stage = stage
        self.doc_id = doc_id
        super().__init__("E_STAGE", stage=stage, doc_id=doc_id, detail=detail)
