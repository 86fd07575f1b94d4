namespace MedDevice.Hub.Tests.Fhir.Infrastructure;

/// <summary>A FHIR test host on SQLite (class fixture).</summary>
public sealed class SqliteFhirHost() : FhirHost(FhirStorage.Sqlite);
