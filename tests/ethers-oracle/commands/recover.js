"use strict";
const { recoverAddress, verifyMessage, getBytes } = require("ethers");

// case: { digest, signature } -> { address }   or   { message, signature } -> { address } (personal_sign)
exports.run = (c) => {
  if (c.message !== undefined) {
    return { address: verifyMessage(getBytes(c.message), c.signature) };
  }
  return { address: recoverAddress(c.digest, c.signature) };
};
