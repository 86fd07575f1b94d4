using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedDevice.Hub.Core.Privacy;

namespace MedDevice.Hub.Core.Tests.Privacy;

public class PrivacyPropertyTests
{
    private static Gen<string> Digits(int count) => Gen.ArrayOf(Gen.Choose(0, 9), count).Select(d => string.Concat(d));

    [Property]
    public Property Redact_StandaloneIdBetweenWords_NeverSurvives() =>
        Prop.ForAll(Gen.OneOf(Digits(12), Digits(9)).ToArbitrary(), id =>
        {
            var redacted = PersonalDataRedactor.Redact($"owner {id}, ok");
            return !redacted.Contains(id, StringComparison.Ordinal) && redacted == $"owner {PersonalDataRedactor.IdToken}, ok";
        });

    [Property]
    public Property Redact_Gtin14_IsAlwaysKept() =>
        Prop.ForAll(Digits(14).ToArbitrary(), gtin => PersonalDataRedactor.Redact($"(01){gtin}") == $"(01){gtin}");

    [Property]
    public Property Pseudonymize_TwoRandomKeys_GiveDifferentPseudonyms() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), 32).ToArbitrary(), Digits(12).ToArbitrary(), (secret, id) =>
        {
            var other = secret.Select(b => (byte)(b ^ 0x5A)).ToArray();
            var a = new Pseudonymizer(new PseudonymKey("k", secret)).Pseudonymize(PersonalDataKind.PersonalId, id).Pseudonym!;
            var b = new Pseudonymizer(new PseudonymKey("k", other)).Pseudonymize(PersonalDataKind.PersonalId, id).Pseudonym!;
            return a != b && !a.Contains(id, StringComparison.Ordinal);
        });
}
