using MedDevice.Hub.Tests.Fhir.Infrastructure;

namespace MedDevice.Hub.Tests.Fhir.Search;

public sealed class SqliteDeviceSearchTests(SqliteFhirHost host) : DeviceSearchTests(host), IClassFixture<SqliteFhirHost>;
