using MedDevice.Hub.Tests.Fhir.Infrastructure;

namespace MedDevice.Hub.Tests.Fhir.Client;

public sealed class PostgreSqlOrganizationReadTests(PostgreSqlFhirHost host) : OrganizationReadTests(host), IClassFixture<PostgreSqlFhirHost>;
