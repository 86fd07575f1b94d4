using MedDevice.Hub.Tests.Fhir.Infrastructure;

namespace MedDevice.Hub.Tests.Fhir.Concurrency;

public sealed class PostgreSqlWriteRaceTests(PostgreSqlFhirHost host) : WriteRaceTests(host), IClassFixture<PostgreSqlFhirHost>;
