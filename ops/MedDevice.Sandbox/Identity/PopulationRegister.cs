using MedDevice.Sandbox.Data.People;
using MedDevice.Sandbox.Hosting;

namespace MedDevice.Sandbox.Identity;

/// <summary>The synthetic population database: the first N citizens and every organisation's representative.</summary>
public sealed class PopulationRegister(IdentitySandboxOptions options)
{
    /// <summary>The person holding the number, or null.</summary>
    public SyntheticPerson? Find(string personalId) => SyntheticPeople.FindByPersonalId(personalId, Math.Clamp(options.Citizens, 0, SyntheticPeople.RepresentativeBase));
}
