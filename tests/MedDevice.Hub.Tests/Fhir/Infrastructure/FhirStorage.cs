namespace MedDevice.Hub.Tests.Fhir.Infrastructure;

/// <summary>The database a FHIR test host runs on.</summary>
public enum FhirStorage
{
    /// <summary>A throwaway SQLite file.</summary>
    Sqlite,

    /// <summary>A fresh database on the private PostgreSQL cluster (<c>MEDDEVICE_TEST_POSTGRES</c>).</summary>
    PostgreSql,
}
