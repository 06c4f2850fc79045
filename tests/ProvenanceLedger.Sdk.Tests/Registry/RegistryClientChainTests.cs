using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Registry;
using ProvenanceLedger.Sdk.Registry.Events;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Sdk.Tests.Registry;

[Collection(ChainCollection.Name)]
public class RegistryClientChainTests(HardhatChainFixture chain)
{
    private static readonly Hash32[] Documents = [.. Enumerable.Range(1, 5).Select(i => Keccak256.Hash([(byte)i]))];

    [Fact]
    public async Task Deploy_sets_governance_version_domain_and_the_accreditation_grant()
    {
        using var bed = await RegistryScenario.DeployAsync(chain);

        Assert.Equal("2.0.0", await bed.Governance.VersionAsync());
        Assert.True(await bed.Governance.HasRoleAsync(RegistryRoles.Governance, bed.GovernanceKey.Address));
        Assert.True(await bed.Governance.HasRoleAsync(RegistryRoles.DefaultAdmin, bed.GovernanceKey.Address));
        Assert.Equal(RegistryRoles.Governance, await bed.Governance.GetRoleAdminAsync(RegistryRoles.Customs));
        Assert.Equal(new RegistryDomain((ulong)HardhatChainFixture.HardhatChainId, bed.Governance.Address), await bed.Governance.Eip712DomainAsync());
        Assert.Equal(bed.Domain, await bed.Governance.Eip712DomainAsync());
        Assert.Equal("CL", await bed.Governance.CustomsCountryAsync(bed.CustomsKey.Address));

        var accreditation = await bed.Governance.GetAccreditationAsync(bed.IssuerKey.Address, RegistryScenario.CertificateType);
        Assert.Equal(AccreditationStatus.Active, accreditation.Status);
        Assert.Equal(1, accreditation.PeriodCount);
        Assert.Equal(bed.AccreditedUntil, accreditation.ValidUntil);
        var periods = await bed.Governance.GetAccreditationPeriodsAsync(bed.IssuerKey.Address, RegistryScenario.CertificateType);
        Assert.Equal([new AccreditationPeriod(accreditation.ValidFrom, accreditation.ValidUntil)], periods);
    }

    [Fact]
    public async Task The_typed_AnchorBatch_hash_equals_the_registry_typehash()
    {
        using var bed = await RegistryScenario.DeployAsync(chain, new() { AccreditIssuer = false });
        var message = new AnchorBatchMessage(Documents[0], RegistryScenario.CertificateType, 1, "u", 0, DateTimeOffset.UnixEpoch);

        Assert.Equal(await bed.Governance.AnchorBatchTypeHashAsync(), message.ToTypedData(bed.Domain).TypeHash(AnchorBatchMessage.TypeName));
    }

