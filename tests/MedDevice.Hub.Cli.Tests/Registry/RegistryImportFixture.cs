using System.Globalization;
using System.Text.Json;
using MedDevice.Hub.Storage;
using MedDevice.Hub.Storage.Dialects;
using MedDevice.Sandbox.Data.Registry;

namespace MedDevice.Hub.Cli.Tests.Registry;

/// <summary>A hub configuration file for a database, a scratch folder for import files, and the import summary as JSON.</summary>
internal sealed class RegistryImportFixture : IDisposable
{
    private readonly SqlDialect _dialect;

    public RegistryImportFixture(StorageOptions options)
    {
        Folder = Directory.CreateTempSubdirectory("hubctl-registry-").FullName;
        Config = Path.Combine(Folder, "appsettings.json");
        File.WriteAllText(Config, JsonSerializer.Serialize(new
        {
            Hub = new { Storage = new { Provider = options.Provider.ToString(), options.ConnectionString } },
        }));
        _dialect = SqlDialect.Create(options);
    }

    public string Folder { get; }

    public string Config { get; }

    /// <summary>Writes a synthetic registry file; returns its path and the bad lines.</summary>
    public async Task<(string Path, IReadOnlyList<long> BadLines)> GenerateAsync(string name, RegistryFileFormat format, int count, int badEvery, int start = 0)
    {
        var path = Path.Combine(Folder, name);
        await using var stream = File.Create(path);
        var summary = await RegistryFileWriter.WriteAsync(stream, format, count, badEvery, start);
        return (path, summary.BadLines);
    }

    public async Task<(CliRun Run, JsonElement Summary)> ImportAsync(string path, params string[] options)
    {
        var run = await CliRun.RunAsync(["registry", "import", path, "--config", Config, "--json", .. options]);
        var json = run.OutLines.LastOrDefault(l => l.StartsWith('{')) ?? throw new InvalidOperationException($"no JSON summary: {run.Out} {run.Error}");
        return (run, JsonDocument.Parse(json).RootElement.Clone());
    }

    /// <summary>The distinct line numbers listed in an error report, in file order.</summary>
    public static List<long> ReportedLines(string reportPath) =>
        File.ReadAllLines(reportPath).Skip(1).Select(l => long.Parse(l[..l.IndexOf(',', StringComparison.Ordinal)], CultureInfo.InvariantCulture)).Distinct().ToList();

    public async Task<long> CountAsync(string sql)
    {
        await using var connection = await _dialect.OpenConnectionAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        (_dialect as IDisposable)?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
