"use strict";
const { AbiCoder } = require("ethers");
const { normalizeAll } = require("./abi-values");

// case: { types: [string], data: hex } -> { values: [json] }
exports.run = (c) => ({ values: normalizeAll(c.types, AbiCoder.defaultAbiCoder().decode(c.types, c.data)) });
