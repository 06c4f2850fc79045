"use strict";
const { keccak256 } = require("ethers");

// case: { data: hex } -> { hash: hex }
exports.run = (c) => ({ hash: keccak256(c.data) });
