using MedDevice.Hub.Tests.Fhir.Infrastructure;

namespace MedDevice.Hub.Tests.Fhir.Concurrency;

public sealed class SqliteConditionalCreateRaceTests(SqliteFhirHost host) : ConditionalCreateRaceTests(host), IClassFixture<SqliteFhirHost>;