    [Fact]
    public async Task Anchor_revoke_supersede_and_decide_return_their_events_and_change_the_views()
    {
        using var bed = await RegistryScenario.DeployAsync(chain);
        var tree = BatchMerkleTree.Build(Documents[..3]);
        var single = BatchMerkleTree.Build([Documents[3]]);

        var anchored = await bed.Issuer.AnchorAsync(tree.Root, RegistryScenario.CertificateType, 3);
        Assert.Equal(new BatchAnchoredEvent(anchored.Event.Position, tree.Root, bed.IssuerKey.Address, RegistryScenario.CertificateType, 3, "", bed.IssuerKey.Address), anchored.Event);
        Assert.Equal(anchored.Receipt.BlockNumber, anchored.Event.Position.BlockNumber);
        var batch = await bed.Governance.GetBatchAsync(tree.Root);
        Assert.True(batch.IsAnchored);
        Assert.Equal((bed.IssuerKey.Address, RegistryScenario.CertificateType, 3u, anchored.Receipt.BlockNumber, RevocationReason.None),
            (batch.Issuer, batch.DocType, batch.Count, batch.AnchoredBlock, batch.RevokedFor));
        Assert.False((await bed.Governance.GetBatchAsync(single.Root)).IsAnchored);
        Assert.True(await bed.Governance.VerifyDocumentAsync(Documents[1], tree.Root, tree.ProofFor(1)));
        Assert.False(await bed.Governance.VerifyDocumentAsync(Documents[4], tree.Root, tree.ProofFor(1)));

        // Relayed: the issuer signs, the relayer pays.
        var nonce = await bed.Governance.NoncesAsync(bed.IssuerKey.Address);
        var message = new AnchorBatchMessage(single.Root, RegistryScenario.CertificateType, 1, "", nonce, (await bed.ChainTimeAsync()).AddHours(1));
        var relayed = await bed.Relayer.AnchorBySigAsync(message, bed.IssuerKey.Address, message.Sign(bed.IssuerKey, bed.Domain));
        Assert.Equal((bed.IssuerKey.Address, bed.RelayerKey.Address), (relayed.Event.Issuer, relayed.Event.Relayer));
        Assert.Equal(nonce + 1, await bed.Governance.NoncesAsync(bed.IssuerKey.Address));

        // A reader that has not seen the grant asks the registry what the direct anchor's accreditation id stands for.
        var reader = new RegistryClient(bed.Governance.Rpc, bed.Governance.Address);
        Assert.Equal([anchored.Event], await reader.GetBatchAnchoredAsync(tree.Root, BlockParameter.Earliest, BlockParameter.Latest));
        Assert.Equal([relayed.Event], await reader.GetBatchAnchoredAsync(single.Root, BlockParameter.Earliest, BlockParameter.Latest));
        Assert.Empty(await reader.GetBatchAnchoredAsync(Documents[4], BlockParameter.Earliest, BlockParameter.Latest));
        Assert.Equal((bed.IssuerKey.Address, RegistryScenario.CertificateType), await reader.GetAccreditationKeyAsync(await reader.AccreditationIdAsync(bed.IssuerKey.Address, RegistryScenario.CertificateType)));
        Assert.Null(await reader.GetAccreditationKeyAsync(99));
        // The anonymous event through the raw contract: its root is topic 0, and other logs are not taken for it.
        var raw = Assert.Single(await reader.Contract.GetEventsAsync("BatchAnchoredDirect", BlockParameter.Earliest, BlockParameter.Latest, CancellationToken.None, tree.Root));
        Assert.Equal(tree.Root, new Hash32((byte[])raw["root"]));
        Assert.Single(await reader.Contract.GetEventsAsync("BatchAnchoredDirect", BlockParameter.Earliest, BlockParameter.Latest, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => reader.GetEventsAsync<BatchAnchoredEvent>("BatchAnchoredDirect", BlockParameter.Earliest, BlockParameter.Latest, CancellationToken.None));

        var revoked = await bed.Issuer.RevokeDocumentAsync(Documents[0], tree.Root, tree.ProofFor(0), RevocationReason.IssuedInError);
        Assert.Equal((Documents[0], tree.Root, RevocationReason.IssuedInError, bed.IssuerKey.Address), (revoked.Event.DocHash, revoked.Event.Root, revoked.Event.Reason, revoked.Event.RevokedBy));
        Assert.True(await bed.Governance.IsRevokedAsync(Documents[0]));
        Assert.Equal(RevocationReason.IssuedInError, await bed.Governance.RevocationReasonAsync(Documents[0]));
        Assert.False(await bed.Governance.IsRevokedAsync(Documents[0], anchored.Receipt.BlockNumber));

        var superseded = await bed.Issuer.SupersedeAsync(Documents[1], tree.Root, tree.ProofFor(1), Documents[3], single.Root, []);
        Assert.Equal((Documents[1], Documents[3], tree.Root, single.Root), (superseded.Event.OldHash, superseded.Event.NewHash, superseded.Event.OldRoot, superseded.Event.NewRoot));
        Assert.Equal(Documents[3], await bed.Governance.SupersededByAsync(Documents[1]));
        Assert.Null(await bed.Governance.SupersededByAsync(Documents[2]));

        var first = await bed.Customs.RecordDecisionAsync(Documents[2], CustomsDecision.Released, "CL-DIN-2026-000123");
        var second = await bed.Customs.RecordDecisionAsync(Documents[2], CustomsDecision.Held, "CL-DIN-2026-000124");
        Assert.Equal((0u, 1u), (first.Event.Index, second.Event.Index));
        Assert.Equal(("CL", "CL-DIN-2026-000123", CustomsDecision.Released), (first.Event.Country, first.Event.DeclarationRef, first.Event.Decision));
        var decisions = await bed.Governance.GetDecisionsAsync(Documents[2]);
        Assert.Equal([CustomsDecision.Released, CustomsDecision.Held], decisions.Select(d => d.Decision));
        Assert.All(decisions, d => Assert.Equal((bed.CustomsKey.Address, "CL"), (d.Authority, d.Country)));

        var batchRevoked = await bed.Governance.RevokeBatchAsync(tree.Root, RevocationReason.GovernanceOrder);
        Assert.Equal((bed.IssuerKey.Address, bed.GovernanceKey.Address), (batchRevoked.Event.Issuer, batchRevoked.Event.RevokedBy));
        Assert.Equal(RevocationReason.GovernanceOrder, (await bed.Governance.GetBatchAsync(tree.Root)).RevokedFor);
    }

    [Fact]
    public async Task Accreditation_suspend_reinstate_end_emit_their_events_and_the_history_replays()
    {
        using var bed = await RegistryScenario.DeployAsync(chain);
        var issuer = bed.IssuerKey.Address;

        var suspended = await bed.Governance.SuspendAccreditationAsync(issuer, RegistryScenario.CertificateType, AccreditationReason.NonCompliance);
        Assert.Equal(AccreditationReason.NonCompliance, suspended.Event.Reason);
        Assert.Equal(AccreditationStatus.Suspended, (await bed.Governance.GetAccreditationAsync(issuer, RegistryScenario.CertificateType)).Status);
        var reinstated = await bed.Governance.ReinstateAccreditationAsync(issuer, RegistryScenario.CertificateType);
        var ended = await bed.Governance.EndAccreditationAsync(issuer, RegistryScenario.CertificateType, AccreditationReason.IssuerRequest);
        Assert.Equal((issuer, RegistryScenario.CertificateType), (ended.Event.Issuer, ended.Event.DocType));
        Assert.Equal(AccreditationStatus.Ended, (await bed.Governance.GetAccreditationAsync(issuer, RegistryScenario.CertificateType)).Status);
        var periods = await bed.Governance.GetAccreditationPeriodsAsync(issuer, RegistryScenario.CertificateType);
        Assert.Equal(2, periods.Count);
        Assert.Equal(reinstated.Event.ValidFrom, periods[1].ValidFrom);

        var events = await bed.Governance.GetEventsAsync(BlockParameter.Number(0), BlockParameter.Latest);
        Assert.Equal(
            ["RoleGrantedEvent", "RoleGrantedEvent", "RoleAdminChangedEvent", "AccreditationGrantedEvent", "RoleGrantedEvent", "CustomsAuthorityAddedEvent",
             "AccreditationSuspendedEvent", "AccreditationReinstatedEvent", "AccreditationEndedEvent"],
            events.Select(e => e.GetType().Name));
        Assert.Equal(new RoleAdminChangedEvent(events[2].Position, RegistryRoles.Customs, RegistryRoles.DefaultAdmin, RegistryRoles.Governance), events[2]);
        var granted = Assert.IsType<AccreditationGrantedEvent>(events[3]);
        Assert.Equal((RegistryScenarioOptions.DefaultIssuerName, RegistryScenarioOptions.DefaultIssuerUri), (granted.Name, granted.Uri));
        var customsGrant = Assert.IsType<RoleGrantedEvent>(events[4]);
        Assert.Equal((RegistryRoles.Customs, bed.CustomsKey.Address, bed.GovernanceKey.Address), (customsGrant.Role, customsGrant.Account, customsGrant.Sender));
        var onlyIssuer = await bed.Governance.GetEventsAsync<AccreditationSuspendedEvent>("AccreditationSuspended", 0, BlockParameter.Latest, CancellationToken.None, issuer);
        Assert.Equal([suspended.Event], onlyIssuer);
    }

    [Fact]
    public async Task Customs_and_role_changes_return_their_events()
    {
        using var bed = await RegistryScenario.DeployAsync(chain, new() { AccreditIssuer = false });

        var removed = await bed.Governance.RemoveCustomsAuthorityAsync(bed.CustomsKey.Address);
        var granted = await bed.Governance.GrantRoleAsync(RegistryRoles.Governance, bed.OtherKey.Address);
        var revoked = await bed.Governance.RevokeRoleAsync(RegistryRoles.Governance, bed.OtherKey.Address);
        var renounced = await bed.Governance.WithSender(bed.SenderFor(bed.GovernanceKey)).RenounceRoleAsync(RegistryRoles.DefaultAdmin);

        Assert.Equal(["RoleRevokedEvent", "CustomsAuthorityRemovedEvent"], removed.Events.Select(e => e.GetType().Name));
        Assert.Equal((bed.CustomsKey.Address, "CL"), (removed.Event.Authority, removed.Event.Country));
        Assert.Equal("", await bed.Governance.CustomsCountryAsync(bed.CustomsKey.Address));
        Assert.Equal(new RoleGrantedEvent(granted.Events[0].Position, RegistryRoles.Governance, bed.OtherKey.Address, bed.GovernanceKey.Address), Assert.Single(granted.Events));
        Assert.Equal(new RoleRevokedEvent(revoked.Events[0].Position, RegistryRoles.Governance, bed.OtherKey.Address, bed.GovernanceKey.Address), Assert.Single(revoked.Events));
        Assert.IsType<RoleRevokedEvent>(Assert.Single(renounced.Events));
        Assert.False(await bed.Governance.HasRoleAsync(RegistryRoles.DefaultAdmin, bed.GovernanceKey.Address));
    }

    [Fact]
    public async Task A_revert_surfaces_the_registry_error()
    {
        using var bed = await RegistryScenario.DeployAsync(chain, new() { AccreditIssuer = false });

        var unknown = await Assert.ThrowsAsync<RegistryException>(() =>
            bed.Issuer.AnchorAsync(Documents[0], RegistryScenario.CertificateType, 1));
        Assert.Contains("was never accredited for document type", unknown.Message, StringComparison.Ordinal);

        await bed.Governance.AccreditAsync(bed.IssuerKey.Address, RegistryScenario.CertificateType, DateTimeOffset.UnixEpoch, (await bed.ChainTimeAsync()).AddDays(1), "Chamber", "");
        await bed.Governance.SuspendAccreditationAsync(bed.IssuerKey.Address, RegistryScenario.CertificateType, AccreditationReason.NonCompliance);
        var refused = await Assert.ThrowsAsync<ContractRevertException>(() =>
            bed.Issuer.AnchorAsync(Documents[0], RegistryScenario.CertificateType, 1));
        Assert.Contains("ProvenanceRegistryNotAccredited", refused.Message, StringComparison.Ordinal);
    }
}
