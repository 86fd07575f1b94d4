using System.Security.Cryptography;
using MedDevice.Hub.Core.Audit;

namespace MedDevice.Hub.Core.Tests.Audit;

public sealed class AuditChainVerifierTests
{
    private const long T0 = 1_800_000_000_000;

    [Fact]
    public void Verify_IntactChainWithSignedCheckpoint_IsIntact()
    {
        var entries = Chain(5);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        var result = AuditChainVerifier.Verify(entries, [Signed(key, entries[^1])]);

        result.Intact.ShouldBeTrue();
        result.EntriesChecked.ShouldBe(5);
        result.CheckpointsVerified.ShouldBe(1);
    }

    [Fact]
    public void Verify_EditedField_ReportsEditedAtThatSequence()
    {
        var entries = Chain(5).ToList();
        entries[2] = entries[2] with { Outcome = AuditOutcomes.Allowed };

        var result = AuditChainVerifier.Verify(entries, []);

        result.FirstBreak.ShouldBe(new AuditBreak(3, AuditBreakReason.Edited, result.FirstBreak!.Detail));
        result.EntriesChecked.ShouldBe(3);
    }

    [Fact]
    public void Verify_DeletedEntry_ReportsDeletedAtTheMissingSequence()
    {
        var entries = Chain(5).ToList();
        entries.RemoveAt(3);

        var result = AuditChainVerifier.Verify(entries, []);

        result.FirstBreak!.Sequence.ShouldBe(4);
        result.FirstBreak.Reason.ShouldBe(AuditBreakReason.Deleted);
    }

    [Fact]
    public void Verify_DeletedFirstEntry_ReportsSequenceOne()
    {
        var result = AuditChainVerifier.Verify(Chain(3).Skip(1).ToList(), []);

        result.FirstBreak!.Sequence.ShouldBe(1);
        result.FirstBreak.Reason.ShouldBe(AuditBreakReason.Deleted);
    }

    [Fact]
    public void Verify_DeletedTailCoveredByCheckpoint_ReportsDeleted()
    {
        var entries = Chain(5);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        var result = AuditChainVerifier.Verify(entries.Take(3).ToList(), [Signed(key, entries[^1])]);

        result.FirstBreak!.Sequence.ShouldBe(4);
        result.FirstBreak.Reason.ShouldBe(AuditBreakReason.Deleted);
    }

    [Fact]
    public void Verify_SwappedSequenceNumbers_ReportsReordered()
    {
        var entries = Chain(5).ToList();
        var (a, b) = (entries[1], entries[2]);
        entries[1] = b with { Sequence = 2 };
        entries[2] = a with { Sequence = 3 };

        var result = AuditChainVerifier.Verify(entries, []);

        result.FirstBreak!.Sequence.ShouldBe(2);
        result.FirstBreak.Reason.ShouldBe(AuditBreakReason.Reordered);
    }

    [Fact]
    public void Verify_DuplicateSequence_ReportsReordered()
    {
        var entries = Chain(3).ToList();
        entries.Insert(2, entries[1]);

        var result = AuditChainVerifier.Verify(entries, []);

        result.FirstBreak!.Sequence.ShouldBe(2);
        result.FirstBreak.Reason.ShouldBe(AuditBreakReason.Reordered);
    }

    [Fact]
    public void Verify_RewrittenEntryWithRecomputedHash_ReportsBadHashAtNextLink()
    {
        var entries = Chain(5).ToList();
        var forged = entries[1] with { Actor = "someone-else" };
        entries[1] = forged with { Hash = AuditHash.Compute(forged) };

        var result = AuditChainVerifier.Verify(entries, []);

        result.FirstBreak!.Sequence.ShouldBe(3);
        result.FirstBreak.Reason.ShouldBe(AuditBreakReason.BadHash);
    }

    [Fact]
    public void Verify_WholeChainRewrittenAfterCheckpoint_ReportsBadHash()
    {
        var original = Chain(4);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var checkpoint = Signed(key, original[^1]);
        var rewritten = Chain(4, actor: "forger");

        var result = AuditChainVerifier.Verify(rewritten, [checkpoint]);

        result.FirstBreak!.Sequence.ShouldBe(4);
        result.FirstBreak.Reason.ShouldBe(AuditBreakReason.BadHash);
    }

