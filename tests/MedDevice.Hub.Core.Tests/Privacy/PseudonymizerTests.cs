using System.Security.Cryptography;
using System.Text;
using MedDevice.Hub.Core.Privacy;

namespace MedDevice.Hub.Core.Tests.Privacy;

public class PseudonymizerTests
{
    private static readonly PseudonymKey KeyV1 = new("v1", Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());
    private static readonly PseudonymKey KeyV2 = new("v2", Enumerable.Range(100, 32).Select(i => (byte)i).ToArray());

    [Fact]
    public void Pseudonymize_SameValueSameKey_GivesSamePseudonym()
    {
        var first = new Pseudonymizer(KeyV1).Pseudonymize(PersonalDataKind.PersonalId, "001085012345");
        var second = new Pseudonymizer(new PseudonymKey("v1", Enumerable.Range(0, 32).Select(i => (byte)i).ToArray()))
            .Pseudonymize(PersonalDataKind.PersonalId, "001085012345");

        first.Ok.ShouldBeTrue();
        first.Pseudonym.ShouldBe(second.Pseudonym);
    }

    [Fact]
    public void Pseudonymize_PersonalId_IsKeyIdThenHmacOfKindAndValue()
    {
        var expected = "psn:v1:" + Convert.ToHexStringLower(HMACSHA256.HashData(
            Enumerable.Range(0, 32).Select(i => (byte)i).ToArray(), Encoding.UTF8.GetBytes("pid:001085012345")));

        new Pseudonymizer(KeyV1).Pseudonymize(PersonalDataKind.PersonalId, "001085012345").Pseudonym.ShouldBe(expected);
    }

    [Fact]
    public void Pseudonymize_DifferentKey_GivesUnrelatedPseudonym()
    {
        var v1 = new Pseudonymizer(KeyV1).Pseudonymize(PersonalDataKind.PersonalId, "001085012345").Pseudonym!;
        var v2 = new Pseudonymizer(KeyV2).Pseudonymize(PersonalDataKind.PersonalId, "001085012345").Pseudonym!;

        v2.ShouldStartWith("psn:v2:");
        v1[7..].ShouldNotBe(v2[7..]);
    }

    [Fact]
    public void Pseudonymize_DifferentValue_GivesDifferentPseudonym() =>
        new Pseudonymizer(KeyV1).Pseudonymize(PersonalDataKind.PersonalId, "001085012345").Pseudonym
            .ShouldNotBe(new Pseudonymizer(KeyV1).Pseudonymize(PersonalDataKind.PersonalId, "001085012346").Pseudonym);

    [Fact]
    public void Pseudonymize_SameDigitsOtherKind_Differs()
    {
        var card = new Pseudonymizer(KeyV1).Pseudonymize(PersonalDataKind.InsuranceCard, "DN4797915123456");
        var expected = "psn:v1:" + Convert.ToHexStringLower(HMACSHA256.HashData(
            Enumerable.Range(0, 32).Select(i => (byte)i).ToArray(), Encoding.UTF8.GetBytes("bhyt:DN4797915123456")));

        card.Pseudonym.ShouldBe(expected);
    }

    [Theory]
    [InlineData(" 001085012345 ")]
    [InlineData("001 085 012 345")]
    [InlineData("001\u00A0085\t012345")]
    public void Pseudonymize_PersonalIdWithSpaces_NormalisesFirst(string typed) =>
        new Pseudonymizer(KeyV1).Pseudonymize(PersonalDataKind.PersonalId, typed).Pseudonym
            .ShouldBe(new Pseudonymizer(KeyV1).Pseudonymize(PersonalDataKind.PersonalId, "001085012345").Pseudonym);

    [Theory]
    [InlineData("dn4797915123456")]
    [InlineData(" DN 479 791 512 3456 ")]
    public void Pseudonymize_InsuranceCardAnyCaseAndSpaces_NormalisesFirst(string typed) =>
        new Pseudonymizer(KeyV1).Pseudonymize(PersonalDataKind.InsuranceCard, typed).Pseudonym
            .ShouldBe(new Pseudonymizer(KeyV1).Pseudonymize(PersonalDataKind.InsuranceCard, "DN4797915123456").Pseudonym);

