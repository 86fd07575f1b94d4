using MedDevice.Hub.Tests.Fhir.Infrastructure;

namespace MedDevice.Hub.Tests.Fhir.Search;

public sealed class SqlitePagingTests(SqliteFhirHost host) : PagingTests(host), IClassFixture<SqliteFhirHost>;
