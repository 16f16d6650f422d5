# Validates a corpus with Python's jsonschema against the generated JSON Schemas, both dialects.
# Input: a JSON file [{ "kind", "document" }]; output: [{ "2020-12": bool, "draft-07": bool }].
import json
import sys
from pathlib import Path

from jsonschema import Draft7Validator, Draft202012Validator

root = Path(sys.argv[1])
cases = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
validators = {}
for dialect, cls in (("2020-12", Draft202012Validator), ("draft-07", Draft7Validator)):
    for path in (root / "json-schema" / dialect).glob("*.schema.json"):
        validators[(dialect, path.name[: -len(".schema.json")])] = cls(json.loads(path.read_text(encoding="utf-8")))
print(json.dumps([{d: validators[(d, c["kind"])].is_valid(c["document"]) for d in ("2020-12", "draft-07")} for c in cases]))
