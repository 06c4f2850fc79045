// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IAccreditation} from "./IAccreditation.sol";

/// @title Provenance registry: batch anchoring, revocation, supersession and customs decisions
/// @notice A batch is the root of a sorted-pair keccak Merkle tree whose leaves are keccak256(documentHash)
/// (FORMAT.md section 4). Issuers anchor batches directly or through a relayer with an EIP-712 signature of
/// AnchorBatch(bytes32 root,bytes32 docType,uint256 count,string uri,uint256 nonce,uint256 deadline) under the
/// domain {name "ProvenanceRegistry", version "1", chainId, verifyingContract}.
interface IProvenanceRegistry is IAccreditation {
    /// @notice A customs authority's decision on a document.
    /// @dev Numeric values are part of the ABI: None = 0 (never recorded), Released = 1, Held = 2,
    /// InspectionRequired = 3, Rejected = 4.
    enum Decision {
        None,
        Released,
        Held,
        InspectionRequired,
        Rejected
    }

    /// @notice A batch was anchored through a relayer (`anchorBySig`).
    /// @param root the batch's Merkle root
    /// @param issuer the accredited issuer, the signer
    /// @param docType the document type of every document in the batch
    /// @param count the number of documents in the batch
    /// @param uri where the issuer publishes the batch (may be empty)
    /// @param relayer the account that sent the transaction
    event BatchAnchored(
        bytes32 indexed root,
        address indexed issuer,
        bytes32 indexed docType,
        uint32 count,
        string uri,
        address relayer
    );

    /// @notice A batch was anchored by its issuer (`anchor`). Anonymous, to cost no more than a bare root: the
    /// log's only topic is the root and its data is one word. It is the registry's only log with one topic and
    /// 32 bytes of data, which is how readers tell it apart: test that shape before topic 0, since a root may equal
    /// any event's topic 0. The document type is the accreditation's
    /// (`accreditationKey`, or the id in AccreditationGranted).
    /// @param root the batch's Merkle root
    /// @param terms count << 192 | accreditation id << 160 | issuer
    event BatchAnchoredDirect(bytes32 indexed root, uint256 terms) anonymous;

    /// @notice A whole batch was revoked; every document in it is revoked with it.
    /// @param root the batch's root
    /// @param issuer the batch's issuer
    /// @param reason a revocation reason code: 1 issued in error, 2 fraud, 3 replaced, 4 withdrawn,
    /// 5 key compromise, 6 governance order
    /// @param revokedBy the issuer or the governance account that revoked it
    event BatchRevoked(bytes32 indexed root, address indexed issuer, uint16 reason, address revokedBy);

    /// @notice One document of a batch was revoked.
    /// @param docHash the document's hash
    /// @param issuer the issuer of the batch holding the document
    /// @param root the batch the document was proven to belong to
    /// @param reason a revocation reason code (see BatchRevoked)
    /// @param revokedBy the issuer or the governance account that revoked it
    event DocumentRevoked(
        bytes32 indexed docHash,
        address indexed issuer,
        bytes32 indexed root,
        uint16 reason,
        address revokedBy
    );

    /// @notice A document was replaced by a corrected one of the same issuer.
    /// @param oldHash the replaced document's hash
    /// @param newHash the replacing document's hash
    /// @param issuer the issuer of both documents
    /// @param oldRoot the batch holding the replaced document
    /// @param newRoot the batch holding the replacing document
    event Superseded(
        bytes32 indexed oldHash,
        bytes32 indexed newHash,
        address indexed issuer,
        bytes32 oldRoot,
        bytes32 newRoot
    );

    /// @notice A customs authority recorded a decision on a document; decisions accumulate.
    /// @param docHash the document's hash
    /// @param authority the customs authority
    /// @param index the decision's position in the document's history (0 for the first)
    /// @param decision the decision
    /// @param country the authority's ISO 3166-1 alpha-2 code, ASCII (e.g. "DE" = 0x4445)
    /// @param declarationRef the authority's reference, e.g. the customs declaration number
    event DecisionRecorded(
        bytes32 indexed docHash,
        address indexed authority,
        uint32 index,
        Decision decision,
        bytes2 country,
        string declarationRef
    );

    /// @notice Governance made `authority` a customs authority of `country`.
    /// @param authority the account
    /// @param country ISO 3166-1 alpha-2 code, two upper-case ASCII letters
    event CustomsAuthorityAdded(address indexed authority, bytes2 country);

    /// @notice `authority` is no longer a customs authority (removed by governance or renounced).
    /// @param authority the account
    /// @param country the country it represented
    event CustomsAuthorityRemoved(address indexed authority, bytes2 country);

    /// @notice The contract's version, "2.0.0"; a new version is a new deployment.
    /// @return the semantic version
    function version() external pure returns (string memory);

    /// @notice Anchors a batch as its issuer, under one of the caller's accreditations that is active now.
    /// Emits BatchAnchoredDirect. The batch's document type is the accreditation's; a URI, if any, travels in
    /// the issuer's signed AnchorBatch inside each bundle.
    /// @param root the batch's Merkle root (never zero; a root is anchored once)
    /// @param terms count << 192 | accreditationId(caller, docType) << 160, with the low 160 bits zero (the
    /// event fills in the caller); count from 1 to 2^32-1
    function anchor(bytes32 root, uint256 terms) external;

