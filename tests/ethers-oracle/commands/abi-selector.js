"use strict";
const { FunctionFragment, EventFragment } = require("ethers");

// case: { name, types: [string] } -> { signature, selector, topic } as ethers formats and hashes them
exports.run = (c) => {
  const fn = FunctionFragment.from(`function ${c.name}(${c.types.join(",")})`);
  const ev = EventFragment.from(`event ${c.name}(${c.types.join(",")})`);
  return { signature: fn.format("sighash"), selector: fn.selector, topic: ev.topicHash };
};
