"use strict";
const { Interface } = require("ethers");
const { normalizeAll } = require("./abi-values");

// case: { abi: [json fragments], name, values: [json] } -> { data: revert data, signature, args: [json] }
// The revert data is encoded by ethers (encodeErrorResult) and parsed back by ethers (parseError), which
// also knows the built-in Error(string) and Panic(uint256).
exports.run = (c) => {
  const iface = new Interface(c.abi);
  const data = c.name === "Error" || c.name === "Panic"
    ? new Interface([`error ${c.name}(${c.name === "Error" ? "string" : "uint256"})`]).encodeErrorResult(c.name, c.values)
    : iface.encodeErrorResult(c.name, c.values);
  const parsed = iface.parseError(data);
  return { data, signature: parsed.signature, args: normalizeAll(parsed.fragment.inputs.map((p) => p.format("sighash")), parsed.args) };
};
