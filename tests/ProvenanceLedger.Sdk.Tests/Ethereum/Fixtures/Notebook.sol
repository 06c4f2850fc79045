// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title A small contract for the SDK's contract-client tests: calls, events, and each kind of revert.
contract Notebook {
    struct Entry {
        bytes32 id;
        string note;
    }

    /// @param value The value that was written.
    /// @param limit The largest value allowed.
    error NotebookValueTooLarge(uint256 value, uint256 limit);

    event Written(address indexed author, bytes32 indexed id, string indexed tag, uint256 value, string note);

    address public immutable owner;
    uint256 public limit;
    uint256 public total;
    mapping(bytes32 => uint256) public values;

    constructor(uint256 limit_) {
        owner = msg.sender;
        limit = limit_;
    }

    function write(bytes32 id, uint256 value, string calldata tag, string calldata note) external {
        if (value > limit) {
            revert NotebookValueTooLarge(value, limit);
        }
        values[id] = value;
        total += value;
        emit Written(msg.sender, id, tag, value, note);
    }

    function ownerOnly() external view returns (bool) {
        require(msg.sender == owner, "Notebook: caller is not the owner");
        return true;
    }

    function divide(uint256 a, uint256 b) external pure returns (uint256) {
        return a / b;
    }

    function echo(Entry[] calldata entries, int64[2] calldata pair) external pure returns (Entry[] memory, int64[2] memory, uint256) {
        return (entries, pair, entries.length);
    }
}