    [Theory]
    [InlineData(PersonalDataKind.PersonalId, "001085012345", "001*******45")]
    [InlineData(PersonalDataKind.PersonalId, "012345678", "*******78")]
    [InlineData(PersonalDataKind.InsuranceCard, "dn4797915123456", "DN***********56")]
    public void Pseudonymize_Valid_ReturnsMaskedDisplayForm(PersonalDataKind kind, string value, string masked) =>
        new Pseudonymizer(KeyV1).Pseudonymize(kind, value).Masked.ShouldBe(masked);

    [Theory]
    [InlineData(PersonalDataKind.PersonalId, "00108501234", PrivacyErrorCodes.InvalidPersonalId)]
    [InlineData(PersonalDataKind.PersonalId, "0010850123456", PrivacyErrorCodes.InvalidPersonalId)]
    [InlineData(PersonalDataKind.PersonalId, "00108501234A", PrivacyErrorCodes.InvalidPersonalId)]
    [InlineData(PersonalDataKind.PersonalId, "", PrivacyErrorCodes.InvalidPersonalId)]
    [InlineData(PersonalDataKind.InsuranceCard, "D04797915123456", PrivacyErrorCodes.InvalidInsuranceCard)]
    [InlineData(PersonalDataKind.InsuranceCard, "DN479791512345", PrivacyErrorCodes.InvalidInsuranceCard)]
    [InlineData(PersonalDataKind.InsuranceCard, "DN47979151234X6", PrivacyErrorCodes.InvalidInsuranceCard)]
    public void Pseudonymize_WrongShape_ReturnsCodedError(PersonalDataKind kind, string value, string code)
    {
        var result = new Pseudonymizer(KeyV1).Pseudonymize(kind, value);

        result.Ok.ShouldBeFalse();
        result.ErrorCode.ShouldBe(code);
        result.Pseudonym.ShouldBeNull();
        result.Masked.ShouldBeNull();
    }

    [Fact]
    public void Matches_PseudonymFromPreviousKeyAfterRotation_IsRecognised()
    {
        var old = new Pseudonymizer(KeyV1).Pseudonymize(PersonalDataKind.PersonalId, "001085012345").Pseudonym!;
        var rotated = new Pseudonymizer(KeyV2, [KeyV1]);

        rotated.Matches(PersonalDataKind.PersonalId, "001 085 012 345", old).ShouldBeTrue();
        rotated.Matches(PersonalDataKind.PersonalId, "001085012346", old).ShouldBeFalse();
        rotated.Pseudonymize(PersonalDataKind.PersonalId, "001085012345").Pseudonym.ShouldStartWith("psn:v2:");
    }

    [Fact]
    public void Matches_KeyNoLongerInRing_IsFalse()
    {
        var old = new Pseudonymizer(KeyV1).Pseudonymize(PersonalDataKind.PersonalId, "001085012345").Pseudonym!;

        new Pseudonymizer(KeyV2).Matches(PersonalDataKind.PersonalId, "001085012345", old).ShouldBeFalse();
    }

    [Theory]
    [InlineData("psn:v1:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "v1")]
    [InlineData("psn:v1:0123", null)]
    [InlineData("psn::0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", null)]
    [InlineData("001085012345", null)]
    public void KeyIdOf_ReadsTheKeyIdOfWellFormedPseudonyms(string text, string? keyId) =>
        Pseudonymizer.KeyIdOf(text).ShouldBe(keyId);

    [Theory]
    [InlineData("V1")]
    [InlineData("key id")]
    [InlineData("abcdefghijklmnopq")]
    public void PseudonymKey_BadKeyId_Throws(string keyId) =>
        Should.Throw<ArgumentException>(() => new PseudonymKey(keyId, new byte[32]));

    [Fact]
    public void PseudonymKey_ShortSecret_Throws() =>
        Should.Throw<ArgumentException>(() => new PseudonymKey("v1", new byte[31]));

    [Fact]
    public void PseudonymKey_ToString_DoesNotRenderTheSecret() =>
        new PseudonymKey("v1", Enumerable.Repeat((byte)0xAB, 32).ToArray()).ToString().ShouldBe("PseudonymKey(v1)");
}
