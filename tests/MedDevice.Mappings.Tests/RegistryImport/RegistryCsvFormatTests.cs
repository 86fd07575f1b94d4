using MedDevice.Mappings.Common;
using MedDevice.Mappings.RegistryImport;

namespace MedDevice.Mappings.Tests.RegistryImport;

public sealed class RegistryCsvFormatTests
{
    [Fact]
    public void FromHeader_ColumnsInAnyOrderWithUnknownOnes_ReadsEntries()
    {
        var issues = new List<MappingIssue>();
        var format = RegistryCsvFormat.FromHeader(["holder_name", "extra", "DEVICE_NAME", "risk_class", "holder_tax_code", "registration_number"], issues);

        issues.ShouldBeEmpty();
        var entry = format.ShouldNotBeNull().ToEntry(["Công ty A", "ignored", " Máy thở ", "C", "0100109106", "2400123ĐKLH/BYT-HTTB"], issues);

        entry.ShouldBe(new RegistryEntry("2400123ĐKLH/BYT-HTTB", null, null, "Máy thở", null, null, null, null, null, "C", "0100109106", "Công ty A", null));
    }

    [Fact]
    public void FromHeader_MissingRequiredOrDuplicateColumn_IsBadHeader()
    {
        var issues = new List<MappingIssue>();

        RegistryCsvFormat.FromHeader(["device_name", "device_name", "risk_class"], issues).ShouldBeNull();

        issues.Select(i => i.Code).ShouldAllBe(c => c == RegistryEntryErrorCodes.BadHeader);
        issues.Count.ShouldBe(4); // duplicate, holder_tax_code, holder_name, no key column
    }

    [Fact]
    public void ToEntry_WrongFieldCountOrStatus_IsRejected()
    {
        var issues = new List<MappingIssue>();
        var format = RegistryCsvFormat.FromHeader(RegistryCsvFormat.Columns, issues).ShouldNotBeNull();

        format.ToEntry(["a", "b"], issues).ShouldBeNull();
        format.ToEntry([.. Enumerable.Repeat("x", 12), "revoked"], issues).ShouldBeNull();

        issues.Select(i => i.Code).ShouldBe([RegistryEntryErrorCodes.MalformedRow, RegistryEntryErrorCodes.InvalidStatus]);
    }

    [Fact]
    public void FormatRow_ThenToEntry_RoundTrips()
    {
        var entry = new RegistryEntry("2400123ĐKLH/BYT-HTTB", "08717648200274", "GS1", "Máy thở, loại \"A\"", "urn:x", "vent", "Máy thở",
            "Shenzhen Co., Ltd.", "M-1", "C", "0100109106", "Công ty A", "inactive");
        var issues = new List<MappingIssue>();
        var fields = new List<string>();
        CsvFields.TrySplit(RegistryCsvFormat.FormatRow(entry), fields).ShouldBeTrue();

        RegistryCsvFormat.FromHeader(RegistryCsvFormat.Columns, issues)!.ToEntry(fields, issues).ShouldBe(entry);
    }
}
