// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title Issuer accreditation per document type, with a history that answers "accredited at time T?"
/// @notice Governance accredits an issuer for a document type (bytes32 = keccak256 of its kebab-case name)
/// within a validity window, may suspend, reinstate or end it, and may grant again later. Every change keeps
/// the earlier periods, so an accreditation that was valid when a batch was anchored stays provable.
interface IAccreditation {
    /// @notice Lifecycle of the current accreditation of an issuer for a document type.
    /// @dev Numeric values are part of the ABI: None = 0, Active = 1, Suspended = 2, Ended = 3.
    enum AccreditationStatus {
        None,
        Active,
        Suspended,
        Ended
    }

    /// @notice Governance accredited `issuer` for `docType` from `validFrom` (inclusive) to `validUntil`
    /// (exclusive), both unix times; a grant while another is active replaces it from `validFrom` on.
    /// @param issuer the accredited account (the signer of its batches)
    /// @param docType keccak256 of the document type's kebab-case name
    /// @param id the accreditation's id: given at the first grant for this issuer and type, kept by every later
    /// one; `anchor` names the accreditation by it, and a reader of the logs learns it here
    /// @param validFrom effective start: the requested start, or the block time when that was earlier
    /// @param validUntil end of the window (exclusive)
    /// @param name the issuer's display name
    /// @param uri where the accreditation or the issuer's public information is published
    event AccreditationGranted(
        address indexed issuer,
        bytes32 indexed docType,
        uint32 id,
        uint40 validFrom,
        uint40 validUntil,
        string name,
        string uri
    );

    /// @notice Governance suspended the accreditation from this block's time on; it can be reinstated.
    /// @param issuer the issuer
    /// @param docType the document type
    /// @param reason an accreditation reason code: 1 issuer request, 2 non-compliance, 3 fraud,
    /// 4 key compromise, 5 administrative
    event AccreditationSuspended(address indexed issuer, bytes32 indexed docType, uint16 reason);

    /// @notice Governance reinstated a suspended accreditation for the rest of its window.
    /// @param issuer the issuer
    /// @param docType the document type
    /// @param validFrom start of the reinstated period (the block time, or the window's start if later)
    /// @param validUntil end of the window, unchanged by the suspension
    event AccreditationReinstated(address indexed issuer, bytes32 indexed docType, uint40 validFrom, uint40 validUntil);

    /// @notice Governance ended the accreditation from this block's time on; only a new grant restores it.
    /// @param issuer the issuer
    /// @param docType the document type
    /// @param reason an accreditation reason code (see AccreditationSuspended)
    event AccreditationEnded(address indexed issuer, bytes32 indexed docType, uint16 reason);

    /// @notice Accredits `issuer` for `docType` within [validFrom, validUntil); only governance.
    /// @dev A start in the past is clamped to the block time, so history is never rewritten.
    /// @param issuer the account to accredit
    /// @param docType keccak256 of the document type's kebab-case name
    /// @param validFrom requested start (unix time)
    /// @param validUntil end (unix time, exclusive); must lie after the effective start
    /// @param name the issuer's display name
    /// @param uri where the issuer's accreditation is published
    function accredit(
        address issuer,
        bytes32 docType,
        uint40 validFrom,
        uint40 validUntil,
        string calldata name,
        string calldata uri
    ) external;

    /// @notice Suspends an active accreditation from now on; only governance.
    /// @param issuer the issuer
    /// @param docType the document type
    /// @param reason an accreditation reason code, 1 to 5
    function suspendAccreditation(address issuer, bytes32 docType, uint16 reason) external;

    /// @notice Reinstates a suspended accreditation whose window has not expired; only governance.
    /// @param issuer the issuer
    /// @param docType the document type
    function reinstateAccreditation(address issuer, bytes32 docType) external;

    /// @notice Ends an active or suspended accreditation from now on; only governance.
    /// @param issuer the issuer
    /// @param docType the document type
    /// @param reason an accreditation reason code, 1 to 5
    function endAccreditation(address issuer, bytes32 docType, uint16 reason) external;

    /// @notice Whether `issuer` was accredited for `docType` at unix time `timestamp`, from the kept history.
    /// @param issuer the issuer
    /// @param docType the document type
    /// @param timestamp the unix time asked about
    /// @return accredited true when one of the accredited periods contains `timestamp`
    function isAccreditedAt(address issuer, bytes32 docType, uint256 timestamp) external view returns (bool accredited);

    /// @notice The current accreditation of `issuer` for `docType`.
    /// @param issuer the issuer
    /// @param docType the document type
    /// @return status the lifecycle state (None when never accredited)
    /// @return validFrom start of the current window
    /// @return validUntil end of the current window (exclusive)
    /// @return periodCount how many accredited periods the history holds
    function accreditation(address issuer, bytes32 docType)
        external
        view
        returns (AccreditationStatus status, uint40 validFrom, uint40 validUntil, uint256 periodCount);

    /// @notice The id of the accreditation of `issuer` for `docType`; 0 when never accredited.
    /// @param issuer the issuer
    /// @param docType the document type
    /// @return id what `anchor` takes, with the batch's count, to name the accreditation
    function accreditationId(address issuer, bytes32 docType) external view returns (uint32 id);

    /// @notice The issuer and document type an accreditation id stands for; zero for an unknown id.
    /// @param id the accreditation id
    /// @return issuer the issuer
    /// @return docType the document type
    function accreditationKey(uint32 id) external view returns (address issuer, bytes32 docType);

    /// @notice One accredited period of the history, oldest first.
    /// @param issuer the issuer
    /// @param docType the document type
    /// @param index position in the history, below `periodCount`
    /// @return validFrom start of the period (inclusive)
    /// @return validUntil end of the period (exclusive); equal to validFrom for a period cut before it began
    function accreditationPeriod(address issuer, bytes32 docType, uint256 index)
        external
        view
        returns (uint40 validFrom, uint40 validUntil);
}
