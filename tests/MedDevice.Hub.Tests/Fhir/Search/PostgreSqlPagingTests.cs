using MedDevice.Hub.Tests.Fhir.Infrastructure;

namespace MedDevice.Hub.Tests.Fhir.Search;

public sealed class PostgreSqlPagingTests(PostgreSqlFhirHost host) : PagingTests(host), IClassFixture<PostgreSqlFhirHost>;
