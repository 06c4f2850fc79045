// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {IAccreditation} from "./interfaces/IAccreditation.sol";
import {IProvenanceRegistry} from "./interfaces/IProvenanceRegistry.sol";
import {ProvenanceAccreditation} from "./ProvenanceAccreditation.sol";

/// @title Provenance registry: anchors batches of trade-document hashes and keeps their status
/// @notice One deployment per registry version (no proxy); the indexer may follow several addresses.
/// Revocation reason codes: 1 issued in error, 2 fraud, 3 replaced, 4 withdrawn, 5 key compromise,
/// 6 governance order.
contract ProvenanceRegistry is IProvenanceRegistry, ProvenanceAccreditation, EIP712 {
    /// @notice Role of customs authorities; granted only with a country, through addCustomsAuthority.
    bytes32 public constant CUSTOMS_ROLE = keccak256("CUSTOMS_ROLE");

    /// @notice EIP-712 type hash of the issuer's anchoring authorisation.
    bytes32 public constant ANCHOR_BATCH_TYPEHASH = keccak256(
        "AnchorBatch(bytes32 root,bytes32 docType,uint256 count,string uri,uint256 nonce,uint256 deadline)"
    );

    /// @notice The longest Merkle proof accepted: a batch holds at most 2^32 - 1 documents.
    uint256 public constant MAX_PROOF_LENGTH = 32;

    uint16 private constant _MAX_REVOCATION_REASON = 6;

    /// @dev One slot per batch; the accreditation id stands for the issuer and the document type.
    struct BatchRecord {
        uint32 accreditationId;
        uint32 count;
        uint40 anchoredAt;
        uint40 anchoredBlock;
        uint16 revocationReason;
    }

    /// @dev One slot per decision. `count` is kept in the document's first decision only, so the first
    /// decision costs one new slot and every later one a new slot plus a warm update.
    struct DecisionRecord {
        address authority;
        uint40 recordedAt;
        Decision decision;
        bytes2 country;
        uint32 count;
    }

    /// @dev `accredited` is set at the issuer's first grant so that its first nonce use updates a
    /// non-zero slot instead of creating one (saves about 17,000 gas on the relayed path).
    struct IssuerAccount {
        uint64 nonce;
        bool accredited;
    }

    mapping(bytes32 root => BatchRecord) private _batches;
    mapping(bytes32 docHash => uint16 reason) private _documentRevocations;
    mapping(bytes32 docHash => bytes32 newHash) private _supersessions;
    mapping(bytes32 docHash => mapping(uint256 index => DecisionRecord)) private _decisions;
    mapping(address issuer => IssuerAccount) private _issuers;
    mapping(address authority => bytes2 country) private _customsCountries;

    /// @notice The root is zero.
    error ProvenanceRegistryZeroRoot();

    /// @notice The document count is 0 or does not fit 32 bits.
    /// @param count the rejected count
    error ProvenanceRegistryInvalidCount(uint256 count);

    /// @notice The low 160 bits of `anchor`'s terms are not zero (they are the event's, for the caller).
    /// @param terms the rejected terms
    error ProvenanceRegistryInvalidAnchorTerms(uint256 terms);

    /// @notice The root is already anchored.
    /// @param root the root
    error ProvenanceRegistryAlreadyAnchored(bytes32 root);

    /// @notice The root was never anchored.
    /// @param root the root
    error ProvenanceRegistryNotAnchored(bytes32 root);

    /// @notice The signature's deadline has passed.
    /// @param deadline the signed deadline
    error ProvenanceRegistrySignatureExpired(uint256 deadline);

    /// @notice The nonce is not the issuer's next nonce (already used, or ahead).
    /// @param issuer the issuer
    /// @param expected nonces(issuer)
    /// @param provided the signed nonce
    error ProvenanceRegistryInvalidNonce(address issuer, uint256 expected, uint256 provided);

    /// @notice The signature is malformed or not the issuer's signature of this AnchorBatch.
    /// @param issuer the claimed signer
    error ProvenanceRegistryInvalidSignature(address issuer);

    /// @notice The caller is neither the batch's issuer nor governance (or, for supersede, not its issuer).
    /// @param root the batch
    /// @param caller the caller
    error ProvenanceRegistryNotBatchIssuer(bytes32 root, address caller);

    /// @notice The revocation reason code is not one of 1 to 6.
    /// @param reason the rejected code
    error ProvenanceRegistryInvalidRevocationReason(uint16 reason);

    /// @notice The document hash or batch root is already revoked.
    /// @param hash the hash
    error ProvenanceRegistryAlreadyRevoked(bytes32 hash);

    /// @notice The proof does not prove the document in the batch.
    /// @param docHash the document
    /// @param root the batch
    error ProvenanceRegistryInvalidProof(bytes32 docHash, bytes32 root);

    /// @notice The document is already superseded.
    /// @param docHash the document
    /// @param newHash the document that replaced it
    error ProvenanceRegistryAlreadySuperseded(bytes32 docHash, bytes32 newHash);

    /// @notice A document cannot supersede itself, nor be replaced by a revoked document or batch.
    /// @param oldHash the replaced document
    /// @param newHash the replacing document
    error ProvenanceRegistryInvalidSupersession(bytes32 oldHash, bytes32 newHash);

    /// @notice The caller is not a customs authority.
    /// @param account the account
    error ProvenanceRegistryNotCustomsAuthority(address account);

    /// @notice The account is already a customs authority.
    /// @param account the account
    /// @param country its country
    error ProvenanceRegistryAlreadyCustomsAuthority(address account, bytes2 country);

    /// @notice The country is not two upper-case ASCII letters.
    /// @param country the rejected code
    error ProvenanceRegistryInvalidCountry(bytes2 country);

    /// @notice CUSTOMS_ROLE carries a country: grant it with addCustomsAuthority.
    /// @param account the account
    error ProvenanceRegistryCustomsRoleNeedsCountry(address account);

    /// @notice Decision None cannot be recorded.
    error ProvenanceRegistryInvalidDecision();

    /// @param governance receives DEFAULT_ADMIN_ROLE and GOVERNANCE_ROLE
    constructor(address governance) ProvenanceAccreditation(governance) EIP712("ProvenanceRegistry", "1") {
        _setRoleAdmin(CUSTOMS_ROLE, GOVERNANCE_ROLE);
    }

    /// @inheritdoc IProvenanceRegistry
    function version() external pure returns (string memory) {
        return "2.0.0";
    }

    /// @inheritdoc IProvenanceRegistry
    /// @dev The issuer's hot path, written to cost less than a registry that stores a bare root (#9): one
    /// read of the accreditation's slot by id, one new batch slot, one log with one topic. The assembly only
    /// decides; `_refuseAnchor` names the reason in Solidity. The word written is BatchRecord's layout
    /// (accreditationId bits 0-31, count 32-63, anchoredAt 64-103, anchoredBlock 104-143, revocation 0), which
    /// `batch` reads back; the Hardhat tests hold the two together.
    function anchor(bytes32 root, uint256 terms) external {
        bool accepted;
        // The hot path above, in assembly; every refusal is Solidity's.
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            let count := shr(192, terms)
            let id := and(shr(160, terms), 0xffffffff)
            mstore(0x00, id)
            mstore(0x20, _accreditationsById.slot)
            // issuer (bits 0-159), status (160-167), validFrom (168-207), validUntil (208-247)
            let accreditation := sload(keccak256(0x00, 0x40))
            mstore(0x00, root)
            mstore(0x20, _batches.slot)
            let slot := keccak256(0x00, 0x40)
            accepted := and(
                and(
                    and(iszero(iszero(root)), iszero(and(terms, 0xffffffffffffffffffffffffffffffffffffffff))),
                    and(iszero(iszero(count)), lt(count, 0x100000000))
                ),
                and(
                    // the caller's accreditation, Active (1), and now within [validFrom, validUntil)
                    eq(and(accreditation, 0xffffffffffffffffffffffffffffffffffffffffff), or(caller(), shl(160, 1))),
                    and(
                        iszero(gt(and(shr(168, accreditation), 0xffffffffff), timestamp())),
                        lt(timestamp(), and(shr(208, accreditation), 0xffffffffff))
                    )
                )
            )
            // not anchored yet: anchoredBlock (bits 104-143) is zero
            accepted := and(accepted, iszero(and(shr(104, sload(slot)), 0xffffffffff)))
            if accepted {
                sstore(slot, or(or(id, shl(32, count)), or(shl(64, timestamp()), shl(104, number()))))
                mstore(0x00, or(terms, caller()))
                log1(0x00, 0x20, root)
            }
        }
        if (!accepted) _refuseAnchor(root, terms);
    }

    /// @inheritdoc IProvenanceRegistry
    function anchorBySig(
        bytes32 root,
        bytes32 docType,
        uint256 count,
        string calldata uri,
        address issuer,
        uint256 nonce,
        uint256 deadline,
        bytes calldata signature
    ) external {
        if (block.timestamp > deadline) revert ProvenanceRegistrySignatureExpired(deadline);
        IssuerAccount storage account = _issuers[issuer];
        uint256 expected = account.nonce;
        if (nonce != expected) revert ProvenanceRegistryInvalidNonce(issuer, expected, nonce);
        bytes32 digest = _hashTypedDataV4(
            keccak256(abi.encode(ANCHOR_BATCH_TYPEHASH, root, docType, count, keccak256(bytes(uri)), nonce, deadline))
        );
        (address signer, ECDSA.RecoverError recoverError,) = ECDSA.tryRecover(digest, signature);
        if (recoverError != ECDSA.RecoverError.NoError || signer != issuer) {
            revert ProvenanceRegistryInvalidSignature(issuer);
        }
        account.nonce = uint64(expected + 1);
        _anchor(root, docType, count, uri, issuer);
    }

    /// @inheritdoc IProvenanceRegistry
    function revokeBatch(bytes32 root, uint16 reason) external {
        _requireRevocationReason(reason);
        BatchRecord storage record = _anchoredBatch(root);
        address issuer = _requireIssuerOrGovernance(root, record);
        if (record.revocationReason != 0) revert ProvenanceRegistryAlreadyRevoked(root);
        record.revocationReason = reason;
        emit BatchRevoked(root, issuer, reason, msg.sender);
    }

    /// @inheritdoc IProvenanceRegistry
    function revokeDocument(bytes32 docHash, bytes32 root, bytes32[] calldata proof, uint16 reason) external {
        _requireRevocationReason(reason);
        BatchRecord storage record = _anchoredBatch(root);
        address issuer = _requireIssuerOrGovernance(root, record);
        _requireProof(docHash, root, proof);
        if (_documentRevocations[docHash] != 0) revert ProvenanceRegistryAlreadyRevoked(docHash);
        _documentRevocations[docHash] = reason;
        emit DocumentRevoked(docHash, issuer, root, reason, msg.sender);
    }

    /// @inheritdoc IProvenanceRegistry
    function supersede(
        bytes32 oldHash,
        bytes32 oldRoot,
        bytes32[] calldata oldProof,
        bytes32 newHash,
        bytes32 newRoot,
        bytes32[] calldata newProof
    ) external {
        _requireOwnBatch(oldRoot);
        BatchRecord storage newBatch = _requireOwnBatch(newRoot);
        _requireProof(oldHash, oldRoot, oldProof);
        _requireProof(newHash, newRoot, newProof);
        if (_supersessions[oldHash] != bytes32(0)) {
            revert ProvenanceRegistryAlreadySuperseded(oldHash, _supersessions[oldHash]);
        }
        if (oldHash == newHash || newBatch.revocationReason != 0 || _documentRevocations[newHash] != 0) {
            revert ProvenanceRegistryInvalidSupersession(oldHash, newHash);
        }
        _supersessions[oldHash] = newHash;
        emit Superseded(oldHash, newHash, msg.sender, oldRoot, newRoot);
    }

    /// @inheritdoc IProvenanceRegistry
    function recordDecision(bytes32 docHash, Decision decision, string calldata declarationRef) external {
        bytes2 country = _customsCountries[msg.sender];
        if (country == bytes2(0)) revert ProvenanceRegistryNotCustomsAuthority(msg.sender);
        if (decision == Decision.None) revert ProvenanceRegistryInvalidDecision();
        DecisionRecord storage first = _decisions[docHash][0];
        uint32 index = first.count;
        if (index == 0) {
            _decisions[docHash][0] = DecisionRecord(msg.sender, _now(), decision, country, 1);
        } else {
            first.count = index + 1;
            _decisions[docHash][index] = DecisionRecord(msg.sender, _now(), decision, country, 0);
        }
        emit DecisionRecorded(docHash, msg.sender, index, decision, country, declarationRef);
    }

    /// @inheritdoc IProvenanceRegistry
    function addCustomsAuthority(address authority, bytes2 country) external onlyRole(GOVERNANCE_ROLE) {
        if (authority == address(0)) revert ProvenanceRegistryInvalidAccount(authority);
        if (!_isCountryCode(country)) revert ProvenanceRegistryInvalidCountry(country);
        bytes2 existing = _customsCountries[authority];
        if (existing != bytes2(0)) revert ProvenanceRegistryAlreadyCustomsAuthority(authority, existing);
        _customsCountries[authority] = country;
        _grantRole(CUSTOMS_ROLE, authority);
        emit CustomsAuthorityAdded(authority, country);
    }

    /// @inheritdoc IProvenanceRegistry
    function removeCustomsAuthority(address authority) external onlyRole(GOVERNANCE_ROLE) {
        if (_customsCountries[authority] == bytes2(0)) revert ProvenanceRegistryNotCustomsAuthority(authority);
        _revokeRole(CUSTOMS_ROLE, authority);
    }

    /// @inheritdoc IProvenanceRegistry
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
        )
    {
        BatchRecord storage record = _batches[root];
        if (record.anchoredBlock == 0) return (address(0), bytes32(0), 0, 0, 0, 0);
        (issuer, docType) = _accreditationKey(record.accreditationId);
        return (issuer, docType, record.count, record.anchoredAt, record.anchoredBlock, record.revocationReason);
    }

    /// @inheritdoc IProvenanceRegistry
    function isRevoked(bytes32 hash) external view returns (bool) {
        return _revocationReason(hash) != 0;
    }

    /// @inheritdoc IProvenanceRegistry
    function revocationReason(bytes32 hash) external view returns (uint16) {
        return _revocationReason(hash);
    }

    /// @inheritdoc IProvenanceRegistry
    function supersededBy(bytes32 docHash) external view returns (bytes32) {
        return _supersessions[docHash];
    }

    /// @inheritdoc IProvenanceRegistry
    function verifyDocument(bytes32 docHash, bytes32 root, bytes32[] calldata proof) external view returns (bool) {
        return _batches[root].anchoredBlock != 0 && _proves(docHash, root, proof);
    }

    /// @inheritdoc IProvenanceRegistry
    function nonces(address issuer) external view returns (uint256) {
        return _issuers[issuer].nonce;
    }

    /// @inheritdoc IProvenanceRegistry
    function decisionCount(bytes32 docHash) external view returns (uint256) {
        return _decisions[docHash][0].count;
    }

    /// @inheritdoc IProvenanceRegistry
    function decisionAt(bytes32 docHash, uint256 index)
        external
        view
        returns (address authority, Decision decision, bytes2 country, uint40 recordedAt)
    {
        uint256 count = _decisions[docHash][0].count;
        if (index >= count) revert ProvenanceRegistryIndexOutOfRange(index, count);
        DecisionRecord storage record = _decisions[docHash][index];
        return (record.authority, record.decision, record.country, record.recordedAt);
    }

    /// @inheritdoc IProvenanceRegistry
    function customsCountry(address authority) external view returns (bytes2) {
        return _customsCountries[authority];
    }

    /// @notice ERC-165: AccessControl and the registry's own interfaces.
    /// @param interfaceId the interface identifier
    /// @return true when supported
    function supportsInterface(bytes4 interfaceId) public view override returns (bool) {
        return interfaceId == type(IProvenanceRegistry).interfaceId || interfaceId == type(IAccreditation).interfaceId
            || super.supportsInterface(interfaceId);
    }

    /// @dev Keeps CUSTOMS_ROLE and the authority's country together: the role is granted only with a country.
    function _grantRole(bytes32 role, address account) internal override returns (bool) {
        if (role == CUSTOMS_ROLE && _customsCountries[account] == bytes2(0)) {
            revert ProvenanceRegistryCustomsRoleNeedsCountry(account);
        }
        return super._grantRole(role, account);
    }

    /// @dev Removing CUSTOMS_ROLE (by governance or renounced) also removes the country.
    function _revokeRole(bytes32 role, address account) internal override returns (bool) {
        bool revoked = super._revokeRole(role, account);
        if (revoked && role == CUSTOMS_ROLE) {
            bytes2 country = _customsCountries[account];
            delete _customsCountries[account];
            emit CustomsAuthorityRemoved(account, country);
        }
        return revoked;
    }

    /// @inheritdoc ProvenanceAccreditation
    function _onIssuerAccredited(address issuer) internal override {
        _issuers[issuer].accredited = true;
    }

    function _anchor(bytes32 root, bytes32 docType, uint256 count, string calldata uri, address issuer) private {
        if (root == bytes32(0)) revert ProvenanceRegistryZeroRoot();
        if (count == 0 || count > type(uint32).max) revert ProvenanceRegistryInvalidCount(count);
        uint32 accreditationId = _requireAccreditedNow(issuer, docType);
        BatchRecord storage record = _batches[root];
        if (record.anchoredBlock != 0) revert ProvenanceRegistryAlreadyAnchored(root);
        _batches[root] = BatchRecord(accreditationId, uint32(count), _now(), uint40(block.number), 0);
        emit BatchAnchored(root, issuer, docType, uint32(count), uri, msg.sender);
    }

    /// @dev Why `anchor` refused, checked in the order a caller would fix it; always reverts.
    function _refuseAnchor(bytes32 root, uint256 terms) private view {
        uint256 count = terms >> 192;
        if (root == bytes32(0)) revert ProvenanceRegistryZeroRoot();
        if (count == 0 || count > type(uint32).max) revert ProvenanceRegistryInvalidCount(count);
        if (uint160(terms) != 0) revert ProvenanceRegistryInvalidAnchorTerms(terms);
        AccreditationById storage accreditation = _accreditationsById[uint32(terms >> 160)];
        if (
            accreditation.issuer != msg.sender
                || !_isActiveNow(accreditation.status, accreditation.validFrom, accreditation.validUntil)
        ) {
            revert ProvenanceRegistryNotAccredited(msg.sender, accreditation.docType);
        }
        revert ProvenanceRegistryAlreadyAnchored(root);
    }

    function _anchoredBatch(bytes32 root) private view returns (BatchRecord storage record) {
        record = _batches[root];
        if (record.anchoredBlock == 0) revert ProvenanceRegistryNotAnchored(root);
    }

    function _requireIssuerOrGovernance(bytes32 root, BatchRecord storage record)
        private
        view
        returns (address issuer)
    {
        (issuer,) = _accreditationKey(record.accreditationId);
        if (msg.sender != issuer && !hasRole(GOVERNANCE_ROLE, msg.sender)) {
            revert ProvenanceRegistryNotBatchIssuer(root, msg.sender);
        }
    }

    function _requireOwnBatch(bytes32 root) private view returns (BatchRecord storage record) {
        record = _anchoredBatch(root);
        (address issuer,) = _accreditationKey(record.accreditationId);
        if (msg.sender != issuer) revert ProvenanceRegistryNotBatchIssuer(root, msg.sender);
    }

    function _requireProof(bytes32 docHash, bytes32 root, bytes32[] calldata proof) private pure {
        if (!_proves(docHash, root, proof)) revert ProvenanceRegistryInvalidProof(docHash, root);
    }

    /// @dev FORMAT.md section 4: the tree's leaf is keccak256(documentHash), inner nodes are sorted pairs.
    /// The length cap bounds the loop over the caller's array.
    function _proves(bytes32 docHash, bytes32 root, bytes32[] calldata proof) private pure returns (bool) {
        return proof.length <= MAX_PROOF_LENGTH
            && MerkleProof.verifyCalldata(proof, root, keccak256(abi.encode(docHash)));
    }

    function _revocationReason(bytes32 hash) private view returns (uint16) {
        uint16 reason = _documentRevocations[hash];
        return reason != 0 ? reason : _batches[hash].revocationReason;
    }

    function _requireRevocationReason(uint16 reason) private pure {
        if (reason == 0 || reason > _MAX_REVOCATION_REASON) revert ProvenanceRegistryInvalidRevocationReason(reason);
    }

    function _isCountryCode(bytes2 country) private pure returns (bool) {
        return _isUpperLetter(country[0]) && _isUpperLetter(country[1]);
    }

    function _isUpperLetter(bytes1 character) private pure returns (bool) {
        return character >= "A" && character <= "Z";
    }
}
