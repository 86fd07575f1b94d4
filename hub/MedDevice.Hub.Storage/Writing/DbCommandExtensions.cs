using System.Data.Common;
using MedDevice.Hub.Storage.Dialects;

namespace MedDevice.Hub.Storage.Writing;

/// <summary>Small ADO.NET conveniences for the shared relational code.</summary>
internal static class DbCommandExtensions
{
    public static DbCommand Command(this DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        // The group-commit writer's SQLite connection keeps its statements prepared (SqliteStatementCache).
        var command = SqliteStatementCache.Lease(connection, transaction, sql);
        if (command is null)
        {
            command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
        }

        foreach (var (name, value) in parameters)
        {
            SqlDialect.AddParameter(command, name, value);
        }

        return command;
    }

    public static async Task<int> ExecuteAsync(this DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.Command(transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static string? NullableString(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long? NullableInt64(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);
}