    [Fact]
    public void Verify_TamperedCheckpointSignature_ReportsBadSignature()
    {
        var entries = Chain(3);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var checkpoint = Signed(key, entries[^1]);
        var bytes = Convert.FromBase64String(checkpoint.Signature!);
        bytes[5] ^= 0x01;

        var result = AuditChainVerifier.Verify(entries, [checkpoint with { Signature = Convert.ToBase64String(bytes) }]);

        result.FirstBreak!.Sequence.ShouldBe(3);
        result.FirstBreak.Reason.ShouldBe(AuditBreakReason.BadCheckpointSignature);
        result.CheckpointsVerified.ShouldBe(0);
    }

    [Fact]
    public void Verify_CheckpointTimeChanged_ReportsBadSignature()
    {
        var entries = Chain(3);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        var result = AuditChainVerifier.Verify(entries, [Signed(key, entries[^1]) with { Time = T0 + 99 }]);

        result.FirstBreak!.Reason.ShouldBe(AuditBreakReason.BadCheckpointSignature);
    }

    [Fact]
    public void Verify_CheckpointFromUntrustedKey_ReportsBadSignature()
    {
        var entries = Chain(3);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var trusted = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var trustedKeys = new HashSet<string>(StringComparer.Ordinal) { Convert.ToBase64String(trusted.ExportSubjectPublicKeyInfo()) };

        var result = AuditChainVerifier.Verify(entries, [Signed(key, entries[^1])], trustedKeys);

        result.FirstBreak!.Reason.ShouldBe(AuditBreakReason.BadCheckpointSignature);
    }

    [Fact]
    public void Verify_UnsignedCheckpoint_IsCountedNotBroken()
    {
        var entries = Chain(3);
        var unsigned = new AuditCheckpoint(1, 3, entries[^1].Hash, T0, AuditCheckpointStatus.UnsignedStatus, null, null, "no key");

        var result = AuditChainVerifier.Verify(entries, [unsigned]);

        result.Intact.ShouldBeTrue();
        result.UnsignedCheckpoints.ShouldBe(1);
        result.CheckpointsVerified.ShouldBe(0);
    }

    [Fact]
    public void Compute_NullAndEmptyTarget_HashDifferently()
    {
        var withNull = AuditEntry.Seal(new AuditEvent("p", "a", null, AuditOutcomes.Denied), 1, T0, AuditHash.Genesis);
        var withEmpty = AuditEntry.Seal(new AuditEvent("p", "a", "", AuditOutcomes.Denied), 1, T0, AuditHash.Genesis);

        withNull.Hash.ShouldNotBe(withEmpty.Hash);
    }

    [Fact]
    public void Compute_FieldBoundaryShift_HashesDifferently()
    {
        var first = AuditEntry.Seal(new AuditEvent("ab", "c", null, AuditOutcomes.Denied), 1, T0, AuditHash.Genesis);
        var second = AuditEntry.Seal(new AuditEvent("a", "bc", null, AuditOutcomes.Denied), 1, T0, AuditHash.Genesis);

        first.Hash.ShouldNotBe(second.Hash);
    }

    [Fact]
    public void Canonicalize_OrderOfPairs_DoesNotChangeTheHash()
    {
        var one = AuditDetails.Hash([new("b", "2"), new("a", "1")]);
        var two = AuditDetails.Hash([new("a", "1"), new("b", "2")]);
        var other = AuditDetails.Hash([new("a", "12"), new("b", null)]);

        one.ShouldBe(two);
        one.ShouldNotBe(other);
        one.Length.ShouldBe(64);
    }

    internal static IReadOnlyList<AuditEntry> Chain(int count, string actor = "moh-registry")
    {
        var entries = new List<AuditEntry>();
        var previous = AuditHash.Genesis;
        for (var i = 1; i <= count; i++)
        {
            var entry = AuditEntry.Seal(new AuditEvent(actor, AuditActions.InboundDeny, "registry.device", AuditOutcomes.Denied, DetailsHash: AuditHash.OfDetails($"n={i}")), i, T0 + i, previous);
            entries.Add(entry);
            previous = entry.Hash;
        }

        return entries;
    }

    private static AuditCheckpoint Signed(ECDsa key, AuditEntry last)
    {
        var (signature, publicKey) = AuditCheckpointPayload.Sign(key, last.Sequence, last.Hash, T0);
        return new AuditCheckpoint(1, last.Sequence, last.Hash, T0, AuditCheckpointStatus.SignedStatus, signature, publicKey, null);
    }
}
