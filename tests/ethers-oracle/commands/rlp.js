"use strict";
const { encodeRlp, decodeRlp } = require("ethers");

// case: { value: nested arrays of hex strings } -> { encoded }   or   { encoded } -> { value }
exports.run = (c) => (c.encoded !== undefined ? { value: decodeRlp(c.encoded) } : { encoded: encodeRlp(c.value) });
