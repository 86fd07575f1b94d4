using MedDevice.Hub.Tests.Fhir.Infrastructure;

namespace MedDevice.Hub.Tests.Fhir.Search;

public sealed class PostgreSqlDeviceSearchTests(PostgreSqlFhirHost host) : DeviceSearchTests(host), IClassFixture<PostgreSqlFhirHost>;