    /// @notice Anchors a batch on behalf of `issuer`, authorised by its EIP-712 AnchorBatch signature;
    /// anyone may submit it. The signature consumes the issuer's nonce.
    /// @param root the batch's Merkle root
    /// @param docType the document type of the batch
    /// @param count the number of documents
    /// @param uri where the batch is published (may be empty)
    /// @param issuer the signer; must be accredited for `docType` now
    /// @param nonce must equal `nonces(issuer)`
    /// @param deadline unix time after which the signature is refused
    /// @param signature 65-byte ECDSA signature (r, s, v) of the typed data
    function anchorBySig(
        bytes32 root,
        bytes32 docType,
        uint256 count,
        string calldata uri,
        address issuer,
        uint256 nonce,
        uint256 deadline,
        bytes calldata signature
    ) external;

    /// @notice Revokes a whole batch; by its issuer or governance.
    /// @param root the batch's root
    /// @param reason a revocation reason code, 1 to 6
    function revokeBatch(bytes32 root, uint16 reason) external;

    /// @notice Revokes one document, proven to belong to `root`; by the batch's issuer or governance.
    /// @param docHash the document's hash
    /// @param root the anchored batch holding it
    /// @param proof the document's Merkle proof in that batch
    /// @param reason a revocation reason code, 1 to 6
    function revokeDocument(bytes32 docHash, bytes32 root, bytes32[] calldata proof, uint16 reason) external;

    /// @notice Marks `oldHash` as replaced by `newHash`; the caller must be the issuer of both batches.
    /// @param oldHash the replaced document
    /// @param oldRoot the batch holding it
    /// @param oldProof its Merkle proof
    /// @param newHash the replacing document
    /// @param newRoot the batch holding it
    /// @param newProof its Merkle proof
    function supersede(
        bytes32 oldHash,
        bytes32 oldRoot,
        bytes32[] calldata oldProof,
        bytes32 newHash,
        bytes32 newRoot,
        bytes32[] calldata newProof
    ) external;

    /// @notice Records a customs decision on a document; only customs authorities.
    /// @param docHash the document's hash
    /// @param decision any value but None
    /// @param declarationRef the authority's reference, e.g. the customs declaration number
    function recordDecision(bytes32 docHash, Decision decision, string calldata declarationRef) external;

    /// @notice Makes `authority` a customs authority of `country`; only governance.
    /// @param authority the account
    /// @param country ISO 3166-1 alpha-2 code, two upper-case ASCII letters
    function addCustomsAuthority(address authority, bytes2 country) external;

    /// @notice Removes a customs authority; only governance.
    /// @param authority the account
    function removeCustomsAuthority(address authority) external;

    /// @notice A batch by its root; all zero when the root was never anchored.
    /// @param root the batch's root
    /// @return issuer the issuer
    /// @return docType the document type
    /// @return count the number of documents
    /// @return anchoredAt the anchoring block's unix time
    /// @return anchoredBlock the anchoring block's number
    /// @return revokedFor 0 when not revoked, else the reason code
    function batch(bytes32 root)
        external
        view
        returns (
            address issuer,
            bytes32 docType,
            uint32 count,
            uint40 anchoredAt,
            uint40 anchoredBlock,
            uint16 revokedFor
        );

    /// @notice Whether a document hash was revoked alone, or a batch root was revoked.
    /// @dev A document inside a revoked batch is revoked too: check its root as well.
    /// @param hash a document hash or a batch root
    /// @return revoked true when revoked
    function isRevoked(bytes32 hash) external view returns (bool revoked);

    /// @notice The revocation reason of a document hash or batch root, 0 when not revoked.
    /// @param hash a document hash or a batch root
    /// @return reason the reason code
    function revocationReason(bytes32 hash) external view returns (uint16 reason);

    /// @notice The document that replaced `docHash`, zero when none.
    /// @param docHash the document's hash
    /// @return newHash the replacing document's hash
    function supersededBy(bytes32 docHash) external view returns (bytes32 newHash);

    /// @notice Whether `root` is anchored and `proof` (at most 32 hashes) proves `docHash` in it (revocation
    /// not considered).
    /// @param docHash the document's hash
    /// @param root the batch's root
    /// @param proof the Merkle proof, siblings bottom-up
    /// @return valid true when both hold
    function verifyDocument(bytes32 docHash, bytes32 root, bytes32[] calldata proof) external view returns (bool valid);

    /// @notice The next nonce an issuer's AnchorBatch signature must carry.
    /// @param issuer the issuer
    /// @return the nonce
    function nonces(address issuer) external view returns (uint256);

    /// @notice How many decisions were recorded on a document.
    /// @param docHash the document's hash
    /// @return count the number of decisions
    function decisionCount(bytes32 docHash) external view returns (uint256 count);

    /// @notice One recorded decision, oldest first.
    /// @param docHash the document's hash
    /// @param index below `decisionCount(docHash)`
    /// @return authority the customs authority
    /// @return decision the decision
    /// @return country the authority's country
    /// @return recordedAt the block time it was recorded
    function decisionAt(bytes32 docHash, uint256 index)
        external
        view
        returns (address authority, Decision decision, bytes2 country, uint40 recordedAt);

    /// @notice The country of a customs authority, zero when the account is none.
    /// @param authority the account
    /// @return country ISO 3166-1 alpha-2 code
    function customsCountry(address authority) external view returns (bytes2 country);
}
