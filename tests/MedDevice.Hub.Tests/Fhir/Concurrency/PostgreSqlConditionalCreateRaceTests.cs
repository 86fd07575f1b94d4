using MedDevice.Hub.Tests.Fhir.Infrastructure;

namespace MedDevice.Hub.Tests.Fhir.Concurrency;

public sealed class PostgreSqlConditionalCreateRaceTests(PostgreSqlFhirHost host) : ConditionalCreateRaceTests(host), IClassFixture<PostgreSqlFhirHost>;
