namespace MedDevice.Hub.Core.Identifiers.Udi.Gs1.Syntax;

/// <summary>An AI or AI pattern from <c>req=</c>/<c>ex=</c> attributes, where <c>n</c> matches any digit (<c>31nn</c>).</summary>
internal sealed record Gs1AiPattern(string Pattern)
{
    /// <summary>True when <paramref name="ai"/> matches.</summary>
    public bool Matches(string ai)
    {
        if (ai.Length != Pattern.Length)
        {
            return false;
        }

        for (var i = 0; i < ai.Length; i++)
        {
            if (Pattern[i] != 'n' && Pattern[i] != ai[i])
            {
                return false;
            }
        }

        return true;
    }
}
