using MedDevice.Hub.Tests.Fhir.Infrastructure;

namespace MedDevice.Hub.Tests.Fhir.Concurrency;

public sealed class SqliteWriteRaceTests(SqliteFhirHost host) : WriteRaceTests(host), IClassFixture<SqliteFhirHost>;
