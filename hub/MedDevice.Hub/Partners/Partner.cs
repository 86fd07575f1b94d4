namespace MedDevice.Hub.Partners;

/// <summary>An authenticated caller.</summary>
public sealed record Partner(string Id, IReadOnlySet<string> Feeds, IReadOnlySet<string> Roles)
{
    /// <summary>The role that opens the admin API.</summary>
    public const string AdminRole = "admin";

    /// <summary>True when the partner may post to <paramref name="feed"/>.</summary>
    public bool MayPost(string feed) => Feeds.Contains(feed) || Feeds.Contains("*");

    /// <summary>True for operators.</summary>
    public bool IsAdmin => Roles.Contains(AdminRole);
}
