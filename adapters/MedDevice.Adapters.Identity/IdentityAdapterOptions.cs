using MedDevice.Adapters.Configuration;

namespace MedDevice.Adapters.Identity;

/// <summary>Settings of the identity adapter (<c>Hub:Adapters:Identity</c>): the common adapter settings and the cache.</summary>
public sealed class IdentityAdapterOptions : AdapterOptions
{
    /// <summary>Default time an answer is reused.</summary>
    public static readonly TimeSpan DefaultCacheTtl = TimeSpan.FromMinutes(10);

    /// <summary>Default number of cached answers.</summary>
    public const int DefaultCacheMaxEntries = 50_000;

    /// <summary>How long an answer (match, mismatch, not found, standing) is reused; zero turns the cache off.</summary>
    public TimeSpan CacheTtl { get; set; } = DefaultCacheTtl;

    /// <summary>Answers kept at most; the oldest go first when full.</summary>
    public int CacheMaxEntries { get; set; } = DefaultCacheMaxEntries;

    /// <inheritdoc />
    public override IReadOnlyList<string> Validate()
    {
        var problems = new List<string>(base.Validate());
        if (CacheTtl < TimeSpan.Zero)
        {
            problems.Add("CacheTtl must not be negative.");
        }

        if (CacheMaxEntries < 1)
        {
            problems.Add("CacheMaxEntries must be at least 1.");
        }

        return problems;
    }
}
