"use strict";
const { TypedDataEncoder, Wallet } = require("ethers");

// case: { types, primaryType, domain, message, privateKey? } (eth_signTypedData_v4 shape)
//   -> { encodeType, structHash, domainSeparator, digest, signature? }
exports.run = async (c) => {
  const types = { ...c.types };
  delete types.EIP712Domain; // ethers derives the domain type from the domain object
  const encoder = TypedDataEncoder.from(types);
  const result = {
    encodeType: encoder.encodeType(c.primaryType),
    structHash: encoder.hashStruct(c.primaryType, c.message),
    domainSeparator: TypedDataEncoder.hashDomain(c.domain),
    digest: TypedDataEncoder.hash(c.domain, types, c.message),
  };
  if (c.privateKey) {
    result.signature = await new Wallet(c.privateKey).signTypedData(c.domain, types, c.message);
  }
  return result;
};
