"""``python -m bench.verbatim_cli ARGS``: the ``khronika`` command line with a pipeline that loads no
models (the raw text is the text), so that ``bench/trials.py --verbatim`` and its smoke test run in
seconds.  Reading, storing, locking, resuming and exporting are khronika's own."""
from __future__ import annotations

import khronika.pipeline


class Verbatim:
    """A pipeline without models: the raw text is the text."""

    def __call__(self, doc):
        return doc.replace(text=doc.raw)

    def redate(self, doc):
        return doc


def main() -> None:
    khronika.pipeline.build_pipeline = lambda *args, **kwargs: Verbatim()
    from khronika.cli import app

    app(prog_name="khronika")


if __name__ == "__main__":
    main()
