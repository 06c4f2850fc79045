"use strict";
// An independent implementation of FORMAT.md §1–3 (canonical JSON, leaves, salted leaf hashes, markers,
// document hash), written from the page alone, for cross-checking the C# SDK.
const { keccak256, toUtf8Bytes, concat, getBytes } = require("ethers");

// RFC 8785: JSON.stringify already prints ECMAScript numbers and minimally escaped strings;
// Array.prototype.sort compares UTF-16 code units, as JCS requires for member names.
function canonical(value) {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return "[" + value.map(canonical).join(",") + "]";
  return "{" + Object.keys(value).sort().map((k) => JSON.stringify(k) + ":" + canonical(value[k])).join(",") + "}";
}

const escapeToken = (t) => t.replace(/~/g, "~0").replace(/\//g, "~1");

function flatten(node, pointer, out) {
  if (node !== null && typeof node === "object") {
    if (!Array.isArray(node) && Object.prototype.hasOwnProperty.call(node, "$redacted")) {
      out.push({ pointer, redacted: node["$redacted"] });
      return;
    }
    const keys = Array.isArray(node) ? node.map((_, i) => String(i)) : Object.keys(node);
    if (keys.length === 0) {
      out.push({ pointer, value: node });
      return;
    }
    for (const k of keys) flatten(node[k], pointer + "/" + escapeToken(k), out);
    return;
  }
  out.push({ pointer, value: node });
}

// case: { document, salts: { pointer: hex } } -> { documentHash, leaves: { pointer: leafHash } }
exports.run = (c) => {
  const found = [];
  flatten(c.document, "", found);
  const leaves = {};
  const all = [];
  for (const leaf of found) {
    if (leaf.redacted) {
      all.push(...leaf.redacted);
      continue;
    }
    const salt = c.salts[leaf.pointer];
    if (salt === undefined) throw new Error(`no salt for ${leaf.pointer}`);
    const hash = keccak256(concat([salt, keccak256(toUtf8Bytes(leaf.pointer)), toUtf8Bytes(canonical(leaf.value))]));
    leaves[leaf.pointer] = hash;
    all.push(hash);
  }
  if (Object.keys(c.salts).length !== Object.keys(leaves).length) throw new Error("unused salt");
  all.sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0));
  return { documentHash: keccak256(concat(all.map((h) => getBytes(h)))), leaves };
};
