// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IAccreditation} from "./interfaces/IAccreditation.sol";

/// @title Issuer accreditation per document type, governed by GOVERNANCE_ROLE
/// @notice The accreditation half of ProvenanceRegistry. It lives in the same deployment so the anchoring
/// check is one storage read rather than a cross-contract call, and batches refer to an accreditation by a
/// 32-bit id instead of repeating the issuer and the document type.
/// @dev Errors carry the deployed contract's name (ProvenanceRegistry) so the deployed ABI reads as one.
abstract contract ProvenanceAccreditation is IAccreditation, AccessControl {
    /// @notice Role that accredits issuers, manages customs authorities and may revoke any batch.
    bytes32 public constant GOVERNANCE_ROLE = keccak256("GOVERNANCE_ROLE");

    /// @notice How many accredited periods are kept per issuer and document type (bounds isAccreditedAt).
    uint256 public constant MAX_ACCREDITATION_PERIODS = 32;

    /// @dev Accreditation reason codes run from 1 (issuer request) to 5 (administrative).
    uint16 private constant _MAX_ACCREDITATION_REASON = 5;

    /// @dev The current accreditation, one storage slot, read by anchorBySig and governance (anchor reads the copy kept
    /// by id, `AccreditationById`).
    struct Accreditation {
        uint32 id;
        AccreditationStatus status;
        uint40 validFrom;
        uint40 validUntil;
        uint8 periodCount;
    }

    /// @dev One interval [validFrom, validUntil) during which the issuer was accredited.
    struct Period {
        uint40 validFrom;
        uint40 validUntil;
    }

    /// @dev What an accreditation id stands for (issuer and docType, written once, at the first grant), with a
    /// copy of the current status and window beside the issuer: slot 0 (issuer, status, validFrom, validUntil)
    /// is all that anchoring by id reads. `_setState` keeps the copy equal to `Accreditation`.
    struct AccreditationById {
        address issuer;
        AccreditationStatus status;
        uint40 validFrom;
        uint40 validUntil;
        bytes32 docType;
    }

    mapping(address issuer => mapping(bytes32 docType => Accreditation)) private _accreditations;
    mapping(uint32 id => Period[MAX_ACCREDITATION_PERIODS]) private _periods;
    /// @dev Internal because ProvenanceRegistry.anchor reads its slot 0 in assembly.
    mapping(uint32 id => AccreditationById) internal _accreditationsById;
    uint32 private _accreditationCount;

    /// @notice The account cannot be the zero address.
    /// @param account the rejected account
    error ProvenanceRegistryInvalidAccount(address account);

    /// @notice The validity window is empty once its start is clamped to the block time.
    /// @param validFrom the effective start
    /// @param validUntil the requested end
    error ProvenanceRegistryInvalidWindow(uint40 validFrom, uint40 validUntil);

    /// @notice The accreditation reason code is not one of 1 to 5.
    /// @param reason the rejected code
    error ProvenanceRegistryInvalidAccreditationReason(uint16 reason);

    /// @notice The accreditation is not in a state that allows this change.
    /// @param issuer the issuer
    /// @param docType the document type
    /// @param status its current state
    error ProvenanceRegistryAccreditationNotChangeable(address issuer, bytes32 docType, AccreditationStatus status);

    /// @notice The accreditation's window is over; grant a new one instead.
    /// @param issuer the issuer
    /// @param docType the document type
    /// @param validUntil the end of the window
    error ProvenanceRegistryAccreditationExpired(address issuer, bytes32 docType, uint40 validUntil);

    /// @notice The history already keeps MAX_ACCREDITATION_PERIODS periods for this issuer and type.
    /// @param issuer the issuer
    /// @param docType the document type
    error ProvenanceRegistryAccreditationHistoryFull(address issuer, bytes32 docType);

    /// @notice The issuer is not accredited for the document type at this block's time.
    /// @param issuer the issuer
    /// @param docType the document type (for `anchor`, the type of the accreditation its terms name: zero for id 0
    /// or an unknown id)
    error ProvenanceRegistryNotAccredited(address issuer, bytes32 docType);

    /// @notice The index is past the end of the list.
    /// @param index the requested index
    /// @param length the list's length
    error ProvenanceRegistryIndexOutOfRange(uint256 index, uint256 length);

    /// @param governance receives DEFAULT_ADMIN_ROLE and GOVERNANCE_ROLE
    constructor(address governance) {
        if (governance == address(0)) revert ProvenanceRegistryInvalidAccount(governance);
        _grantRole(DEFAULT_ADMIN_ROLE, governance);
        _grantRole(GOVERNANCE_ROLE, governance);
    }

    /// @inheritdoc IAccreditation
    function accredit(
        address issuer,
        bytes32 docType,
        uint40 validFrom,
        uint40 validUntil,
        string calldata name,
        string calldata uri
    ) external onlyRole(GOVERNANCE_ROLE) {
        if (issuer == address(0)) revert ProvenanceRegistryInvalidAccount(issuer);
        uint40 start = validFrom > _now() ? validFrom : _now();
        if (validUntil <= start) revert ProvenanceRegistryInvalidWindow(start, validUntil);

        Accreditation storage current = _accreditations[issuer][docType];
        if (current.id == 0) {
            current.id = ++_accreditationCount;
            AccreditationById storage byId = _accreditationsById[current.id];
            byId.issuer = issuer;
            byId.docType = docType;
            _onIssuerAccredited(issuer);
        } else if (current.status == AccreditationStatus.Active) {
            // A new grant replaces the running one from its own start on; earlier time keeps its answer.
            _cutLastPeriod(current, start);
        }
        _appendPeriod(current, issuer, docType, start, validUntil);
        _setState(current, AccreditationStatus.Active, start, validUntil);
        emit AccreditationGranted(issuer, docType, current.id, start, validUntil, name, uri);
    }

    /// @inheritdoc IAccreditation
    function suspendAccreditation(address issuer, bytes32 docType, uint16 reason) external onlyRole(GOVERNANCE_ROLE) {
        _requireAccreditationReason(reason);
        Accreditation storage current = _accreditations[issuer][docType];
        if (current.status != AccreditationStatus.Active) {
            revert ProvenanceRegistryAccreditationNotChangeable(issuer, docType, current.status);
        }
        if (current.validUntil <= _now()) {
            revert ProvenanceRegistryAccreditationExpired(issuer, docType, current.validUntil);
        }
        _cutLastPeriod(current, _now());
        _setState(current, AccreditationStatus.Suspended, current.validFrom, current.validUntil);
        emit AccreditationSuspended(issuer, docType, reason);
    }

    /// @inheritdoc IAccreditation
    function reinstateAccreditation(address issuer, bytes32 docType) external onlyRole(GOVERNANCE_ROLE) {
        Accreditation storage current = _accreditations[issuer][docType];
        if (current.status != AccreditationStatus.Suspended) {
            revert ProvenanceRegistryAccreditationNotChangeable(issuer, docType, current.status);
        }
        if (current.validUntil <= _now()) {
            revert ProvenanceRegistryAccreditationExpired(issuer, docType, current.validUntil);
        }
        uint40 start = current.validFrom > _now() ? current.validFrom : _now();
        _appendPeriod(current, issuer, docType, start, current.validUntil);
        _setState(current, AccreditationStatus.Active, current.validFrom, current.validUntil);
        emit AccreditationReinstated(issuer, docType, start, current.validUntil);
    }

    /// @inheritdoc IAccreditation
    function endAccreditation(address issuer, bytes32 docType, uint16 reason) external onlyRole(GOVERNANCE_ROLE) {
        _requireAccreditationReason(reason);
        Accreditation storage current = _accreditations[issuer][docType];
        if (current.status == AccreditationStatus.Active) {
            _cutLastPeriod(current, _now());
        } else if (current.status != AccreditationStatus.Suspended) {
            revert ProvenanceRegistryAccreditationNotChangeable(issuer, docType, current.status);
        }
        _setState(current, AccreditationStatus.Ended, current.validFrom, current.validUntil);
        emit AccreditationEnded(issuer, docType, reason);
    }

    /// @inheritdoc IAccreditation
    function isAccreditedAt(address issuer, bytes32 docType, uint256 timestamp) external view returns (bool) {
        Accreditation storage current = _accreditations[issuer][docType];
        Period[MAX_ACCREDITATION_PERIODS] storage periods = _periods[current.id];
        for (uint256 i = current.periodCount; i > 0; --i) {
            Period storage period = periods[i - 1];
            if (period.validFrom <= timestamp && timestamp < period.validUntil) return true;
        }
        return false;
    }

    /// @inheritdoc IAccreditation
    function accreditation(address issuer, bytes32 docType)
        external
        view
        returns (AccreditationStatus status, uint40 validFrom, uint40 validUntil, uint256 periodCount)
    {
        Accreditation storage current = _accreditations[issuer][docType];
        return (current.status, current.validFrom, current.validUntil, current.periodCount);
    }

    /// @inheritdoc IAccreditation
    function accreditationId(address issuer, bytes32 docType) external view returns (uint32) {
        return _accreditations[issuer][docType].id;
    }

    /// @inheritdoc IAccreditation
    function accreditationKey(uint32 id) external view returns (address issuer, bytes32 docType) {
        return _accreditationKey(id);
    }

    /// @inheritdoc IAccreditation
    function accreditationPeriod(address issuer, bytes32 docType, uint256 index)
        external
        view
        returns (uint40 validFrom, uint40 validUntil)
    {
        Accreditation storage current = _accreditations[issuer][docType];
        if (index >= current.periodCount) revert ProvenanceRegistryIndexOutOfRange(index, current.periodCount);
        Period storage period = _periods[current.id][index];
        return (period.validFrom, period.validUntil);
    }

    /// @dev Whether an accreditation with this status and window allows anchoring now (anchor's assembly checks the
    /// same).
    function _isActiveNow(AccreditationStatus status, uint40 validFrom, uint40 validUntil)
        internal
        view
        returns (bool)
    {
        return status == AccreditationStatus.Active && validFrom <= block.timestamp && block.timestamp < validUntil;
    }

    /// @dev Reverts unless `issuer` is accredited for `docType` now; returns the accreditation id.
    function _requireAccreditedNow(address issuer, bytes32 docType) internal view returns (uint32) {
        Accreditation storage current = _accreditations[issuer][docType];
        if (!_isActiveNow(current.status, current.validFrom, current.validUntil)) {
            revert ProvenanceRegistryNotAccredited(issuer, docType);
        }
        return current.id;
    }

    /// @dev The issuer and document type an accreditation id stands for.
    function _accreditationKey(uint32 id) internal view returns (address issuer, bytes32 docType) {
        AccreditationById storage byId = _accreditationsById[id];
        return (byId.issuer, byId.docType);
    }

    /// @dev Called once per issuer and document type, at the first grant.
    function _onIssuerAccredited(address issuer) internal virtual;

    /// @dev The block time as stored (uint40 lasts until the year 36812).
    function _now() internal view returns (uint40) {
        return uint40(block.timestamp);
    }

    /// @dev The one place that changes an accreditation's status or window, so the copy kept by id stays equal.
    function _setState(Accreditation storage current, AccreditationStatus status, uint40 validFrom, uint40 validUntil)
        private
    {
        current.status = status;
        current.validFrom = validFrom;
        current.validUntil = validUntil;
        AccreditationById storage byId = _accreditationsById[current.id];
        byId.status = status;
        byId.validFrom = validFrom;
        byId.validUntil = validUntil;
    }

    function _appendPeriod(
        Accreditation storage current,
        address issuer,
        bytes32 docType,
        uint40 validFrom,
        uint40 validUntil
    ) private {
        uint8 count = current.periodCount;
        if (count == MAX_ACCREDITATION_PERIODS) revert ProvenanceRegistryAccreditationHistoryFull(issuer, docType);
        _periods[current.id][count] = Period(validFrom, validUntil);
        current.periodCount = count + 1;
    }

    /// @dev Ends the last period at `at` when it would run longer; a period cut before it began becomes empty.
    function _cutLastPeriod(Accreditation storage current, uint40 at) private {
        Period storage last = _periods[current.id][current.periodCount - 1];
        if (at < last.validUntil) {
            last.validUntil = at > last.validFrom ? at : last.validFrom;
        }
    }

    function _requireAccreditationReason(uint16 reason) private pure {
        if (reason == 0 || reason > _MAX_ACCREDITATION_REASON) {
            revert ProvenanceRegistryInvalidAccreditationReason(reason);
        }
    }
}
