using MedDevice.Hub.Tests.Fhir.Infrastructure;

namespace MedDevice.Hub.Tests.Fhir.Client;

public sealed class SqliteFhirClientTests(SqliteFhirHost host) : FhirClientTests(host), IClassFixture<SqliteFhirHost>;
