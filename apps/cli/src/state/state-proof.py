"""Checks one public record of a govledger read model against the signed state root.

Written from docs/audit.md ("State commitments", format v1) alone, with the standard library
and the `cryptography` package for Ed25519. Reads JSON from stdin:
  {"vkey": "<name+keyid+base64 key>", "checkpoint": "<signed checkpoint note>",
   "answer": <the body of GET /v1/state/records/{model}/{key}>}
Prints "OK <model>/<key> at size N" and exits 0, or prints why and exits 1.

Leaf bytes are JCS (RFC 8785); json.dumps with sorted keys and no spaces gives the same bytes
for records of strings, integers, booleans and null (JCS differs only for non-integer
numbers and keys outside the Basic Multilingual Plane, which these records do not hold).
"""
import base64
import hashlib
import json
import sys

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey


def fail(reason):
    print("FAILED: " + reason)
    sys.exit(1)


def parse_vkey(text):
    name, key_id, key = text.strip().split("+", 2)
    raw = base64.b64decode(key)
    if raw[0] != 1 or len(raw) != 33:
        fail("not an Ed25519 verifier key")
    expected = hashlib.sha256(name.encode() + b"\n" + raw).digest()[:4]
    if expected.hex() != key_id:
        fail("verifier key id does not match its key")
    return name, expected, Ed25519PublicKey.from_public_bytes(raw[1:])


def open_note(note, vkey):
    """Returns the note's body when a signature line by the key verifies (C2SP signed-note)."""
    name, key_id, public = vkey
    body, _, signatures = note.partition("\n\n")
    body += "\n"
    for line in signatures.splitlines():
        if not line.startswith("\u2014 "):
            continue
        signer, _, blob = line[2:].partition(" ")
        raw = base64.b64decode(blob)
        if signer != name or raw[:4] != key_id:
            continue
        try:
            public.verify(raw[4:], body.encode())
            return body
        except InvalidSignature:
            fail("signature by " + name + " does not verify")
    fail("no signature by the verifier key")


def leaf_hash(model, key, record):
    leaf = json.dumps({"key": key, "model": model, "record": record}, sort_keys=True,
                      separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(b"\x00" + leaf.encode()).digest()


def node(left, right):
    return hashlib.sha256(b"\x01" + left + right).digest()


def root_from_path(index, size, leaf, path):
    """RFC 9162 section 2.1.3.2."""
    if index >= size:
        fail("index not below size")
    fn, sn, r = index, size - 1, leaf
    for p in path:
        if sn == 0:
            fail("path too long")
        if fn % 2 == 1 or fn == sn:
            r = node(p, r)
            while fn % 2 == 0 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            r = node(r, p)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        fail("path too short")
    return r


def main():
    given = json.load(sys.stdin)
    vkey = parse_vkey(given["vkey"])
    checkpoint = open_note(given["checkpoint"], vkey).split("\n")
    origin, size, log_root = checkpoint[0], int(checkpoint[1]), checkpoint[2]
    answer = given["answer"]
    if answer["state"]["note"] is None:
        fail("the answer carries no signed state note")
    state = open_note(answer["state"]["note"], vkey).split("\n")
    if state[0] != origin + "/state/v1":
        fail("the state note is not format v1 of this log: " + state[0])
    if int(state[1]) != size or state[2] != log_root:
        fail("the state note does not name the checkpoint's log head")
    records, state_root = int(state[3]), base64.b64decode(state[4])
    proof = answer["proof"]
    if proof["size"] != records:
        fail("the proof is for a tree of another size than the signed one")
    leaf = leaf_hash(proof["model"], proof["key"], proof["record"])
    path = [base64.b64decode(h) for h in proof["path"]]
    if root_from_path(proof["index"], proof["size"], leaf, path) != state_root:
        fail("the record's proof does not lead to the signed state root")
    print("OK %s/%s at size %d" % (proof["model"], proof["key"], size))


main()
