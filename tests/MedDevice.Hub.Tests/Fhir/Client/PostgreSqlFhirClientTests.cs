using MedDevice.Hub.Tests.Fhir.Infrastructure;

namespace MedDevice.Hub.Tests.Fhir.Client;

public sealed class PostgreSqlFhirClientTests(PostgreSqlFhirHost host) : FhirClientTests(host), IClassFixture<PostgreSqlFhirHost>;
