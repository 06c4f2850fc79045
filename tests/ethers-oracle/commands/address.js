"use strict";
const { getAddress, computeAddress } = require("ethers");

// case: { privateKey } -> { address, publicKey }   or   { text } -> { address } (getAddress parsing)
exports.run = (c) => {
  if (c.privateKey) {
    const { SigningKey } = require("ethers");
    const key = new SigningKey(c.privateKey);
    return { address: computeAddress(c.privateKey), publicKey: "0x" + key.publicKey.slice(4) };
  }
  return { address: getAddress(c.text) };
};
