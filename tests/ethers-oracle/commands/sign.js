"use strict";
const { SigningKey, Wallet, getBytes } = require("ethers");

// case: { privateKey, digest } -> { signature }   or   { privateKey, message } -> { signature } (personal_sign)
exports.run = (c) => {
  if (c.message !== undefined) {
    return { signature: new Wallet(c.privateKey).signMessageSync(getBytes(c.message)) };
  }
  return { signature: new SigningKey(c.privateKey).sign(c.digest).serialized };
};
