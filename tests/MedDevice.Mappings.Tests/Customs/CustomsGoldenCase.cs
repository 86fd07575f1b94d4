using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Schema;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using MedDevice.Adapters.Customs.Declaration;
using MedDevice.Adapters.Customs.Schemas;
using MedDevice.Hub.Core.Customs;
using MedDevice.Hub.Core.Identifiers.TaxCode;
using MedDevice.Hub.Core.Identifiers.Udi;
using MedDevice.Hub.Core.Privacy;
using MedDevice.Hub.Core.Xml;
using MedDevice.Mappings.Customs;
using Microsoft.Extensions.Time.Testing;

namespace MedDevice.Mappings.Tests.Customs;

/// <summary>
/// One golden case: the declaration XML read by the adapter (schema-validated), verified against <see cref="GoldenRegistry"/>
/// and mapped; the output is the line verdicts and a FHIR Bundle (collection) of the instance Devices with the Provenance of each
/// import (DI-only goods: a Provenance on their registry entry).
/// </summary>
internal static class CustomsGoldenCase
{
    private const string ActivitySystem = "https://fhir.meddevice.gov.vn/CodeSystem/provenance-activity";
    private static readonly BaseFhirJsonSerializer Serializer = new(ModelInfo.ModelInspector);
    private static readonly Pseudonymizer Pseudonyms = new(new PseudonymKey("golden", Encoding.UTF8.GetBytes("golden-test-pseudonym-key-not-secret-0123")));
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public sealed record Mapped(CustomsDeclaration Declaration, IReadOnlyList<LineVerdict> Verdicts, IReadOnlyList<CustomsLinePlan> Plans, CustomsImporter Importer);

    public static CustomsDeclaration Read(string xml)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = CustomsSchemas.Set, XmlResolver = null };
        settings.ValidationEventHandler += (_, e) => errors.Add(e.Message);
        using var safe = SafeXml.CreateReader(new StringReader(xml));
        using var reader = XmlReader.Create(safe, settings);
        var document = new XmlDocument { XmlResolver = null };
        document.Load(reader);
        errors.ShouldBeEmpty();
        return DeclarationReader.Read(document.DocumentElement!);
    }

    public static Mapped Map(CustomsDeclaration declaration, CustomsLookups lookups)
    {
        var parsed = ParsedDeclaration.Parse(declaration, new UdiParser(time: new FakeTimeProvider(GoldenRegistry.Now)));
        var facts = CustomsFactsBuilder.Build(parsed, lookups);
        var taxCode = TaxCodeParser.Parse(declaration.ImporterTaxCode, GoldenRegistry.Now.Year);
        var importerFacts = new ImporterFacts(taxCode, ImporterStatus.Active);
        var verdicts = facts.Select(f => CustomsVerdictRules.Evaluate(f, importerFacts, GoldenRegistry.Prices)).ToList();
        var importer = CustomsImporterIdentity.For(taxCode, declaration.ImporterName, Pseudonyms).Importer;
        return new Mapped(declaration, verdicts, CustomsDeclarationToDeviceMapper.Plan(parsed, facts, verdicts, importer), importer);
    }

    public static string Run(string xml)
    {
        var mapped = Map(Read(xml), GoldenRegistry.Lookups);
        var output = new JsonObject
        {
            ["lane"] = CustomsVerdictRules.Lane(mapped.Verdicts).ToString(),
            ["verdicts"] = new JsonArray(mapped.Verdicts.Select(Verdict).ToArray<JsonNode?>()),
            ["bundle"] = JsonNode.Parse(FhirJson(Bundle(mapped))),
        };
        return output.ToJsonString(Indented);
    }

    public static Bundle Bundle(Mapped mapped)
    {
        var bundle = new Bundle { Type = Hl7.Fhir.Model.Bundle.BundleType.Collection };
        var details = CustomsDeclarationToDeviceMapper.Provenance(mapped.Declaration, mapped.Importer);
        foreach (var plan in mapped.Plans)
        {
            foreach (var instance in plan.Instances)
            {
                var fullUrl = Urn($"{mapped.Declaration.Number}/{plan.LineNumber}/{instance.UdiPosition}");
                bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = fullUrl, Resource = instance.Device });
                bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = Urn(fullUrl + "/provenance"), Resource = Provenance(fullUrl, details) });
            }

            foreach (var entry in plan.EntryIds)
            {
                bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = Urn($"{mapped.Declaration.Number}/{plan.LineNumber}/{entry}"), Resource = Provenance("Device/" + entry, details) });
            }
        }

        return bundle;
    }

    private static Provenance Provenance(string target, Common.ProvenanceDetails details)
    {
        var provenance = new Provenance
        {
            Target = [new ResourceReference(target)],
            RecordedElement = new Instant(GoldenRegistry.Now),
            Activity = new CodeableConcept(ActivitySystem, "imported", "imported"),
            Agent =
            [
                new Provenance.AgentComponent
                {
                    Type = new CodeableConcept(Common.ProvenanceDetails.ParticipantTypeSystem, "author", "Author"),
                    Who = new ResourceReference { Identifier = new Identifier("https://fhir.meddevice.gov.vn/NamingSystem/partner", GoldenRegistry.PartnerId) },
                },
            ],
            Entity = [new Provenance.EntityComponent { Role = Hl7.Fhir.Model.Provenance.ProvenanceEntityRole.Source, What = new ResourceReference { Identifier = new Identifier("https://fhir.meddevice.gov.vn/NamingSystem/hub-message", GoldenRegistry.HubMessageId) } }],
        };
        details.ApplyTo(provenance);
        return provenance;
    }

    private static JsonObject Verdict(LineVerdict verdict) => new()
    {
        ["line"] = verdict.LineNumber,
        ["verdict"] = verdict.Verdict.ToString(),
        ["reasons"] = new JsonArray(verdict.Reasons.Select(r => (JsonNode?)new JsonObject
        {
            ["code"] = r.Code,
            ["verdict"] = r.Verdict.ToString(),
            ["udi"] = r.UdiPosition,
            ["detail"] = r.Detail,
        }).ToArray()),
        ["price"] = verdict.Price is not { } price ? null : new JsonObject
        {
            ["declaredVnd"] = price.DeclaredVnd,
            ["referenceVnd"] = price.ReferenceVnd,
            ["deviation"] = price.Deviation,
            ["withinBand"] = price.WithinBand,
        },
    };

    private static string FhirJson(Resource resource)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Serializer.Serialize(resource, writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    // Deterministic urn:uuid from a name (bits as UUID version 8), so the golden files are stable.
    private static string Urn(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return "urn:uuid:" + new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString("D");
    }
}
