using Microsoft.Data.Sqlite;

namespace MedDevice.Hub.Tests.Verification;

/// <summary>Reads the audit log of a host's SQLite file.</summary>
public static class AuditRows
{
    public sealed record Row(string Actor, string Action, string? Target, string? Purpose, string? LegalBasis, string Outcome);

    public static async Task<IReadOnlyList<Row>> ReadAsync(string databasePath, string actionPrefix)
    {
        var rows = new List<Row>();
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT actor, action, target, purpose, legal_basis, outcome FROM audit_log WHERE action LIKE $prefix ORDER BY sequence";
        command.Parameters.AddWithValue("$prefix", actionPrefix + "%");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new Row(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetString(5)));
        }

        return rows;
    }
}
