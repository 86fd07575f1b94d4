namespace MedDevice.Hub.Core.Tests.Udi.Gs1.Vectors;

public sealed class KnownBadVectorsTests
{
    [Fact]
    public void Excluded_EveryEntry_NamesAnExistingVectorWithAReason()
    {
        foreach (var (id, reason) in KnownBadVectors.Excluded)
        {
            reason.ShouldNotBeNullOrWhiteSpace();
            Should.NotThrow(() => Gs1Vectors.Load(id), id);
        }

        KnownBadVectors.Excluded.Count.ShouldBe(21);
    }
}
