"use strict";
const { AbiCoder } = require("ethers");
const { normalizeAll } = require("./abi-values");

// case: { types: [string], values: [json] } -> { data: hex, roundTrip: [json] } (ethers' decode of its own encoding)
exports.run = (c) => {
  const coder = AbiCoder.defaultAbiCoder();
  const data = coder.encode(c.types, c.values);
  return { data, roundTrip: normalizeAll(c.types, coder.decode(c.types, data)) };
};
