namespace MedDevice.Hub.Tests.Fhir.Infrastructure;

/// <summary>A FHIR test host on a fresh PostgreSQL database (class fixture).</summary>
public sealed class PostgreSqlFhirHost() : FhirHost(FhirStorage.PostgreSql);
