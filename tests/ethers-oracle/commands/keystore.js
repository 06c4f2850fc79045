"use strict";
const { decryptKeystoreJsonSync, encryptKeystoreJsonSync, computeAddress } = require("ethers");

// case: { json, password } -> { privateKey, address }                      (ethers opens a keystore)
//   or  { privateKey, password, n } -> { json }                            (ethers writes a scrypt keystore)
exports.run = (c) => {
  if (c.json !== undefined) {
    const account = decryptKeystoreJsonSync(c.json, c.password);
    return { privateKey: account.privateKey, address: account.address };
  }
  const json = encryptKeystoreJsonSync(
    { address: computeAddress(c.privateKey), privateKey: c.privateKey },
    c.password,
    { scrypt: { N: c.n } },
  );
  return { json };
};
