#!/usr/bin/env python3
"""Validates a JSON document against a JSON Schema, for the subset of JSON Schema that
docs/report.schema.json uses (no pip packages are available to the tests).

  schema_check.py SCHEMA.json DOC.json      exit 0 valid; 1 invalid (each error on stderr); 2 usage

Keywords: type, properties, required, additionalProperties (false or a schema), items, enum, const,
pattern, minimum, maximum, minLength, $ref to "#/$defs/NAME"; $schema, $id, $defs, title and
description are annotations. A keyword outside this list is an error in the schema, so the schema
cannot silently use something this validator does not check.
"""
import json
import re
import sys

KNOWN = {"type", "properties", "required", "additionalProperties", "items", "enum", "const", "pattern",
         "minimum", "maximum", "minLength", "$ref", "$schema", "$id", "$defs", "title", "description"}
TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


def validate(root, schema, value, path, errors):
    unknown = set(schema) - KNOWN
    if unknown:
        errors.append(f"schema at {path}: unsupported keywords {sorted(unknown)}")
        return
    if "$ref" in schema:
        ref = schema["$ref"]
        if not ref.startswith("#/$defs/") or ref[8:] not in root.get("$defs", {}):
            errors.append(f"schema at {path}: unresolvable $ref {ref}")
            return
        validate(root, root["$defs"][ref[8:]], value, path, errors)
    t = schema.get("type")
    if t is not None:
        if t not in TYPES:
            errors.append(f"schema at {path}: unknown type {t}")
            return
        if not TYPES[t](value):
            errors.append(f"{path}: expected {t}, got {type(value).__name__}")
            return
    if "const" in schema and value != schema["const"]:
        errors.append(f"{path}: expected {schema['const']!r}, got {value!r}")
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{path}: {value!r} is not one of {schema['enum']}")
    if isinstance(value, str):
        if "minLength" in schema and len(value) < schema["minLength"]:
            errors.append(f"{path}: shorter than {schema['minLength']}")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append(f"{path}: {value!r} does not match {schema['pattern']}")
    if TYPES["number"](value):
        if "minimum" in schema and value < schema["minimum"]:
            errors.append(f"{path}: {value} < {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            errors.append(f"{path}: {value} > {schema['maximum']}")
    if isinstance(value, dict):
        props = schema.get("properties", {})
        for k in schema.get("required", []):
            if k not in value:
                errors.append(f"{path}: missing required property {k}")
        for k, v in value.items():
            if k in props:
                validate(root, props[k], v, f"{path}.{k}", errors)
            else:
                extra = schema.get("additionalProperties", True)
                if extra is False:
                    errors.append(f"{path}: property {k} is not allowed")
                elif isinstance(extra, dict):
                    validate(root, extra, v, f"{path}.{k}", errors)
    if isinstance(value, list) and "items" in schema:
        for i, v in enumerate(value):
            validate(root, schema["items"], v, f"{path}[{i}]", errors)


def check(schema, doc):
    errors = []
    validate(schema, schema, doc, "$", errors)
    return errors


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    with open(sys.argv[2], encoding="utf-8") as f:
        doc = json.load(f)
    errors = check(schema, doc)
    for e in errors[:50]:
        print(e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
