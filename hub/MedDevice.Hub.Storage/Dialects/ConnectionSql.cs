namespace MedDevice.Hub.Storage.Dialects;

/// <summary>SQL about connections rather than a feature: session settings, the readiness probe, session-level locks.</summary>
public abstract class ConnectionSql
{
    /// <summary>A statement that only proves the database answers (readiness).</summary>
    public virtual string ProbeSql => "SELECT 1";
}
