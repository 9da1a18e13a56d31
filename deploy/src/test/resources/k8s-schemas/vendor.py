#!/usr/bin/env python3
"""Writes the JSON schema of one version of each CRD given, for K8sManifestsTest (CrdSchemas).

    python3 vendor.py VERSION CRD.yaml [CRD.yaml ...]      (needs PyYAML: apt-get install python3-yaml)

Each CRD file's spec.versions[name=VERSION].schema.openAPIV3Schema goes to <group>/<VERSION>/<Kind>.json beside this
script, without its `description` texts (the upstream CRD keeps them; the test needs only the constraints). Nothing
else is changed: what the test adds (unknown fields refused) it adds when it loads the file, so that a re-vendored
schema diffs only where upstream changed. Record the source and release in README.md beside this script.
"""
import json
import pathlib
import sys

import yaml


def without_descriptions(node):
    if isinstance(node, dict):
        # a property *named* description (CloudNativePG's Cluster has one) is a schema, not a text
        return {k: (without_descriptions(v) if k != "properties" else {p: without_descriptions(s) for p, s in v.items()})
                for k, v in node.items() if k != "description" or not isinstance(v, str)}
    if isinstance(node, list):
        return [without_descriptions(x) for x in node]
    return node


def main(version, files):
    here = pathlib.Path(__file__).resolve().parent
    for f in files:
        for crd in yaml.safe_load_all(pathlib.Path(f).read_text()):
            if not crd or crd.get("kind") != "CustomResourceDefinition":
                continue
            spec = crd["spec"]
            found = [v for v in spec["versions"] if v["name"] == version]
            if not found:
                sys.exit(f"{f}: {spec['names']['kind']} has no version {version}")
            out = here / spec["group"] / version / (spec["names"]["kind"] + ".json")
            out.parent.mkdir(parents=True, exist_ok=True)
            schema = without_descriptions(found[0]["schema"]["openAPIV3Schema"])
            out.write_text(json.dumps(schema, indent=1, ensure_ascii=False) + "\n")
            print(out.relative_to(here))


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
