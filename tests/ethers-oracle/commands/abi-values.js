"use strict";
// Shared by the abi-* commands: converts ethers' decoded values into the JSON the C# tests write —
// integers as decimal strings, addresses and bytes as lower-case hex, arrays and tuples as JSON arrays.
const { ParamType } = require("ethers");

function normalize(param, value) {
  if (param.isArray()) {
    return Array.from(value, (v) => normalize(param.arrayChildren, v));
  }
  if (param.isTuple()) {
    return param.components.map((c, i) => normalize(c, value[i]));
  }
  if (typeof value === "bigint") {
    return value.toString();
  }
  if (param.baseType === "address") {
    return value.toLowerCase();
  }
  return value;
}

exports.normalizeAll = (types, values) => types.map((t, i) => normalize(ParamType.from(t), values[i]));
exports.normalize = normalize;
