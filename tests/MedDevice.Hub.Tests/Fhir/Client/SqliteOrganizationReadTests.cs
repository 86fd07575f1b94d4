using MedDevice.Hub.Tests.Fhir.Infrastructure;

namespace MedDevice.Hub.Tests.Fhir.Client;

public sealed class SqliteOrganizationReadTests(SqliteFhirHost host) : OrganizationReadTests(host), IClassFixture<SqliteFhirHost>;
