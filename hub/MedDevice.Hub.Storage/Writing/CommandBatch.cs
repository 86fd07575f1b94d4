using System.Data.Common;

namespace MedDevice.Hub.Storage.Writing;

/// <summary>
/// Statements to run in order inside one transaction. Where the provider supports batching (PostgreSQL),
/// they travel in one round trip; elsewhere (SQLite, in-process) they run one by one.
/// </summary>
internal sealed class CommandBatch
{
    private readonly List<(string Sql, (string Name, object? Value)[] Parameters)> _commands = [];

    public int Count => _commands.Count;

    public void Add(string sql, params (string Name, object? Value)[] parameters) => _commands.Add((sql, parameters));

    public async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        if (_commands.Count == 0)
        {
            return;
        }

        if (!connection.CanCreateBatch)
        {
            foreach (var (sql, parameters) in _commands)
            {
                await connection.ExecuteAsync(transaction, sql, cancellationToken, parameters);
            }

            return;
        }

        await using var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        foreach (var (sql, parameters) in _commands)
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                var parameter = command.CreateParameter() ?? throw new InvalidOperationException("The provider cannot create batch parameters.");
                parameter.ParameterName = "@" + name;
                parameter.Value = value ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }

            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }
}
